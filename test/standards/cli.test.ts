/**
 * The real `validate` CLI, spawned with this Node (24) as departments would run it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = 'test/standards/fixtures';
const tmp = mkdtempSync(path.join(tmpdir(), 'gds-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function validate(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/validate.ts', '--no-cache', ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).not.toMatch(/^\s+at /m); // never a stack trace
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A clean document (the shared GDS-conforming baseline) with one local-server warning added.
const warnOnly = path.join(tmp, 'warn-only', 'openapi.yaml');
mkdirSync(path.dirname(warnOnly), { recursive: true });
writeFileSync(warnOnly, readFileSync(path.join(repo, fixtures, 'baseline-3.0.yaml'), 'utf8').replace(/^servers:\n/m, 'servers:\n  - url: http://localhost:8080\n    description: Local development\n'));

describe('npm run validate', () => {
  it('prints root causes per document, errors first, each with its rule page and places, then summaries, and exits 1 on errors', () => {
    const r = validate(`${fixtures}/multi-file/entry`);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('test/standards/fixtures/multi-file/entry/openapi.yaml');
    expect(lines[1]).toBe('  error  gds-https-only  https://api-catalogue.example.gov.uk/standards/rules/gds-https-only/');
    expect(lines[2]).toBe(
      '    test/standards/fixtures/multi-file/entry/paths/pets.yaml:2:10  Path `/pets`: Server URL `http://legacy.pets.example.service.gov.uk/v1` uses http://; serve it over https://.',
    );
    // Errors first: no error line after the first warning line.
    const severities = lines.filter((l) => /^ {2}(error|warning) /.test(l)).map((l) => l.trim().split(' ')[0]);
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
    expect(r.stdout).toContain('`GET /pets` has no `security`, and the document has no root `security`');
    expect(r.stdout).toMatch(/exempt {2}gds-https-only .*\(exempt: The legacy token endpoint/);
    expect(r.stdout).toMatch(/=> level: none, score: \d+\/100, 4 errors, \d+ warnings, 1 exempt \(OpenAPI 3\.0\)/);
    expect(r.stdout).toMatch(/^1 document checked: .*1 none, 0 not assessable; /m);
  });

  it('lists the places of one root cause under it, with a count', () => {
    const doc = path.join(tmp, 'many', 'openapi.yaml');
    mkdirSync(path.dirname(doc), { recursive: true });
    const text = readFileSync(path.join(repo, fixtures, 'baseline-3.1.yaml'), 'utf8').replace(/^security:\n {2}- oauth2: \[vehicles:read\]\n/m, '');
    writeFileSync(doc, text);
    const r = validate(doc);
    expect(r.stdout).toMatch(/ {2}error {2}gds-security-defined {2}https:\/\/\S+\/standards\/rules\/gds-security-defined\/ {2}\(2 places\)\n {4}\S+openapi\.yaml:\d+:\d+ {2}2 operations \(`GET \/vehicles`, `GET \/vehicles\/\{registrationNumber\}`\) have no `security`.*\n {4}\S+openapi\.yaml:\d+:\d+ {2}GET \/vehicles\/\{registrationNumber\}: same cause\n/);
    expect(r.stdout).toMatch(/1 error, 0 warnings \(2 findings\)/);
  });

  it('writes JSON with level, score, findings (where, group, rule URL, places), exempt findings and not-assessable reasons', () => {
    const r = validate('--format', 'json', `${fixtures}/multi-file/entry`, `${fixtures}/hostile/malformed.yaml`);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { summary: { documents: number; notAssessable: number }; results: Record<string, unknown>[] };
    expect(out.summary).toMatchObject({ documents: 2, notAssessable: 1 });
    const [pets, broken] = out.results;
    expect(pets).toMatchObject({ assessable: true, specVersion: '3.0', level: 'none', score: expect.any(Number) });
    const findings = pets!.findings as { rule: string; severity: string }[];
    expect(findings[0]).toEqual({
      rule: 'gds-https-only',
      severity: 'error',
      message: 'Server URL `http://legacy.pets.example.service.gov.uk/v1` uses http://; serve it over https://.',
      where: 'Path `/pets`',
      group: expect.stringMatching(/^gds-https-only:/),
      url: 'https://api-catalogue.example.gov.uk/standards/rules/gds-https-only/',
      file: `${fixtures}/multi-file/entry/paths/pets.yaml`,
      pointer: '/servers/0/url',
      line: 2,
      column: 10,
    });
    expect(findings.map((f) => f.severity)).toEqual([...findings.map((f) => f.severity)].sort());
    expect(pets!.exempt).toContainEqual(expect.objectContaining({ rule: 'gds-https-only', reason: expect.stringMatching(/legacy token/), exemptedAt: '/oauth' }));
    expect(broken).toMatchObject({ assessable: false, code: 'yaml-syntax', reason: 'the YAML is not valid', problem: { line: 4, column: 16 } });
  });

  it('writes GitHub workflow annotations, errors first, each titled with its rule and place and linked to the rule page', () => {
    const r = validate('--format=github', `${fixtures}/multi-file/entry`, `${fixtures}/hostile/unsupported-version.yaml`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `::error file=${fixtures}/multi-file/entry/paths/pets.yaml,line=2,col=10,title=gds-https-only%3A Path \`/pets\`::Server URL \`http://legacy.pets.example.service.gov.uk/v1\` uses http://; serve it over https://. See https://api-catalogue.example.gov.uk/standards/rules/gds-https-only/`,
    );
    const kinds = r.stdout.split('\n').filter((l) => l.startsWith('::') && l.includes('multi-file')).map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds.indexOf('warning')).toBeGreaterThan(kinds.lastIndexOf('error'));
    expect(r.stdout).toMatch(/^::error file=test\/standards\/fixtures\/hostile\/unsupported-version\.yaml,line=1,col=10,title=not-assessable::Not assessable/m);
    expect(r.stdout).not.toMatch(/::\w+ .*legacy token/); // exempt findings are not annotated
  });

  it('exits 0 without errors, and 1 when below --min-level', () => {
    const ok = validate(warnOnly);
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toMatch(/localhost/);
    expect(validate('--min-level', 'gold', warnOnly).code).toBe(1);
    expect(validate('--min-level', 'baseline', warnOnly).code).toBe(0);
  });

  it('checks the documents a catalogue entry folder lists', () => {
    const entry = path.join(tmp, 'entries', 'pets-api');
    mkdirSync(entry, { recursive: true });
    copyFileSync(warnOnly, path.join(entry, 'pets.yaml'));
    writeFileSync(path.join(entry, 'entry.yaml'), 'id: pets-api\nspecs:\n  - file: pets.yaml\n');
    writeFileSync(path.join(entry, 'ignored.yaml'), 'openapi: 3.3.0\n'); // not listed, so not checked
    const r = validate('--format', 'json', path.join(tmp, 'entries'));
    const out = JSON.parse(r.stdout) as { results: { file: string }[] };
    expect(out.results.map((x) => path.basename(x.file))).toEqual(['pets.yaml']);
  });

  it('finds documents in plain folders by their openapi or swagger field', () => {
    const r = validate('--format', 'json', `${fixtures}/hostile`);
    const files = (JSON.parse(r.stdout) as { results: { file: string }[] }).results.map((x) => path.basename(x.file)).sort();
    expect(files).toEqual(['alias-bomb.yaml', 'malformed.yaml', 'openapi.yaml', 'remote-ref.yaml', 'unsupported-version.yaml']);
  });

  it('exits 2 with usage for an unknown option, a bad value or a missing path', () => {
    for (const args of [['--frobnicate'], ['--format', 'xml', fixtures], ['--min-level', 'platinum', fixtures], ['no/such/path.yaml']]) {
      const r = validate(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Usage: npm run validate/);
    }
  });
});
