/**
 * The one check path on real catalogues: the seed catalogue, and copies of the minimal fixture with
 * one defect each. Messages are asserted exactly, as a contributor sees them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCatalogue, type CatalogueCheck, type CheckOptions } from '../../src/checks/index.ts';
import { formatProblemLine } from '../../src/problems/problem.ts';
import { append, catalogueWith, fixtureText, relativeLine, replace } from './fixture.ts';

const TODAY = '2026-11-30';
/** Results are cached by path and content: checking one copy again (another day, another scope) reuses them. */
const cache = mkdtempSync(path.join(tmpdir(), 'checks-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

function check(dir: string, options: Partial<CheckOptions> = {}): Promise<CatalogueCheck> {
  return checkCatalogue({ catalogueDir: dir, today: TODAY, assess: { cache }, ...options });
}

/** Every problem as a line, paths relative to the catalogue copy, prefixed `warning: ` for warnings. */
const lines = (result: CatalogueCheck, dir: string): string[] =>
  result.problems.map((p) => `${p.severity === 'warn' ? 'warning: ' : ''}${relativeLine(formatProblemLine(p), dir)}`);

/** vat-api's first document without its servers: three baseline errors, so level "none". */
const belowBaseline = { 'entries/vat-api/openapi.yaml': replace(/servers:\n  - url: .*\n/, '') };
const waiver = (until: string) => append(`conformanceWaiver:\n  reason: The VAT API gateway cannot publish its server address yet.\n  until: ${until}\n`);

describe('the seed catalogue', () => {
  it('passes, with a verdict per entry; the five APIs below baseline carry live waivers', async () => {
    const result = await checkCatalogue({ catalogueDir: 'catalogue', today: TODAY });
    expect(result.errors.map(formatProblemLine)).toEqual([]);
    expect(result.entries.length).toBe(result.catalogue.entries.length);
    const waived = result.entries.filter((v) => v.meetsMinimum === false);
    expect(waived.map((v) => [v.id, v.level, v.waiver.state, v.passes])).toEqual([
      ['bus-open-data-api', 'none', 'live', true],
      ['companies-house-public-data-api', 'none', 'live', true],
      ['companies-house-streaming-api', 'none', 'live', true],
      ['os-names-api', 'none', 'live', true],
      ['os-places-api', 'none', 'live', true],
    ]);
    const notify = result.entries.find((v) => v.id === 'govuk-notify-api');
    expect(notify).toMatchObject({ level: 'baseline', meetsMinimum: true, policy: 'held', waiver: { state: 'none' }, passes: true, score: expect.any(Number) });
    expect(result.entries.find((v) => v.id === 'govuk-notify')).toMatchObject({ policy: 'no-documents', passes: true });
  });

  it('fails every waived entry once its waiver has ended, naming the date', async () => {
    const result = await checkCatalogue({ catalogueDir: 'catalogue', today: '2027-06-01', only: ['os-names-api'] });
    expect(result.errors.map(formatProblemLine)).toEqual([
      'catalogue/entries/os-names-api/entry.yaml:75:10: conformanceWaiver ended on 2027-05-31, and "openapi.yaml" is below the catalogue\'s minimum level "baseline" (level "none") (fix the errors that `npm run validate -- catalogue/entries/os-names-api` lists, or renew the waiver: set a later until date and say in reason why it is still needed)',
    ]);
  });
});

describe('the conformance policy', () => {
  it('fails a document below the minimum level, at the document it names', async () => {
    const dir = catalogueWith(belowBaseline);
    const result = await check(dir);
    const vat = result.entries.find((v) => v.id === 'vat-api');
    expect(vat).toMatchObject({ level: 'none', meetsMinimum: false, policy: 'held', passes: false, waiver: { state: 'none' } });
    expect(lines(result, dir)).toEqual([
      `entries/vat-api/entry.yaml:24:11: "openapi.yaml" reaches level "none" (score ${vat?.score}/100), below the catalogue's minimum level "baseline" (fix the errors that \`npm run validate -- entries/vat-api\` lists, or add a public conformanceWaiver with a reason and an until date)`,
    ]);
    expect(result.ok).toBe(false);
  });

  it('passes it under a live waiver, warns when the waiver ends within 30 days, and fails it once the waiver has expired', async () => {
    const dir = catalogueWith({ ...belowBaseline, 'entries/vat-api/entry.yaml': waiver('2026-12-10') });
    const live = await check(dir, { today: '2026-11-01' });
    expect(lines(live, dir)).toEqual([]);
    expect(live.entries.find((v) => v.id === 'vat-api')).toMatchObject({ passes: true, meetsMinimum: false, waiver: { state: 'live', until: '2026-12-10', needed: true } });

    expect(lines(await check(dir), dir)).toEqual([
      'warning: entries/vat-api/entry.yaml:29:10: conformanceWaiver ends on 2026-12-10 (in 10 days), and "openapi.yaml" is below the catalogue\'s minimum level "baseline" (level "none") (fix the errors that `npm run validate -- entries/vat-api` lists before then, or renew the waiver with a later until date)',
    ]);
    // The waiver's last day still counts.
    expect((await check(dir, { today: '2026-12-10' })).ok).toBe(true);

    const expired = await check(dir, { today: '2026-12-11' });
    expect(lines(expired, dir)).toEqual([
      'entries/vat-api/entry.yaml:29:10: conformanceWaiver ended on 2026-12-10, and "openapi.yaml" is below the catalogue\'s minimum level "baseline" (level "none") (fix the errors that `npm run validate -- entries/vat-api` lists, or renew the waiver: set a later until date and say in reason why it is still needed)',
    ]);
    expect(expired.entries.find((v) => v.id === 'vat-api')).toMatchObject({ passes: false, waiver: { state: 'expired', until: '2026-12-10' } });
  });

  it('warns that a waiver is not needed when every document reaches the minimum', async () => {
    const dir = catalogueWith({ 'entries/vat-api/entry.yaml': waiver('2027-03-31') });
    expect(lines(await check(dir), dir)).toEqual([
      'warning: entries/vat-api/entry.yaml:27:1: conformanceWaiver is not needed: every OpenAPI document of the entry reaches the catalogue\'s minimum level "baseline" (remove the conformanceWaiver)',
    ]);
  });

  it('holds only the entries named as new or changed, when the caller names them', async () => {
    const dir = catalogueWith({ ...belowBaseline, 'entries/vat-api/entry.yaml': waiver('2026-11-01') });
    const unchanged = await check(dir, { changed: new Set(['vat-component']) });
    expect(unchanged.ok).toBe(true);
    expect(unchanged.entries.find((v) => v.id === 'vat-api')).toMatchObject({ policy: 'unchanged', passes: true, waiver: { state: 'expired' } });
    expect(unchanged.problems.map((p) => [p.rule, p.severity])).toEqual([['entry/waiver-expired', 'warn']]);
    const changed = await check(dir, { changed: new Set(['vat-api']) });
    expect(changed.errors.map((p) => p.rule)).toEqual(['entry/waiver-expired']);
  });

  it('does not hold a retired entry to the minimum', async () => {
    const result = await check(catalogueWith());
    expect(result.entries.find((v) => v.id === 'old-vat-api')).toMatchObject({ level: 'none', meetsMinimum: false, policy: 'retired', passes: true });
  });

  it('refuses a waiver on an entry without OpenAPI documents', async () => {
    const dir = catalogueWith({ 'entries/vat-component/entry.yaml': waiver('2027-03-31') });
    expect(lines(await check(dir), dir)).toEqual([
      'entries/vat-component/entry.yaml:20:1: conformanceWaiver is only for entries with OpenAPI documents (`specs`): there is nothing to waive',
    ]);
  });
});

describe('the scope of a check', () => {
  it('reports only the entries asked for, with problems outside any entry, against the whole catalogue', async () => {
    const dir = catalogueWith({ ...belowBaseline, 'entries/vat-component/entry.yaml': replace('provides: [vat-api]', 'provides: [vat-apii]'), 'topics.yaml': append('  - id: Bad\n    name: Bad topic\n    description: A topic id with a capital letter.\n') });
    const result = await check(dir, { only: ['vat-component'] });
    expect(result.entries.map((v) => v.id)).toEqual(['vat-component']);
    expect(lines(result, dir)).toEqual([
      'entries/vat-component/entry.yaml:18:12: provides[0] "vat-apii" is not a known entry id (provided API) (did you mean "vat-api"?)',
      'topics.yaml:5:9: topics.1.id must be lowercase letters, digits and single hyphens, such as "vehicle-enquiry-api"',
    ]);
    expect([...result.assessments.keys()]).toEqual(['vat-component']);
  });

  it('names an entry that does not exist', async () => {
    const dir = catalogueWith();
    const result = await check(dir, { only: ['no-such-api'] });
    expect(lines(result, dir)).toEqual([
      'entries/no-such-api: there is no entry "no-such-api" in entries (check the folder name, or create the entry with `npm run new-entry`)',
    ]);
  });
});

describe('duplicates', () => {
  const copyOfVatApi = {
    'entries/vat-returns-api/entry.yaml': fixtureText('entries/vat-api/entry.yaml').replace('id: vat-api', 'id: vat-returns-api'),
    'entries/vat-returns-api/openapi.yaml': fixtureText('entries/vat-api/openapi.yaml'),
    'entries/vat-returns-api/openapi-v2.yaml': fixtureText('entries/vat-api/openapi-v2.yaml'),
  };

  it('fails a verbatim copy of an entry under a new id: same production URL and same documents, naming both entries', async () => {
    const dir = catalogueWith(copyOfVatApi);
    const result = await check(dir);
    const hint =
      "if they are one API, keep a single entry; if one is a component that offers the other, list the API in the component's `provides`; if they are separate entries that belong together, name each other in `related`";
    const at = (id: string) => `"${id}" (entries/${id}/entry.yaml)`;
    const doc = (file: string, id: string) => `"${file}" of ${at(id)}`;
    expect(lines(result, dir)).toEqual([
      `entries/vat-api/entry.yaml:15:10: production URL https://api.service.hmrc.gov.uk is also the production URL of ${at('vat-returns-api')} (${hint}; if separate APIs sit behind one gateway host, give each entry its API's own base path (the host and the API's context))`,
      `entries/vat-api/entry.yaml:24:11: "openapi.yaml" has the same content as ${doc('openapi.yaml', 'vat-returns-api')}, ignoring whitespace, key order and YAML or JSON syntax (${hint})`,
      `entries/vat-api/entry.yaml:25:11: "openapi-v2.yaml" has the same content as ${doc('openapi-v2.yaml', 'vat-returns-api')}, ignoring whitespace, key order and YAML or JSON syntax (${hint})`,
      `entries/vat-returns-api/entry.yaml:15:10: production URL https://api.service.hmrc.gov.uk is also the production URL of ${at('vat-api')} (${hint}; if separate APIs sit behind one gateway host, give each entry its API's own base path (the host and the API's context))`,
      `entries/vat-returns-api/entry.yaml:24:11: "openapi.yaml" has the same content as ${doc('openapi.yaml', 'vat-api')}, ignoring whitespace, key order and YAML or JSON syntax (${hint})`,
      `entries/vat-returns-api/entry.yaml:25:11: "openapi-v2.yaml" has the same content as ${doc('openapi-v2.yaml', 'vat-api')}, ignoring whitespace, key order and YAML or JSON syntax (${hint})`,
    ]);
  });

  it('finds the same document written with other key order, quoting, whitespace and syntax (JSON against YAML)', async () => {
    const reordered = JSON.stringify(
      { paths: {}, servers: [{ url: 'https://api.service.hmrc.gov.uk/organisations/vat' }], openapi: '3.0.3', info: { version: '1.0.0', contact: { url: 'https://developer.service.hmrc.gov.uk/developer/support', name: 'SDST' }, description: 'Submit VAT returns and see VAT obligations for a business.', title: 'VAT API' } },
      null,
      3,
    );
    const dir = catalogueWith({
      'entries/vat-returns-api/entry.yaml': copyOfVatApi['entries/vat-returns-api/entry.yaml'].replace('url: https://api.service.hmrc.gov.uk\n', 'url: https://api.service.hmrc.gov.uk/vat-returns\n').replace(/specs:[\s\S]*$/, 'specs:\n  - file: openapi.json\n'),
      'entries/vat-returns-api/openapi.json': reordered,
    });
    const result = await check(dir, { only: ['vat-returns-api'] });
    expect(result.problems.map((p) => [p.rule, p.pointer, p.message.replace(dir, '<dir>')])).toEqual([
      ['entry/duplicate-document', '/specs/0/file', `"openapi.json" has the same content as "openapi.yaml" of "vat-api" (<dir>/entries/vat-api/entry.yaml), ignoring whitespace, key order and YAML or JSON syntax`],
    ]);
  });

  it('lets a component share the production URL of the API it provides, and nothing else', async () => {
    const endpoint = 'endpoints:\n  - environment: production\n    url: https://api.service.hmrc.gov.uk/\n';
    const provides = catalogueWith({ 'entries/vat-component/entry.yaml': append(endpoint) });
    expect((await check(provides)).ok).toBe(true);
    const unrelated = catalogueWith({ 'entries/vat-component/entry.yaml': (t) => replace('provides: [vat-api]\n', '')(t) + endpoint });
    expect((await check(unrelated)).errors.map((p) => [p.rule, relativeLine(p.file, unrelated)])).toEqual([
      ['entry/duplicate-endpoint', 'entries/vat-api/entry.yaml'],
      ['entry/duplicate-endpoint', 'entries/vat-component/entry.yaml'],
    ]);
  });
});

describe('placeholder text', () => {
  it('fails the README\'s old example text, TODO, copied field explanations and example addresses', async () => {
    const dir = catalogueWith({
      'entries/vat-component/entry.yaml': (t) =>
        (replace(/description: .*\n/, 'description: |\n  Markdown: what it does, who it is for, when to use it.\n')(t) as string)
          .replace(/summary: .*\n/, 'summary: TODO, one sentence about the platform.\n')
          .replace('howToGetAccess: Ask the team.', "howToGetAccess: The steps a developer takes to start using it, in Markdown.")
          .replace('email: vat-platform@hmrc.gov.uk', 'email: vat-platform@example.gov.uk'),
    });
    const hint = (field: string) => `replace it with this entry's own ${field}: placeholder text from the README or the scaffolder is not accepted`;
    expect(lines(await check(dir), dir)).toEqual([
      `entries/vat-component/entry.yaml:3:10: summary contains the placeholder text "todo" (${hint('summary')})`,
      `entries/vat-component/entry.yaml:4:14: description contains the placeholder text "what it does, who it is for, when to use it" (${hint('description')})`,
      'entries/vat-component/entry.yaml:15:19: access.howToGetAccess is the explanation of the field "access.howToGetAccess", copied from the guide or the scaffolder (write this entry\'s own access.howToGetAccess)',
      'entries/vat-component/entry.yaml:18:10: contact.email "vat-platform@example.gov.uk" is an example address, not a real one (give the real address)',
    ]);
  });

  it('fails placeholder text in the guide of an entry.mdx, at its line', async () => {
    const yaml = fixtureText('entries/vat-component/entry.yaml');
    const dir = catalogueWith({ 'entries/vat-component/entry.yaml': null, 'entries/vat-component/entry.mdx': `---\n${yaml}---\n\n# Adopting the platform\n\nLorem ipsum dolor sit amet.\n` });
    expect(lines(await check(dir), dir)).toEqual([
      `entries/vat-component/entry.mdx:25:1: guide contains the placeholder text "lorem ipsum" (replace it with this entry's own guide: placeholder text from the README or the scaffolder is not accepted)`,
    ]);
  });
});
