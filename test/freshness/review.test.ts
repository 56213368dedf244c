import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { dueForReview, reviewState } from '../../src/freshness/review.ts';
import { buildSiteModel } from '../../src/site/build-model.ts';
import { reviewGroups } from '../../src/site/review-groups.ts';
import { catalogueWith, replace } from '../checks/fixture.ts';

const imported = `provenance:
  source: api.gov.uk
  sourceUrl: https://github.com/co-cddo/api-catalogue
  file: catalogue.csv
  row: 7
  imported: 2026-06-01
  licence: Crown copyright, Open Government Licence v3.0
`;

describe('review dates', () => {
  it('is due the review period after the last review, and at once for an imported entry its owners have not reviewed', () => {
    const entry = { status: 'live' as const, dates: { added: '2025-01-01', lastReviewed: '2025-03-10' } };
    expect(reviewState(entry, 365, '2026-03-09')).toEqual({ lastReviewed: '2025-03-10', due: '2026-03-10', overdue: false, awaitingOwners: false });
    expect(reviewState(entry, 365, '2026-03-10')).toMatchObject({ due: '2026-03-10', overdue: true });
    const fromImport = { status: 'live' as const, dates: { added: '2026-06-01' }, provenance: { imported: '2026-06-01' } as never };
    expect(reviewState(fromImport, 365, '2026-06-01')).toEqual({ due: '2026-06-01', overdue: true, awaitingOwners: true });
    expect(reviewState({ ...entry, status: 'retired' }, 365, '2030-01-01').overdue).toBe(false);
  });

  it('lists the entries due, most overdue first, grouped by the organisation that owns them', () => {
    const dir = catalogueWith({
      'entries/vat-api/entry.yaml': replace('  lastReviewed: 2026-11-23\n', '  lastReviewed: 2025-01-15\n'),
      'entries/vat-component/entry.yaml': (t) => (replace('  lastReviewed: 2026-11-23\n', '')(t) as string) + imported,
    });
    const { catalogue } = loadCatalogue(dir);
    const model = buildSiteModel(catalogue, new Map(), new Date('2026-12-01T12:00:00Z'));
    expect(dueForReview(model.entries).map((v) => [v.entry.id, v.review.due, v.review.awaitingOwners])).toEqual([
      ['vat-api', '2026-01-15', false],
      ['vat-component', '2026-06-01', true],
    ]);
    expect(reviewGroups(model).map((g) => [g.organisation.slug, g.entries.length, g.awaitingOwners, g.organisation.githubTeam])).toEqual([['hm-revenue-customs', 2, 1, '@hmrc/api-platform']]);
    // The retired entry, reviewed long ago, is not due.
    expect(model.entries.find((v) => v.entry.id === 'old-vat-api')?.reviewDue).toBe(false);
    expect(path.basename(dir)).toBe('catalogue');
  });
});
