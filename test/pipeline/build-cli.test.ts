import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const FIXTURE = path.resolve('test/fixtures/catalogue-minimal');
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function build(catalogue: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/build.ts', '--catalogue', catalogue, '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function workspace(): { catalogue: string; out: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-'));
  made.push(dir);
  const catalogue = path.join(dir, 'catalogue');
  cpSync(FIXTURE, catalogue, { recursive: true });
  const out = path.join(dir, 'dist');
  mkdirSync(out);
  writeFileSync(path.join(out, 'index.html'), 'previous good build');
  return { catalogue, out };
}

describe('npm run build on a bad catalogue', () => {
  it('fails with one line per problem, no stack trace, and leaves the previous dist/ alone', async () => {
    const { catalogue, out } = workspace();
    const entry = path.join(catalogue, 'entries/vat-api/entry.yaml');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('organisation: hm-revenue-customs', 'organisation: hmrcc'));
    const result = await build(catalogue, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The catalogue has 1 problem; nothing was built.');
    expect(result.stderr).toMatch(/entries\/vat-api\/entry\.yaml:7:15: organisation "hmrcc" is not a known organisation \(did you mean "hm-revenue-customs"\?\)\n/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous good build');
  });

  it('fails on an OpenAPI document that is not valid YAML, naming file:line:col', async () => {
    const { catalogue, out } = workspace();
    writeFileSync(path.join(catalogue, 'entries/vat-api/openapi.yaml'), 'openapi: 3.0.3\ninfo:\n  title: "VAT\n  version: 1.0.0\npaths: {}\n');
    const result = await build(catalogue, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/entries\/vat-api\/openapi\.yaml:\d+:\d+: Not assessable: /);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(out, 'entries'))).toBe(false);
  });

  it('fails on a $ref that leaves the entry folder', async () => {
    const { catalogue, out } = workspace();
    writeFileSync(
      path.join(catalogue, 'entries/vat-api/openapi.yaml'),
      'openapi: 3.0.3\ninfo:\n  title: VAT API\n  version: 1.0.0\npaths:\n  /x:\n    $ref: "../old-vat-api/openapi.yaml#/paths/~1x"\n',
    );
    const result = await build(catalogue, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/entries\/vat-api\/openapi\.yaml:7:\d+: .*\$ref/);
  });
});

describe('npm run build on a good catalogue', () => {
  it('builds every page, a reference and downloads for each OpenAPI document, and the exports', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'build-ok-'));
    made.push(dir);
    const out = path.join(dir, 'dist');
    const result = await build(FIXTURE, out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/catalogue: 3 entries from 1 organisation\n/);
    for (const page of ['index.html', 'entries/index.html', 'entries/vat-api/index.html', 'entries/old-vat-api/index.html', 'organisations/hm-revenue-customs/index.html', 'topics/tax/index.html', 'search/index.html', '404.html', 'pagefind/pagefind.js']) {
      expect(existsSync(path.join(out, page)), page).toBe(true);
    }
    // vat-api names two documents: the first at the short URLs, the second under specs/2/.
    expect(JSON.parse(readFileSync(path.join(out, 'entries/vat-api/openapi.json'), 'utf8')).info.version).toBe('1.0.0');
    expect(JSON.parse(readFileSync(path.join(out, 'entries/vat-api/specs/2/openapi.json'), 'utf8')).info.version).toBe('2.0.0');
    expect(readFileSync(path.join(out, 'entries/vat-api/specs/2/reference/index.html'), 'utf8')).toContain('Version 2');
    const entryPage = readFileSync(path.join(out, 'entries/vat-api/index.html'), 'utf8');
    expect(entryPage).toContain('href="/entries/vat-api/specs/2/reference/"');
    const exported = JSON.parse(readFileSync(path.join(out, 'catalogue.json'), 'utf8')) as { entries: { id: string; conformance: { documents: { openapiJson: string }[] } }[] };
    expect(exported.entries.map((e) => e.id).sort()).toEqual(['old-vat-api', 'vat-api', 'vat-component']);
    expect(exported.entries.find((e) => e.id === 'vat-api')?.conformance.documents.map((s) => s.openapiJson.replace(/^.*\/entries/, '/entries'))).toEqual(['/entries/vat-api/openapi.json', '/entries/vat-api/specs/2/openapi.json']);
  }, 120_000);
});
