import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { buildSiteModel } from '../../src/site/build-model.ts';
import { toDataService } from '../../src/exports/dataservice.ts';
import { searchFilterGroups } from '../../src/site/search-filters.ts';

const { catalogue, problems } = loadCatalogue(path.resolve('test/fixtures/catalogue-minimal'));

describe('buildSiteModel', () => {
  const model = buildSiteModel(catalogue, new Map(), new Date('2026-11-23T00:00:00Z'));
  const view = (id: string) => model.entries.find((v) => v.entry.id === id)!;

  it('joins relations both ways', () => {
    expect(problems).toEqual([]);
    expect(view('vat-component').provides.map((e) => e.id)).toEqual(['vat-api']);
    expect(view('vat-api').providedBy.map((e) => e.id)).toEqual(['vat-component']);
    expect(view('old-vat-api').successor?.id).toBe('vat-api');
    expect(view('vat-api').predecessors.map((e) => e.id)).toEqual(['old-vat-api']);
  });

  it('counts entries by kind and status, per organisation and overall', () => {
    expect(model.counts).toMatchObject({ entries: 3, organisations: 1, byKind: { api: 2, component: 1, register: 0 }, byStatus: { live: 1, beta: 1, retired: 1 } });
    expect(model.organisations[0]?.countsByStatus).toMatchObject({ live: 1, beta: 1, retired: 1 });
  });

  it('marks entries due for review after the review period', () => {
    const later = buildSiteModel(catalogue, new Map(), new Date('2028-01-01T00:00:00Z'));
    // A retired entry is never due: it was switched off.
    expect(later.entries.map((v) => [v.entry.id, v.reviewDue])).toEqual([['old-vat-api', false], ['vat-api', true], ['vat-component', true]]);
    expect(later.entries.find((v) => v.entry.id === 'vat-api')?.review).toEqual({ lastReviewed: '2026-11-23', due: '2027-11-23', overdue: true, awaitingOwners: false });
    expect(model.entries.some((v) => v.reviewDue)).toBe(false);
  });

  it('offers search filters with counts', () => {
    const groups = searchFilterGroups(model);
    expect(groups.map((g) => g.name)).toEqual(['type', 'kind', 'organisation', 'topic', 'status', 'access', 'openapi', 'dataItem']);
    expect(groups.find((g) => g.name === 'kind')?.options).toEqual([
      { value: 'APIs', label: 'APIs', count: 2 },
      { value: 'Components', label: 'Components', count: 1 },
    ]);
    // A retired entry is in no access group: it no longer advertises who can use it.
    expect(groups.find((g) => g.name === 'access')?.options.reduce((n, o) => n + (o.count ?? 0), 0)).toBe(2);
  });
});

describe('toDataService', () => {
  it('maps an entry onto the CDDO DataService fields', () => {
    const loaded = catalogue.entries.find((e) => e.entry.id === 'old-vat-api')!;
    const org = catalogue.organisations[0]!.organisation;
    expect(toDataService(loaded.entry, org, 'https://example.gov.uk')).toEqual({
      identifier: 'old-vat-api',
      type: 'dcat:DataService',
      title: 'Old VAT API',
      summary: 'The VAT API that came before Making Tax Digital, now switched off.',
      description: 'Retired.',
      publisher: 'hm-revenue-customs',
      creator: ['hm-revenue-customs'],
      contactPoint: { contactName: 'SDST', url: 'https://developer.service.hmrc.gov.uk/developer/support' },
      accessRights: 'OPEN',
      securityClassification: 'OFFICIAL',
      created: '2026-11-23',
      modified: '2026-11-23',
      endpointDescription: 'https://developer.service.hmrc.gov.uk/api-documentation',
      serviceStatus: 'WITHDRAWN',
      serviceType: 'REST',
    });
  });
});
