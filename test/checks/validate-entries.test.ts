/**
 * `npm run validate` on catalogue entries goes through the one check path, so it gives the build's
 * verdict: the same errors, for entry.yaml and entry.mdx entries alike, expired waivers and entries
 * below the minimum level included. The CLI and the build run as departments run them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblemLine } from '../../src/problems/problem.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { catalogueWith, fixtureText, replace } from './fixture.ts';

const out = mkdtempSync(path.join(tmpdir(), 'validate-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  expect(r.stderr).not.toMatch(/^\s+at /m);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const validate = (...args: string[]) => run('scripts/validate.ts', '--no-cache', ...args);

/** An entry.yaml turned into entry.mdx: the same fields as frontmatter, and a guide below. */
const asMdx = (yaml: string): string => `---\n${yaml}---\n\n## Getting started\n\nAsk the team for an account, then call the API with your token.\n`;

/** The minimal catalogue with both vat entries as entry.mdx, and an OpenAPI-looking draft beside vat-api that it does not name. */
function mdxCatalogue(vatApiYaml = fixtureText('entries/vat-api/entry.yaml')): string {
  return catalogueWith({
    'entries/vat-api/entry.yaml': null,
    'entries/vat-api/entry.mdx': asMdx(vatApiYaml),
    'entries/vat-api/draft.yaml': 'openapi: 3.0.3\ninfo: {}\npaths: {}\n',
    'entries/vat-component/entry.yaml': null,
    'entries/vat-component/entry.mdx': asMdx(fixtureText('entries/vat-component/entry.yaml')),
  });
}

describe('npm run validate on entry.mdx entries', () => {
  it('passes a good entry exactly when the build passes it, and assesses only the documents the entry names', async () => {
    const dir = mdxCatalogue();
    const r = validate('--format', 'json', path.join(dir, 'entries/vat-api'));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { results: { file: string }[]; inputProblems: unknown[] };
    expect(report.results.map((x) => path.basename(x.file))).toEqual(['openapi.yaml', 'openapi-v2.yaml']);
    expect(report.inputProblems).toEqual([]);
    const human = validate(path.join(dir, 'entries/vat-api', 'entry.mdx'));
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^ {2}vat-api {2}passes {2}level baseline, score \d+\/100$/m);
    expect(human.stdout).toMatch(/^1 entry checked: 1 passes, 0 fail\.$/m);
    // The build's pipeline on the same catalogue passes too.
    await expect(runPipeline({ catalogueDir: dir, assess: { cache: false } })).resolves.toMatchObject({ counts: { entries: 3 } });
  });

  it('fails an entry below the minimum level and one whose waiver has expired with the build\'s own problem lines', () => {
    const waiver = 'conformanceWaiver:\n  reason: The VAT API gateway cannot publish its server address yet.\n  until: 2026-01-31\n';
    const dir = mdxCatalogue(`${fixtureText('entries/vat-api/entry.yaml')}${waiver}`);
    replaceIn(dir, 'entries/vat-api/openapi.yaml', /servers:\n  - url: .*\n/, '');
    replaceIn(dir, 'entries/old-vat-api/entry.yaml', /status: retired/, 'status: deprecated');

    const api = validate('--format', 'json', path.join(dir, 'entries/vat-api'));
    const old = validate('--format', 'json', path.join(dir, 'entries/old-vat-api'));
    const component = validate(path.join(dir, 'entries/vat-component'));
    expect([api.code, old.code, component.code]).toEqual([1, 1, 0]);
    const problems = (r: { stdout: string }) => (JSON.parse(r.stdout) as { inputProblems: Parameters<typeof formatProblemLine>[0][] }).inputProblems.map(formatProblemLine);
    const validateLines = [...problems(api), ...problems(old)];
    expect(validateLines.map((l) => l.replace(`${dir}/`, ''))).toEqual([
      'entries/vat-api/entry.mdx:30:10: conformanceWaiver ended on 2026-01-31, and "openapi.yaml" is below the catalogue\'s minimum level "baseline" (level "none") (fix the errors that `npm run validate -- ' + path.join(dir, 'entries/vat-api') + '` lists, or renew the waiver: set a later until date and say in reason why it is still needed)',
      expect.stringMatching(/^entries\/old-vat-api\/entry\.yaml:22:11: "openapi\.yaml" reaches level "none" \(score \d+\/100\), below the catalogue's minimum level "baseline" \(fix the errors that `npm run validate -- .*entries\/old-vat-api` lists, or add a public conformanceWaiver with a reason and an until date\)$/),
    ]);

    const build = run('scripts/build.ts', '--catalogue', dir, '--out', path.join(out, 'dist'));
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('The catalogue has 2 problems; nothing was built.');
    const buildLines = build.stderr.split('\n').filter((l) => l.startsWith(dir));
    expect(buildLines).toEqual([...validateLines].sort());
  });

  it('checks the whole catalogue with no paths, and refuses entries of two catalogues at once', () => {
    const whole = validate();
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.stdout).toMatch(/^(\d+) entries checked: \1 pass, 0 fail\.$/m);
    expect(whole.stdout).toMatch(/^ {2}os-places-api +passes {2}level none, score \d+\/100; below the minimum "baseline", waived until 2027-05-31$/m);
    const two = validate(path.join(catalogueWith(), 'entries/vat-api'), 'catalogue/entries/govuk-notify-api');
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/^validate: catalogue\/entries\/govuk-notify-api is in another catalogue \(.*\) than the paths before it \(.*\): check one catalogue at a time$/m);
  });
});

function replaceIn(dir: string, file: string, from: RegExp, to: string): void {
  const abs = path.join(dir, file);
  writeFileSync(abs, replace(from, to)(readFileSync(abs, 'utf8')) as string);
}
