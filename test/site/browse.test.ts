import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { buildSiteModel } from '../../src/site/build-model.ts';
import { browsePageRoutes, facetLabels, facets } from '../../src/site/browse.ts';
import { paginationItems, splitIntoPages } from '../../src/site/list-pages.ts';
import { aToZ } from '../../src/site/group.ts';
import { buildReuseModel } from '../../src/reuse/build.ts';

const { catalogue } = loadCatalogue(path.resolve('test/fixtures/catalogue-minimal'));
const model = buildSiteModel(catalogue, new Map(), new Date('2026-11-23T00:00:00Z'));

describe('browse facets', () => {
  it('lists every value of every facet with its entries, in reading order', () => {
    const byId = Object.fromEntries(facets(model).map((f) => [f.id, f.values.map((v) => [v.label, v.entries.map((e) => e.entry.id)])]));
    // A retired entry leaves every list but the Retired one.
    expect(byId['kind']).toEqual([['APIs', ['vat-api']], ['Components', ['vat-component']], ['Registers', []]]);
    expect(byId['status']).toContainEqual(['Retired', ['old-vat-api']]);
    expect(byId['topic']).toEqual([['Tax', ['vat-api']]]);
    expect(byId['organisation']).toEqual([['HM Revenue and Customs', ['vat-api', 'vat-component']]]);
    expect(byId['openapi']).toEqual([['OpenAPI document published', ['vat-api']], ['No OpenAPI document yet', []]]);
    // Search still finds it, and its filters count it.
    expect(facets(model, { includeRetired: true }).find((f) => f.id === 'kind')?.values[0]?.entries.map((e) => e.entry.id)).toEqual(['old-vat-api', 'vat-api']);
  });

  it('leaves a retired entry out of every access group: it no longer advertises access', () => {
    const access = facets(model).find((f) => f.id === 'access')!;
    expect(access.values.flatMap((v) => v.entries.map((e) => e.entry.id))).not.toContain('old-vat-api');
    expect(facetLabels(model, model.entries.find((v) => v.entry.id === 'old-vat-api')!).access).toEqual([]);
  });

  it('gives each browse page its route from its URL', () => {
    const routes = browsePageRoutes(model).map((r) => r.params);
    expect(routes).toContainEqual({ section: 'kinds', value: 'api', page: undefined });
    expect(routes).toContainEqual({ section: 'statuses', value: 'retired', page: undefined });
    expect(routes).toContainEqual({ section: 'access', value: 'registration', page: undefined });
    expect(routes).toContainEqual({ section: 'topics', value: 'tax', page: undefined });
    expect(routes.some((r) => r.section === 'organisations')).toBe(false);
  });
});

describe('long lists', () => {
  it('splits into pages of 50, with the position of each page\'s first item', () => {
    const pages = splitIntoPages(Array.from({ length: 120 }, (_, i) => i));
    expect(pages.map((p) => [p.number, p.count, p.first, p.items.length])).toEqual([[1, 3, 1, 50], [2, 3, 51, 50], [3, 3, 101, 20]]);
    expect(splitIntoPages([])).toEqual([{ number: 1, count: 1, items: [], first: 1, total: 0 }]);
  });

  it('numbers pages as GOV.UK pagination does: first, last, neighbours and ellipses', () => {
    const items = paginationItems(5, 9, (n) => `/p/${n}/`).map((i) => ('ellipsis' in i ? '…' : i.current ? `[${i.number}]` : String(i.number)));
    expect(items).toEqual(['1', '…', '4', '[5]', '6', '…', '9']);
    expect(paginationItems(1, 2, (n) => `${n}`).map((i) => ('number' in i ? i.number : 0))).toEqual([1, 2]);
  });

  it('keeps a small A to Z on one page and splits a large one by letter', () => {
    expect(aToZ(['Beta', 'alpha', '3D'], (s) => s)).toEqual({ split: false, groups: [{ key: '0–9', items: ['3D'] }, { key: 'A', items: ['alpha'] }, { key: 'B', items: ['Beta'] }] });
    expect(aToZ(Array.from({ length: 151 }, (_, i) => `Entry ${i}`), (s) => s).split).toBe(true);
  });
});

describe('the data item facet', async () => {
  const { catalogue: fixture } = loadCatalogue(path.resolve('test/reuse/fixtures/catalogue'));
  const withReuse = buildSiteModel(fixture, new Map(), new Date('2026-11-23T00:00:00Z'), [], undefined, undefined, await buildReuseModel(fixture));

  it('lists the entries carrying each data item, and gives each entry its items as search filters', () => {
    const items = facets(withReuse).find((f) => f.id === 'dataItem')!;
    const values = Object.fromEntries(items.values.map((v) => [v.id, v.entries.map((e) => e.entry.id)]));
    expect(values['uprn']).toEqual(['parking-permit-service-api', 'resident-parking-permits-api']);
    expect(values['postcode']).toEqual(['parking-permit-service-api', 'parking-zones-api', 'resident-parking-permits-api']);
    expect(values['nhs-number']).toEqual([]);
    expect(items.values.find((v) => v.id === 'uprn')?.url()).toBe('/data-items/uprn/');
    const zones = withReuse.entries.find((v) => v.entry.id === 'parking-zones-api')!;
    expect(facetLabels(withReuse, zones).dataItem).toEqual(['Postcode']);
  });

  it('has pages of its own, not the generic browse route', () => {
    expect(browsePageRoutes(withReuse).some((r) => r.params.section === 'data-items')).toBe(false);
  });
});
