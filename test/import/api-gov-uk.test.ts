import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/checks/index.ts';
import { runImport } from '../../src/import/api-gov-uk/cli.ts';
import { importApiGovUk } from '../../src/import/api-gov-uk/index.ts';
import { importCounts, rowLine } from '../../src/import/api-gov-uk/report.ts';
import { catalogueWith } from '../checks/fixture.ts';

const FIXTURE = path.resolve('test/fixtures/api-gov-uk');
const files = { catalogueCsv: path.join(FIXTURE, 'catalogue.csv'), organisationCsv: path.join(FIXTURE, 'organisation.csv') };

/** Every file under a folder with its SHA-256, to compare a catalogue before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out[path.relative(dir, abs)] = createHash('sha256').update(readFileSync(abs)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const entryData = (dir: string, id: string) => parse(readFileSync(path.join(dir, 'entries', id, 'entry.yaml'), 'utf8')) as Record<string, any>;

describe('importing a CSV with every kind of bad row', () => {
  it('accounts for every row: an entry, a merge, or a reason', () => {
    const dir = catalogueWith();
    const report = importApiGovUk({ ...files, catalogueDir: dir, today: '2026-12-01' });
    expect(report.problems).toEqual([]);
    expect(report.rows.map((r) => r.row)).toEqual(Array.from({ length: 17 }, (_, i) => i + 2));
    const lines = report.rows.map(rowLine);
    expect(lines).toEqual([
      'row 2: created "customs-tariff-api"',
      'row 3: merged into "vat-api" (same production URL): the entry keeps its owners\' text, and "VAT (MTD)" is added to its alternative names',
      'row 4: describes the same API as row 3 (same name and organisation), which is "vat-api": reported, not imported twice',
      'row 5: created "business-rates-lookup"; license is empty: no licence recorded; maintainer is empty: no contact recorded; startDate "in service" is not a date: no release date recorded',
      'row 6: created "support-directory"; license "subscription required" is not a licence: no licence recorded; maintainer "Details available on developer portal" has no email or https address: no contact recorded; areaServed "Digital" is not one of the catalogue\'s areas: not recorded; startDate "2023-31-01" is not a date: no release date recorded',
      'row 7: provider "no-such-organisation" is not an id in organisation.csv: not imported (add the organisation there first)',
      'row 8: name is empty: not imported',
      'row 9: description is empty: not imported',
      'row 10: created "agent-authorisation"; url "https://gateway.hmrc.gov.uk" is shared with other rows (a gateway or portal address, not this API\'s own): no production endpoint recorded; license is empty: no licence recorded',
      'row 11: created "marriage-allowance"; url "https://gateway.hmrc.gov.uk" is shared with other rows (a gateway or portal address, not this API\'s own): no production endpoint recorded; license is empty: no licence recorded',
      'row 12: created "plain-web-api"; url "http://plain.api.hmrc.gov.uk" is not an https address: no production endpoint recorded; documentation "http://plain-docs.hmrc.gov.uk/" is not an https address: no documentation URL recorded; license is empty: no licence recorded',
      'row 13: created "tides-product"; url "https://portal.hmrc.gov.uk/product#product=tides" is a web page address (it has a #fragment), not an API\'s base URL: no production endpoint recorded; license is empty: no licence recorded',
      'row 14: created "internal-matching-service"; url is empty: no production endpoint recorded; documentation is empty: no documentation URL recorded',
      'row 15: created "long-description-api"; the description\'s first sentence is longer than 160 characters: the summary is cut at a word; license "Open Government Licence" names the Open Government Licence without a version: recorded without one; maintainer\'s note "(mention the API in the subject)" is left out: the contact fields hold a name and an address',
      'row 16: matches "old-vat-api" and "vat-api" and "vat-component": not imported, so that nothing is merged into the wrong entry (say in the entries how they relate, or merge them)',
      'row 17: created "old-returns-api"; license is empty: no licence recorded',
      'row 18: created "records-fhir-api"; license is empty: no licence recorded',
    ]);
    const counts = importCounts(report);
    expect(counts).toMatchObject({ rows: 17, created: 11, updated: 0, unchanged: 0, merged: 1, reported: 5 });
    expect(counts.byReason.get('licence/empty')).toBe(7);
    expect(counts.byReason.get('access/not-in-source')).toBe(11);
  });

  it('writes entries that say where they came from and what is missing, and that pass the check path', async () => {
    const dir = catalogueWith();
    importApiGovUk({ ...files, catalogueDir: dir, today: '2026-12-01' });
    const tariff = entryData(dir, 'customs-tariff-api');
    expect(tariff).toMatchObject({
      name: 'Customs Tariff API',
      summary: 'Looks up commodity codes and the duties that apply to them.',
      description: 'Looks up commodity codes and the duties that apply to them.\n\nFor importers and their agents.',
      kind: 'api',
      organisation: 'hm-revenue-customs',
      status: 'live',
      dates: { added: '2026-12-01', released: '2021-03-01' },
      documentationUrl: 'https://tariff-docs.hmrc.gov.uk/',
      endpoints: [{ environment: 'production', url: 'https://tariff.api.hmrc.gov.uk/v1' }],
      contact: { name: 'Tariff Team', email: 'tariff@hmrc.gov.uk' },
      licence: { name: 'Open Government Licence v3.0', spdx: 'OGL-UK-3.0' },
      areaServed: ['England', 'Scotland', 'Wales'],
      provenance: { source: 'api.gov.uk', file: 'catalogue.csv', row: 2, imported: '2026-12-01', sourceUpdated: '2024-05-06', licence: 'Crown copyright, Open Government Licence v3.0', gaps: [{ field: 'access', reason: 'the source has no column for who may use an API or how to get access' }] },
    });
    expect(tariff.dates.lastReviewed).toBeUndefined();
    expect(entryData(dir, 'support-directory').provenance.gaps.map((g: { field: string }) => g.field)).toEqual(['licence', 'contact', 'areaServed', 'dates.released', 'access']);
    expect(entryData(dir, 'old-returns-api')).toMatchObject({ status: 'deprecated', dates: { released: '2019-04-01', deprecated: '2025-01-31' }, contact: { name: 'HM Revenue and Customs', url: 'https://support.hmrc.gov.uk/contact' } });
    const long = entryData(dir, 'long-description-api');
    expect(long.description).toBe('The long description API gives software developers, data scientists and applications a way to query and download sensor readings that are hosted by the survey in JSON.\n\nSecond line of the text.\nThird line, on a real new line.');
    expect(long.summary).toBe('The long description API gives software developers, data scientists and applications a way to query and download sensor readings that are hosted by the survey…');
    expect(long.organisation).toBe('british-geological-survey');
    expect(entryData(dir, 'records-fhir-api').organisation).toBe('nhs-england');
    expect(readFileSync(path.join(dir, 'entries', 'vat-api', 'entry.yaml'), 'utf8')).toContain('alternativeNames:\n  - VAT (MTD)\n');
    expect(parse(readFileSync(path.join(dir, 'organisations', 'british-geological-survey.yaml'), 'utf8'))).toEqual({ slug: 'british-geological-survey', name: 'British Geological Survey', abbreviation: 'BGS', website: 'https://www.bgs.ac.uk/', onGovUk: false });
    expect(parse(readFileSync(path.join(dir, 'organisations', 'southampton-city-council.yaml'), 'utf8'))).toEqual({ slug: 'southampton-city-council', name: 'Southampton City Council', abbreviation: 'SCC', onGovUk: false });

    const check = await checkCatalogue({ catalogueDir: dir, today: '2026-12-01', assess: { cache: false } });
    expect(check.errors.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
    const verdict = check.entries.find((e) => e.id === 'customs-tariff-api');
    expect(verdict?.policy).toBe('no-api-document');
    expect(verdict?.problems.map((p) => `${p.rule}: ${p.message}`)).toEqual(['entry/no-openapi-document: the API has no OpenAPI document published; the GDS standards ask for one']);
  });

  it('changes nothing when it runs a second time', () => {
    const dir = catalogueWith();
    importApiGovUk({ ...files, catalogueDir: dir, today: '2026-12-01' });
    const before = snapshot(dir);
    const again = importApiGovUk({ ...files, catalogueDir: dir, today: '2026-12-09' });
    expect(again.written).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
    expect(importCounts(again)).toMatchObject({ created: 0, updated: 0, unchanged: 11, merged: 1, reported: 5 });
  });

  it('refreshes an entry it imported when the source changes, keeping what its owners added, and leaves reviewed entries alone', () => {
    const dir = catalogueWith();
    importApiGovUk({ ...files, catalogueDir: dir, today: '2026-12-01' });
    const changed = catalogueWith({
      'catalogue.csv': readFileSync(files.catalogueCsv, 'utf8').replace('Checks whether a couple can share their allowance.', 'Checks whether a married couple can share their Personal Allowance.').replace('Lists support services near a postcode.', 'Lists support services near a place.'),
      'organisation.csv': readFileSync(files.organisationCsv, 'utf8'),
    }, FIXTURE);
    // Owners add topics to one entry without reviewing it, and review another.
    const marriage = path.join(dir, 'entries', 'marriage-allowance', 'entry.yaml');
    const support = path.join(dir, 'entries', 'support-directory', 'entry.yaml');
    appendFileSync(marriage, 'topics: [tax]\n');
    writeFileSync(support, readFileSync(support, 'utf8').replace('  added: 2026-12-01\n', '  added: 2026-12-01\n  lastReviewed: 2026-12-05\n').replace(/^provenance:/m, 'access:\n  level: open\n  howToGetAccess: Call it; no key is needed.\ncontact:\n  name: Directory team\n  email: directory@hmrc.gov.uk\nprovenance:'));
    const report = importApiGovUk({ catalogueCsv: path.join(changed, 'catalogue.csv'), organisationCsv: path.join(changed, 'organisation.csv'), catalogueDir: dir, today: '2026-12-09' });
    expect(report.rows.find((r) => r.row === 11)?.outcome).toEqual({ kind: 'updated', id: 'marriage-allowance' });
    expect(report.rows.find((r) => r.row === 6)?.outcome).toMatchObject({ kind: 'merged', id: 'support-directory' });
    const updated = entryData(dir, 'marriage-allowance');
    expect(updated.description).toBe('Checks whether a married couple can share their Personal Allowance.');
    expect(updated.topics).toEqual(['tax']);
    expect(updated.dates.added).toBe('2026-12-01');
    expect(updated.provenance.imported).toBe('2026-12-01');
    expect(entryData(dir, 'support-directory').description).toBe('Lists support services near a postcode.');
    rmSync(changed, { recursive: true, force: true });
  });

  it('says which file it cannot read, and imports nothing', () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runImport(['test/fixtures/api-gov-uk/missing.csv', files.organisationCsv, '--catalogue', catalogueWith()], { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
    expect(code).toBe(1);
    expect(err.join('')).toBe('test/fixtures/api-gov-uk/missing.csv: does not exist (check the name and the folder)\nimport:api-gov-uk: nothing imported\n');
    expect(out).toEqual([]);
  });

  it('prints a line per row and the counts', () => {
    const out: string[] = [];
    const code = runImport([files.catalogueCsv, files.organisationCsv, '--catalogue', catalogueWith(), '--date', '2026-12-01', '--dry-run'], { stdout: (s) => out.push(s), stderr: () => {} });
    expect(code).toBe(0);
    const text = out.join('');
    expect(text).toContain('\nrow 7: provider "no-such-organisation" is not an id in organisation.csv: not imported (add the organisation there first)\n');
    expect(text).toContain('row 4: "bgs" is organisation "british-geological-survey" (not on GOV.UK\'s list of organisations); created\n');
    expect(text).toContain('  catalogue.csv-metadata.json: 56 cells in 17 rows break it (format 11, required 37, date 2, url 3, foreign-key 1, primary-key 2)\n');
    expect(text).toContain('Rows: 17 = 11 created + 0 updated + 0 unchanged + 1 merged into existing entries + 5 reported, not imported.\n');
    expect(text).toContain('Dry run: nothing was written.');
  });
});

const SHARED = path.resolve('../shared/data/api-gov-uk');

describe.skipIf(!existsSync(SHARED))("the real api.gov.uk data (../shared/data/api-gov-uk)", () => {
  const real = { catalogueCsv: path.join(SHARED, 'catalogue.csv'), organisationCsv: path.join(SHARED, 'organisation.csv') };

  it('is what catalogue/ holds: importing it again changes nothing, and every row is accounted for', () => {
    const dir = catalogueWith({}, path.resolve('catalogue'));
    const before = snapshot(dir);
    const report = importApiGovUk({ ...real, catalogueDir: dir, today: '2030-01-01' });
    expect(report.written).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
    expect(report.rows.map((r) => r.row)).toEqual(Array.from({ length: 231 }, (_, i) => i + 2));
    expect(report.organisations).toHaveLength(34);
  });

  it('rebuilds the committed entries exactly from the hand-written catalogue', () => {
    const dir = catalogueWith({}, path.resolve('catalogue'));
    const imported = readdirSync(path.join(dir, 'entries')).filter((id) => entryData(dir, id).provenance);
    // Maintainers may add fields the import never writes (plannedIn, for the roadmap): compare without them.
    const withoutAdditions = (d: string): Record<string, string> =>
      Object.fromEntries(
        Object.entries(snapshot(d)).map(([file, hash]) => {
          if (!file.endsWith('entry.yaml')) return [file, hash];
          const data = parse(readFileSync(path.join(d, file), 'utf8')) as Record<string, unknown>;
          if (!data.provenance) return [file, hash];
          delete data.plannedIn;
          return [file, JSON.stringify(data)];
        }),
      );
    const committed = withoutAdditions(dir);
    const importedOn = new Set(imported.map((id) => entryData(dir, id).provenance.imported as string));
    expect(importedOn.size).toBe(1);
    for (const id of imported) rmSync(path.join(dir, 'entries', id), { recursive: true });
    const report = importApiGovUk({ ...real, catalogueDir: dir, today: [...importedOn][0] as string });
    const counts = importCounts(report);
    expect(counts.created).toBe(imported.length);
    expect(counts.rows).toBe(counts.created + counts.merged + counts.reported);
    expect(withoutAdditions(dir)).toEqual(committed);
  });
});
