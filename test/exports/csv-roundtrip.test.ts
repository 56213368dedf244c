/**
 * catalogue.csv read back by the catalogue's own api.gov.uk importer (`npm run import:api-gov-uk`):
 * the files the build publishes, imported into an empty catalogue, give back every field that
 * api.gov.uk's columns carry, and pass the importer's check against our CSV on the Web descriptions.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import type { Entry } from '../../src/catalogue/schema.ts';
import { catalogueCsv, organisationsCsv } from '../../src/exports/csv.ts';
import { catalogueCsvMetadata, organisationsCsvMetadata } from '../../src/exports/csvw.ts';
import { importApiGovUk, type ImportReport } from '../../src/import/api-gov-uk/index.ts';
import type { SiteModel } from '../../src/site/build-model.ts';
import { catalogueWith, MINIMAL } from '../checks/fixture.ts';
import { replaceOnce } from '../support/git-repo.ts';
import { modelOf, SITE } from './support.ts';

let work: string;
let model: SiteModel;
let report: ImportReport;
let imported: Entry[];
let problems: string[];

beforeAll(async () => {
  // The minimal fixture, with every api.gov.uk column in use: licences (a URL, an SPDX id), a team
  // mailbox, places served, release and deprecation dates.
  const source = catalogueWith({
    'entries/vat-api/entry.yaml': (t) =>
      `${replaceOnce('  lastReviewed: 2026-11-23', '  lastReviewed: 2026-11-23\n  released: 2017-04-01')(t)}licence:\n  name: Open Government Licence v3.0\n  url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\nareaServed: [England, Scotland]\n`,
    // The importer makes the summary from the description's first sentence: give it one.
    'entries/old-vat-api/entry.yaml': replaceOnce('description: Retired.', 'description: The VAT API that came before Making Tax Digital. It was switched off in 2019.'),
    'entries/vat-component/entry.yaml': (t) => `${t}licence:\n  name: MIT License\n  spdx: MIT\nareaServed: [England and Wales]\n`,
  });
  model = await modelOf(source);
  work = mkdtempSync(path.join(tmpdir(), 'csv-roundtrip-'));
  const files = {
    'catalogue.csv': catalogueCsv(model, SITE),
    'catalogue.csv-metadata.json': JSON.stringify(catalogueCsvMetadata(SITE)),
    'organisations.csv': organisationsCsv(model, SITE),
    'organisations.csv-metadata.json': JSON.stringify(organisationsCsvMetadata(SITE)),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(work, name), text);
  // An empty catalogue to import into: the fixture's settings and topics, no organisation, no entry.
  const target = path.join(work, 'catalogue');
  mkdirSync(path.join(target, 'entries'), { recursive: true });
  mkdirSync(path.join(target, 'organisations'));
  for (const f of ['config.yaml', 'topics.yaml']) cpSync(path.join(MINIMAL, f), path.join(target, f));
  report = importApiGovUk({ catalogueCsv: path.join(work, 'catalogue.csv'), organisationCsv: path.join(work, 'organisations.csv'), catalogueDir: target, today: '2026-12-01' });
  const loaded = loadCatalogue(target);
  problems = loaded.problems.map((p) => `${p.file}: ${p.message}`);
  imported = loaded.catalogue.entries.map((l) => l.entry);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const original = (name: string) => model.entries.find((v) => v.entry.name === name)!.entry;
const back = (name: string) => imported.find((e) => e.name === name)!;

describe('catalogue.csv through the api.gov.uk importer', () => {
  it('is imported whole: every row becomes an entry, every organisation is known', () => {
    expect(report.problems).toEqual([]);
    expect(problems).toEqual([]);
    expect(report.rows.map((r) => r.outcome.kind)).toEqual(['created', 'created', 'created']);
    expect(report.organisations.map((o) => [o.mapping.slug, o.created])).toEqual([['hm-revenue-customs', true]]);
    expect(imported.map((e) => e.name).sort()).toEqual(model.entries.map((v) => v.entry.name).sort());
  });

  it('meets our CSV on the Web descriptions, as the importer checks them', () => {
    expect(report.schemaProblems.map((s) => s.file).sort()).toEqual(['catalogue.csv-metadata.json', 'organisations.csv-metadata.json']);
    for (const s of report.schemaProblems) expect(s.cells, s.file).toEqual([]);
  });

  it('gives back every field that api.gov.uk\'s columns carry', () => {
    for (const { entry: e } of model.entries) {
      const b = back(e.name);
      expect(b.name).toBe(e.name);
      expect(b.description).toBe(e.description.trim());
      expect(b.organisation).toBe(e.organisation);
      expect(b.documentationUrl).toBe(e.documentationUrl);
      expect(b.endpoints.filter((x) => x.environment === 'production')).toEqual(e.endpoints.filter((x) => x.environment === 'production').map((x) => ({ environment: x.environment, url: x.url })));
      expect(b.areaServed).toEqual(e.areaServed);
      expect(b.dates.released).toBe(e.dates.released);
      expect(b.dates.deprecated).toBe(e.dates.deprecated ?? e.dates.retired);
      expect(b.licence?.url).toBe(e.licence?.url ?? (e.licence?.spdx ? `https://spdx.org/licenses/${e.licence.spdx}.html` : undefined));
      // A team mailbox comes back with the team's name; a support page alone, with the page.
      if (e.contact?.email) expect(b.contact).toEqual({ name: e.contact.name, email: e.contact.email });
      else expect(b.contact?.url).toBe(e.contact?.url);
    }
  });

  it('says what the layout cannot carry, as the importer reads it', () => {
    // The licence's name, status and summary live in our own columns, which api.gov.uk's importer does not read.
    expect(back('VAT API').licence).toEqual({ name: 'Open Government Licence v3.0', spdx: 'OGL-UK-3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' });
    expect(original('Old VAT API').status).toBe('retired');
    expect(back('Old VAT API').status).toBe('deprecated');
  });
});
