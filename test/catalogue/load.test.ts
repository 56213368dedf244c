import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { formatProblemLine } from '../../src/problems/problem.ts';

const FIXTURE = path.resolve('test/fixtures/catalogue-minimal');
const made: string[] = [];

/** A copy of the minimal catalogue with some files edited; returns the one-line problems, paths relative to the copy. */
function problemsAfter(edits: Record<string, (text: string) => string | null>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'catalogue-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const abs = path.join(dir, file);
    const before = existsSync(abs) ? readFileSync(abs, 'utf8') : '';
    const after = edit(before);
    if (after === null) rmSync(abs);
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, after);
    }
  }
  const { problems } = loadCatalogue(dir);
  return problems.map((p) => formatProblemLine({ ...p, file: path.relative(dir, path.resolve(p.file)) }).split(`${dir}/`).join(''));
}

const replace = (from: string | RegExp, to: string) => (text: string) => {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return out;
};

afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the seed catalogue', () => {
  it('loads with no problems and has at least 40 entries from 12 organisations', () => {
    const { catalogue, problems } = loadCatalogue('catalogue');
    expect(problems.map(formatProblemLine)).toEqual([]);
    expect(catalogue.entries.length).toBeGreaterThanOrEqual(40);
    const orgs = new Set(catalogue.entries.map((e) => e.entry.organisation));
    expect(orgs.size).toBeGreaterThanOrEqual(12);
  });
});

