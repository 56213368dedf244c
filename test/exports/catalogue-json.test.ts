import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { entry } from '../../src/catalogue/schema.ts';
import { CATALOGUE_FORMAT_VERSION, catalogueJson, type CatalogueFile } from '../../src/exports/catalogue-json.ts';
import { catalogueJsonSchema } from '../../src/exports/catalogue-schema.ts';
import type { SiteModel } from '../../src/site/build-model.ts';
import { MINIMAL } from '../checks/fixture.ts';
import { modelOf, SITE } from './support.ts';

let model: SiteModel;
let file: CatalogueFile;
let schema: Record<string, unknown>;

beforeAll(async () => {
  model = await modelOf(MINIMAL);
  // Through JSON, as a reader gets it.
  file = JSON.parse(JSON.stringify(catalogueJson(model, SITE))) as CatalogueFile;
  schema = catalogueJsonSchema(SITE);
});

function validator() {
  // ajv's strict mode (its default) refuses unknown keywords and formats: the schema needs neither.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('catalogue.json and its JSON Schema', () => {
  it('validates against the published schema, read by ajv in strict mode', () => {
    const validate = validator();
    expect(validate(file), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('has a format version and points at its schema', () => {
    expect(file.formatVersion).toBe(CATALOGUE_FORMAT_VERSION);
    expect(file.$schema).toBe('https://api-catalogue.example.gov.uk/catalogue.schema.json');
    expect(schema.$id).toBe(file.$schema);
    expect(file.licence).toEqual({ name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' });
  });

  it('carries every field of every entry, defaults filled in, exactly as the entry schema gives them', () => {
    expect(file.entries.map((e) => e.id)).toEqual(['old-vat-api', 'vat-api', 'vat-component']);
    const fields = Object.keys(entry.shape);
    for (const e of file.entries) {
      const own = Object.fromEntries(Object.entries(e).filter(([k]) => fields.includes(k)));
      expect(entry.parse(own)).toEqual(own);
      for (const f of ['alternativeNames', 'endpoints', 'areaServed', 'topics', 'keywords', 'specs', 'provides', 'usedBy', 'usedByServices', 'related']) expect(e).toHaveProperty(f);
    }
    expect(file.entries[1]).toMatchObject({ id: 'vat-api', areaServed: ['United Kingdom'], specs: [{ file: 'openapi.yaml' }, { file: 'openapi-v2.yaml', title: 'Version 2' }] });
  });

  it('carries each entry\'s conformance result as the check path gave it', () => {
    const vat = file.entries.find((e) => e.id === 'vat-api')!;
    const verdict = model.entries.find((v) => v.entry.id === 'vat-api')!.verdict!;
    expect(vat.conformance).toMatchObject({
      report: 'https://api-catalogue.example.gov.uk/entries/vat-api/conformance/',
      minimumLevel: 'baseline',
      level: verdict.level,
      score: verdict.score,
      meetsMinimum: verdict.meetsMinimum,
      policy: 'held',
      waiver: { state: 'none' },
    });
    expect(vat.conformance.documents.map((d) => [d.file, d.reference, d.assessable])).toEqual([
      ['openapi.yaml', 'https://api-catalogue.example.gov.uk/entries/vat-api/reference/', true],
      ['openapi-v2.yaml', 'https://api-catalogue.example.gov.uk/entries/vat-api/specs/2/reference/', true],
    ]);
    const component = file.entries.find((e) => e.id === 'vat-component')!;
    expect(component.conformance).toMatchObject({ policy: 'no-documents', documents: [] });
    expect(component.conformance.level).toBeUndefined();
  });

  it('links each entry to its changelog and feed', () => {
    expect(file.entries[1]!.changes).toEqual({
      page: 'https://api-catalogue.example.gov.uk/entries/vat-api/changes/',
      feed: 'https://api-catalogue.example.gov.uk/entries/vat-api/changes.atom',
    });
  });

  it('is refused by the schema when a field is wrong, so the schema is not a blank cheque', () => {
    const validate = validator();
    const broken = structuredClone(file);
    (broken.entries[0] as unknown as Record<string, unknown>).status = 'sunset';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/entries/0/status', keyword: 'enum' });
    const extra = structuredClone(file);
    (extra.entries[0] as unknown as Record<string, unknown>).nickname = 'x';
    expect(validate(extra)).toBe(false);
  });

  it('takes URLs as the catalogue does (a templated path included), and refuses what is no web address', () => {
    const validate = validator();
    const templated = structuredClone(file);
    templated.entries[1]!.endpoints[0]!.url = 'https://api.service.hmrc.gov.uk/organisations/vat/{vrn}/returns';
    expect(validate(templated), JSON.stringify(validate.errors)).toBe(true);
    const notUrl = structuredClone(file);
    notUrl.entries[1]!.endpoints[0]!.url = 'api.service.hmrc.gov.uk';
    expect(validate(notUrl)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/entries/1/endpoints/0/url', keyword: 'pattern' });
  });

  it('keeps the field descriptions and the DataService mapping in the schema', () => {
    const entryItems = (schema.properties as Record<string, { items: { properties: Record<string, { description?: string; $comment?: string }> } }>).entries!.items;
    expect(entryItems.properties.name).toMatchObject({ description: 'The name people know it by.', $comment: 'Written as: text on one line. CDDO Metadata Exchange Model, DataService: title' });
  });
});
