import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { buildSiteModel } from '../../src/site/build-model.ts';
import { browsePageRoutes, facetLabels, facets } from '../../src/site/browse.ts';
import { paginationItems, splitIntoPages } from '../../src/site/list-pages.ts';
import { aToZ } from '../../src/site/group.ts';

const { catalogue } = loadCatalogue(path.resolve('test/fixtures/catalogue-minimal'));
const model = buildSiteModel(catalogue, new Map(), new Date('2026-11-23T00:00:00Z'));

describe('browse facets', () => {
  it('lists every value of every facet with its entries, in reading order', () => {
    const byId = Object.fromEntries(facets(model).map((f) => [f.id, f.values.map((v) => [v.label, v.entries.map((e) => e.entry.id)])]));
    expect(byId['kind']).toEqual([['APIs', ['old-vat-api', 'vat-api']], ['Components', ['vat-component']], ['Registers', []]]);
    expect(byId['status']).toContainEqual(['Retired', ['old-vat-api']]);
    expect(byId['topic']).toEqual([['Tax', ['vat-api']]]);
    expect(byId['organisation']).toEqual([['HM Revenue and Customs', ['old-vat-api', 'vat-api', 'vat-component']]]);
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