describe('loadCatalogue', () => {
  it('accepts the minimal fixture', () => {
    expect(problemsAfter({})).toEqual([]);
  });

  it('names an unknown organisation with a suggestion from the abbreviation', () => {
    expect(problemsAfter({ 'entries/vat-api/entry.yaml': replace('organisation: hm-revenue-customs', 'organisation: hmrcc') })).toEqual([
      'entries/vat-api/entry.yaml:7:15: organisation "hmrcc" is not a known organisation (did you mean "hm-revenue-customs"?)',
    ]);
  });

  it('rejects an unknown successor', () => {
    expect(problemsAfter({ 'entries/old-vat-api/entry.yaml': replace('successor: vat-api', 'successor: vat-apii') })).toEqual([
      'entries/old-vat-api/entry.yaml:8:12: successor "vat-apii" is not a known entry id (did you mean "vat-api"?)',
    ]);
  });

  it('rejects unknown provides, usedBy and related ids', () => {
    expect(
      problemsAfter({
        'entries/vat-component/entry.yaml': (t) =>
          replace('provides: [vat-api]', 'provides: [vat-ap]')(t).replace('related: [old-vat-api]', 'related: [nothing-like-it]') + 'usedBy: [somewhere-else]\n',
      }),
    ).toEqual([
      'entries/vat-component/entry.yaml:18:12: provides[0] "vat-ap" is not a known entry id (provided API) (did you mean "vat-api"?)',
      'entries/vat-component/entry.yaml:19:11: related[0] "nothing-like-it" is not a known entry id (related entry) (use the id of an entry in catalogue/entries/, or add that entry first)',
      'entries/vat-component/entry.yaml:20:10: usedBy[0] "somewhere-else" is not a known entry id (consuming entry) (use the id of an entry in catalogue/entries/, or add that entry first)',
    ]);
  });

  it('rejects a duplicate id (an id that is not its folder, colliding with another entry)', () => {
    const lines = problemsAfter({
      'entries/vat-copy/entry.yaml': () => readFileSync(path.join(FIXTURE, 'entries/vat-api/entry.yaml'), 'utf8'),
      'entries/vat-copy/openapi.yaml': () => readFileSync(path.join(FIXTURE, 'entries/vat-api/openapi.yaml'), 'utf8'),
      'entries/vat-copy/openapi-v2.yaml': () => readFileSync(path.join(FIXTURE, 'entries/vat-api/openapi-v2.yaml'), 'utf8'),
    });
    expect(lines).toEqual([
      'entries/vat-copy/entry.yaml:1:5: id "vat-api" is already used by entries/vat-api/entry.yaml (ids must be unique: choose another id for one of them)',
      'entries/vat-copy/entry.yaml:1:5: id "vat-api" does not match its folder name "vat-copy" (ids are stable: rename the folder to catalogue/entries/vat-api/ or set id: vat-copy)',
    ]);
  });

  it('rejects a successor cycle', () => {
    const lines = problemsAfter({
      'entries/vat-api/entry.yaml': (t) => replace('status: live', 'status: deprecated\nsuccessor: old-vat-api')(t).replace('  lastReviewed: 2026-11-23', '  lastReviewed: 2026-11-23\n  deprecated: 2026-01-01'),
    });
    expect(lines).toEqual([
      'entries/old-vat-api/entry.yaml:8:12: successor chain loops: old-vat-api → vat-api → old-vat-api (a successor must be newer: remove the successor from the newest entry in the loop)',
    ]);
  });

  it('rejects a retired entry without a retirement date', () => {
    expect(problemsAfter({ 'entries/old-vat-api/entry.yaml': replace('  retired: 2019-04-01\n', '') })).toEqual([
      'entries/old-vat-api/entry.yaml:9:1: dates.retired is required when status is "retired": add the date it was switched off (YYYY-MM-DD)',
    ]);
  });

  it('rejects a missing spec file', () => {
    expect(problemsAfter({ 'entries/vat-api/openapi.yaml': () => null })).toEqual([
      'entries/vat-api/entry.yaml:24:11: specs[0].file "openapi.yaml" does not exist in entries/vat-api/ (add the OpenAPI document there, or correct the file name)',
    ]);
  });

  it('rejects a summary over 160 characters', () => {
    const long = 'A'.repeat(161);
    expect(problemsAfter({ 'entries/vat-api/entry.yaml': replace(/^summary: .*$/m, `summary: ${long}`) })).toEqual([
      'entries/vat-api/entry.yaml:3:10: summary must be at most 160 characters: keep the detail for "description"',
    ]);
  });

  it('rejects an http endpoint, a bad status and an impossible date, each with its line', () => {
    expect(
      problemsAfter({
        'entries/vat-api/entry.yaml': (t) =>
          replace('url: https://api.service.hmrc.gov.uk', 'url: http://api.service.hmrc.gov.uk')(t)
            .replace('status: live', 'status: lve')
            .replace('  added: 2026-11-23', '  added: 2026-02-30'),
      }),
    ).toEqual([
      'entries/vat-api/entry.yaml:8:9: status "lve" is not one of "discovery", "alpha", "beta", "live", "deprecated", "retired" (did you mean "live"?)',
      'entries/vat-api/entry.yaml:10:10: dates.added is not a real calendar date',
      'entries/vat-api/entry.yaml:15:10: endpoints.0.url must start with https:// (plain http is not accepted)',
    ]);
  });

  it('rejects an unknown field with a suggestion', () => {
    expect(problemsAfter({ 'entries/vat-api/entry.yaml': replace('documentationUrl:', 'documentationURL:') })).toEqual([
      'entries/vat-api/entry.yaml:1:1: documentationUrl is required',
      'entries/vat-api/entry.yaml:12:1: unknown field "documentationURL" (did you mean "documentationUrl"?)',
    ]);
  });

  it('reports a YAML syntax error with its position and a hint', () => {
    const lines = problemsAfter({ 'entries/vat-api/entry.yaml': replace('kind: api', 'kind: [api') });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^entries\/vat-api\/entry\.yaml:\d+:\d+: YAML syntax error: .+ \(.+\)$/);
    expect(lines[0]).toMatch(/^entries\/vat-api\/entry\.yaml:7:1: /);
  });

  it('rejects an unknown topic and an organisation that is not on GOV.UK', () => {
    expect(
      problemsAfter({
        'entries/vat-api/entry.yaml': replace('topics: [tax]', 'topics: [taxes]'),
        'organisations/hm-revenue-customs.yaml': replace('slug: hm-revenue-customs', 'slug: hm-revenue-custom'),
      }),
    ).toEqual([
      'entries/old-vat-api/entry.yaml:6:15: organisation "hm-revenue-customs" is not a known organisation (did you mean "hm-revenue-custom"?)',
      'entries/vat-api/entry.yaml:7:15: organisation "hm-revenue-customs" is not a known organisation (did you mean "hm-revenue-custom"?)',
      'entries/vat-api/entry.yaml:22:10: topics[0] "taxes" is not a topic in catalogue/topics.yaml (did you mean "tax"?)',
      'entries/vat-component/entry.yaml:6:15: organisation "hm-revenue-customs" is not a known organisation (did you mean "hm-revenue-custom"?)',
      'organisations/hm-revenue-customs.yaml:1:7: slug "hm-revenue-custom" does not match the file name "hm-revenue-customs.yaml" (rename the file to hm-revenue-custom.yaml or set slug: hm-revenue-customs)',
      'organisations/hm-revenue-customs.yaml:1:7: slug "hm-revenue-custom" is not a GOV.UK organisation slug (did you mean "hm-revenue-customs"?)',
    ]);
  });

  it('reads entry.mdx frontmatter with lines counted from the file, and keeps the body as a guide', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalogue-'));
    made.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    const yaml = readFileSync(path.join(dir, 'entries/vat-component/entry.yaml'), 'utf8');
    rmSync(path.join(dir, 'entries/vat-component/entry.yaml'));
    writeFileSync(path.join(dir, 'entries/vat-component/entry.mdx'), `---\n${yaml.replace('status: beta', 'status: bta')}---\n\n# Guide\n\nHow to adopt it.\n`);
    const { problems } = loadCatalogue(dir);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(['8:9 status "bta" is not one of "discovery", "alpha", "beta", "live", "deprecated", "retired"']);
    writeFileSync(path.join(dir, 'entries/vat-component/entry.mdx'), `---\n${yaml}---\n\n# Guide\n\nHow to adopt it.\n`);
    const ok = loadCatalogue(dir);
    expect(ok.problems).toEqual([]);
    expect(ok.catalogue.entries.find((e) => e.entry.id === 'vat-component')?.guide).toBe('# Guide\n\nHow to adopt it.');
  });
});
