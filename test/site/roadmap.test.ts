import { describe, expect, it } from 'vitest';
import { entry as entrySchema, type Entry } from '../../src/catalogue/schema.ts';
import { roadmap } from '../../src/site/roadmap.ts';

const base = {
  summary: 'An entry the roadmap tests place on the roadmap.',
  description: 'Used by the roadmap tests.',
  kind: 'api',
  organisation: 'hm-revenue-customs',
  documentationUrl: 'https://developer.service.hmrc.gov.uk/docs',
  access: { level: 'open', howToGetAccess: 'Call it.' },
  contact: { name: 'SDST', email: 'sdst@hmrc.gov.uk' },
};
const make = (id: string, status: string, dates: Record<string, unknown>): { entry: Entry } => ({
  entry: entrySchema.parse({ ...base, id, name: id, status, dates: { added: '2026-01-01', lastReviewed: '2026-01-01', ...dates } }),
});

describe('the roadmap', () => {
  const views = [
    make('beta-soon', 'beta', { expected: { status: 'live', date: '2027-03-31' } }),
    make('alpha-later', 'alpha', { expected: { status: 'beta', date: '2027-09-30' } }),
    make('discovery-undated', 'discovery', {}),
    make('beta-late', 'beta', { expected: { status: 'live', date: '2026-06-30' } }),
    make('sunset-2027', 'deprecated', { deprecated: '2026-02-01', retired: '2027-01-31' }),
    make('sunset-2028', 'deprecated', { deprecated: '2026-05-01', retired: '2028-01-31' }),
    make('deprecated-undated', 'deprecated', { deprecated: '2025-10-01' }),
    make('retired-2021', 'retired', { retired: '2021-03-15' }),
    make('retired-2023', 'retired', { retired: '2023-04-27' }),
    make('live-one', 'live', {}),
  ];

  it('shows what is coming and going, newest change first in each section', () => {
    const r = roadmap(views, '2026-11-30');
    const ids = (items: { view: { entry: Entry }; date?: string; change: string }[]) => items.map((i) => `${i.view.entry.id}: ${i.change}${i.date ? ` ${i.date}` : ''}`);
    expect(ids(r.coming)).toEqual(['alpha-later: expected to reach beta 2027-09-30', 'beta-soon: expected to reach live 2027-03-31', 'beta-late: was expected to reach live 2026-06-30', 'discovery-undated: no date given for its next phase']);
    expect(ids(r.deprecated)).toEqual(['sunset-2028: to be switched off 2028-01-31', 'sunset-2027: to be switched off 2027-01-31', 'deprecated-undated: deprecated; no sunset date given 2025-10-01']);
    expect(ids(r.retired)).toEqual(['retired-2023: switched off 2023-04-27', 'retired-2021: switched off 2021-03-15']);
  });

  it('refuses an expected phase that is not after the current one, or on a live entry', () => {
    const bad = entrySchema.safeParse({ ...base, id: 'x', name: 'Beta API', status: 'beta', dates: { added: '2026-01-01', lastReviewed: '2026-01-01', expected: { status: 'alpha', date: '2027-01-01' } } });
    expect(bad.success ? [] : bad.error.issues.map((i) => `${i.path.join('.')} ${i.message}`)).toEqual(['dates.expected.status "alpha" is not a phase after "beta"']);
    const live = entrySchema.safeParse({ ...base, id: 'y', name: 'Live API', status: 'live', dates: { added: '2026-01-01', lastReviewed: '2026-01-01', expected: { status: 'deprecated', date: '2027-01-01' } } });
    expect(live.success ? [] : live.error.issues.map((i) => `${i.path.join('.')} ${i.message}`)).toEqual(['dates.expected is only for entries in discovery, alpha or beta, and status is "live"']);
  });
});
