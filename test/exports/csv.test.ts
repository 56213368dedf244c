import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueCsv, CATALOGUE_COLUMNS, LIST_SEPARATOR, organisationsCsv } from '../../src/exports/csv.ts';
import { catalogueCsvMetadata, organisationsCsvMetadata } from '../../src/exports/csvw.ts';
import type { SiteModel } from '../../src/site/build-model.ts';
import { catalogueWith } from '../checks/fixture.ts';
import { replaceOnce } from '../support/git-repo.ts';
import { modelOf, SITE } from './support.ts';

const API_GOV_UK_COLUMNS = ['dateAdded', 'dateUpdated', 'url', 'name', 'description', 'documentation', 'license', 'maintainer', 'areaServed', 'startDate', 'endDate', 'provider'];

let model: SiteModel;
let rows: Record<string, string>[];
let header: string[];
let withBreak: SiteModel;

beforeAll(async () => {
  // The minimal fixture, with text that needs quoting: commas, quotes, line breaks, a list.
  const dir = catalogueWith({
    'entries/vat-api/entry.yaml': (t) =>
      `${replaceOnce('description: |\n  Lets software submit **VAT returns** for businesses.', 'description: |\n  Lets software submit **VAT returns** for businesses, "quoted".\n\n  - second paragraph')(
        replaceOnce('  lastReviewed: 2026-11-23', '  lastReviewed: 2026-11-23\n  released: 2017-04-01')(t),
      )}alternativeNames: [MTD VAT, "VAT, Making Tax Digital"]\nkeywords: [vat]\nlicence:\n  name: Open Government Licence v3.0\n  url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\nareaServed: [England and Wales, Scotland]\n`,
  });
  model = await modelOf(dir);
  // A line break with nothing else that needs quoting.
  withBreak = await modelOf(catalogueWith({ 'entries/vat-component/entry.yaml': replaceOnce('description: A component that provides the VAT API.', 'description: |\n  A component that provides the VAT API.\n\n  - a list item') }));
  const text = catalogueCsv(model, SITE);
  const records = parse(text, { relax_column_count: false }) as string[][];
  header = records[0]!;
  rows = records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
});

describe('catalogue.csv', () => {
  it('starts with api.gov.uk\'s twelve columns in their order, then the catalogue\'s own', () => {
    expect(header.slice(0, 12)).toEqual(API_GOV_UK_COLUMNS);
    expect(header.slice(12, 16)).toEqual(['id', 'page', 'kind', 'status']);
    expect(new Set(header).size).toBe(header.length);
  });

  it('has one row per entry, every value read back exactly by a CSV parser', () => {
    expect(rows.map((r) => r.id)).toEqual(['old-vat-api', 'vat-api', 'vat-component']);
    const vat = rows[1]!;
    expect(vat).toMatchObject({
      dateAdded: '2026-11-23',
      dateUpdated: '2026-11-23',
      url: 'https://api.service.hmrc.gov.uk',
      name: 'VAT API',
      description: 'Lets software submit **VAT returns** for businesses, "quoted".\n\n- second paragraph',
      documentation: 'https://developer.service.hmrc.gov.uk/api-documentation',
      license: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      maintainer: 'https://developer.service.hmrc.gov.uk/developer/support',
      areaServed: 'England and Wales, Scotland',
      startDate: '2017-04-01',
      endDate: '',
      provider: 'hm-revenue-customs',
      page: 'https://api-catalogue.example.gov.uk/entries/vat-api/',
      alternativeNames: `MTD VAT${LIST_SEPARATOR}VAT, Making Tax Digital`,
      openapi: `https://api-catalogue.example.gov.uk/entries/vat-api/openapi.yaml${LIST_SEPARATOR}https://api-catalogue.example.gov.uk/entries/vat-api/specs/2/openapi.yaml`,
      accessLevel: 'registration',
      licenceName: 'Open Government Licence v3.0',
    });
  });

  it('writes a team mailbox as a compact contact point, and dates of the lifecycle in their columns', () => {
    expect(rows[2]!.maintainer).toBe('VAT platform team <vat-platform@hmrc.gov.uk>');
    expect(rows[0]).toMatchObject({ status: 'retired', endDate: '2018-01-01', deprecated: '2018-01-01', retired: '2019-04-01', successor: 'vat-api' });
  });

  it('carries each entry\'s conformance result', () => {
    const verdict = model.entries.find((v) => v.entry.id === 'vat-api')!.verdict!;
    expect(rows[1]).toMatchObject({ conformanceLevel: verdict.level, conformanceScore: String(verdict.score), meetsMinimum: String(verdict.meetsMinimum) });
    expect(rows[2]).toMatchObject({ conformanceLevel: '', conformanceScore: '', meetsMinimum: '' });
  });

  it('quotes every value with a line break, so that readers ending a record at any line break (spreadsheets, Python) read the same rows', () => {
    const text = catalogueCsv(withBreak, SITE);
    const strict = parse(text, { record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    expect(strict.map((r) => r[header.indexOf('id')])).toEqual(['id', 'old-vat-api', 'vat-api', 'vat-component']);
    expect(strict[3]![header.indexOf('description')]).toBe('A component that provides the VAT API.\n\n- a list item');
  });

  it('ends records with CRLF, as RFC 4180 says', () => {
    const text = catalogueCsv(model, SITE);
    expect(text.startsWith(`${API_GOV_UK_COLUMNS.join(',')},id,`)).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(3);
  });
});

describe('organisations.csv and the CSV on the Web description', () => {
  it('lists the organisations in api.gov.uk\'s layout', () => {
    const records = parse(organisationsCsv(model, SITE), { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!).slice(0, 4)).toEqual(['id', 'name', 'alternateName', 'url']);
    expect(records).toEqual([
      { id: 'hm-revenue-customs', name: 'HM Revenue and Customs', alternateName: 'HMRC', url: 'https://www.gov.uk/government/organisations/hm-revenue-customs', page: 'https://api-catalogue.example.gov.uk/organisations/hm-revenue-customs/', onGovUk: 'true', entries: '3' },
    ]);
  });

  it('describes every column of both files, in the files\' order, with the key and the link to the organisations', () => {
    const catalogueMeta = catalogueCsvMetadata(SITE) as { url: string; tableSchema: { columns: { name: string; required?: boolean }[]; primaryKey: string; foreignKeys: unknown[] } };
    expect(catalogueMeta.url).toBe('https://api-catalogue.example.gov.uk/catalogue.csv');
    expect(catalogueMeta.tableSchema.columns.map((c) => c.name)).toEqual(header);
    expect(catalogueMeta.tableSchema.primaryKey).toBe('id');
    expect(catalogueMeta.tableSchema.foreignKeys).toEqual([{ columnReference: 'provider', reference: { resource: 'https://api-catalogue.example.gov.uk/organisations.csv', columnReference: 'id' } }]);
    const organisationsMeta = organisationsCsvMetadata(SITE) as { url: string; tableSchema: { columns: { name: string }[] } };
    expect(organisationsMeta.url).toBe('https://api-catalogue.example.gov.uk/organisations.csv');
    expect(organisationsMeta.tableSchema.columns.map((c) => c.name).slice(0, 4)).toEqual(['id', 'name', 'alternateName', 'url']);
    expect(CATALOGUE_COLUMNS.every((c) => c.description.length > 5)).toBe(true);
    // Every required column has a value in every row.
    for (const c of catalogueMeta.tableSchema.columns.filter((x) => x.required)) for (const r of rows) expect(r[c.name], `${r.id} ${c.name}`).not.toBe('');
  });
});
