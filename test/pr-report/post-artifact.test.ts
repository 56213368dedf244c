/**
 * `--post --from <report.json>`: what the comment workflow runs. The artifact was written by the
 * pull request's own code, so it is read as untrusted data: bounded, checked against the schema,
 * its verdict worked out again, and its pull request number checked against the run's commit.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER, runPrReport } from '../../src/pr-report/cli.ts';
import { renderMarkdown } from '../../src/pr-report/markdown.ts';
import { GITHUB_BOT, startFakeGitHub, type FakeGitHub } from '../support/fake-github.ts';
import { entry, HEAD_SHA, report } from './sample.ts';

const TOKEN = 'ghs_ArtifactTestToken0123456789abcdefABCD';
const REPO = 'co-cddo/gov-api-catalogue';
let gh: FakeGitHub;
let dir: string;

beforeEach(async () => {
  gh = await startFakeGitHub({ tokens: { [TOKEN]: { user: GITHUB_BOT, integration: true } } });
  gh.addPull(REPO, 5, { headSha: HEAD_SHA });
  gh.addPull(REPO, 6, { headSha: '3'.repeat(40) });
  dir = mkdtempSync(path.join(tmpdir(), 'artifact-'));
});
afterEach(async () => {
  await gh.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function post(file: string, ...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runPrReport(['--post', '--from', file, ...args], {
    cwd: dir,
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_TOKEN: TOKEN },
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
  });
  expect(out).not.toContain(TOKEN);
  return { code, out };
}
function artifact(data: unknown, name = 'report.json'): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data));
  return file;
}
const comments = (n = 5) => gh.repo(REPO).comments.get(n)!;

describe('posting a report artifact', () => {
  it('renders the comment itself from the facts, with the verdict worked out again', async () => {
    const facts = report([entry('old-api', { change: 'removed' })]);
    const file = artifact({ ...facts, failures: [] });
    expect(await post(file, '--pr', '5')).toMatchObject({ code: 0 });
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toBe(`${COMMENT_MARKER}\n${renderMarkdown(facts)}`);
    expect(comments()[0]!.body).toContain('### ❌ API catalogue check: 1 thing to fix');
  });

  it('takes the number from the report for a fork, only with the run’s head commit, and checks it', async () => {
    const file = artifact(report([entry('a-api')]));
    expect(await post(file, '--pr', '')).toEqual({ code: 2, out: 'pr-report: give --expect-head-sha when the pull request number comes from the report, so that it is checked against the commit\n' });
    const stale = await post(file, '--pr', '', '--expect-head-sha', '4'.repeat(40));
    expect(stale.code).toBe(0);
    expect(stale.out).toBe(`pr-report: pull request #5 of ${REPO} is at commit ${HEAD_SHA}, not ${'4'.repeat(40)}: the report is for another commit (or another pull request), so it was not posted\n`);
    expect(comments()).toEqual([]);
    expect((await post(file, '--pr', '', '--expect-head-sha', HEAD_SHA)).code).toBe(0);
    expect(comments()).toHaveLength(1);
  });

  it('refuses a report that names another pull request than the event', async () => {
    const file = artifact(report([entry('a-api')]));
    expect(await post(file, '--pr', '6')).toEqual({ code: 2, out: 'pr-report: the report is for pull request #5, not #6: it was not posted\n' });
    expect(comments(6)).toEqual([]);
  });

  it.each([
    ['not JSON', () => artifact('{"schema": '), /: not JSON \(/],
    ['another kind of file', () => artifact({ schema: 'something-else', run: 'curl evil' }), /: not a pull-request report of this version \(its "schema" is "something-else", expected "gov-api-catalogue\/pr-report@1"\)$/],
    ['a report of the wrong shape', () => artifact({ ...report([]), entries: [{ id: 'x'.repeat(500) }] }), /: not a valid pull-request report:\n {2}\/entries\/0\/id: Too big/],
    ['an extra field', () => artifact({ ...report([]), markdown: '<script>' }), /: not a valid pull-request report:\n {2}\/: Unrecognized key: "markdown"/],
    ['a file too large', () => artifact(`{"schema":"gov-api-catalogue/pr-report@1","pad":"${'x'.repeat(5 * 1024 * 1024)}"}`), /report\.json: is 5 MB, over the 5 MB limit for a pull-request report \(post the report the check workflow wrote with `npm run pr-report -- --output <file>`: a real one is far smaller\)$/],
    [
      'a symbolic link',
      () => {
        const link = path.join(dir, 'link.json');
        symlinkSync(artifact(report([])), link);
        return link;
      },
      /link\.json: is a symbolic link to .*report\.json.*, and never follows links \(a report is a JSON file: give the file itself\)$/,
    ],
    ['a file that is not UTF-8', () => artifact(Buffer.from('{"schema":"\xff"}', 'latin1')), /report\.json:1:12: is not UTF-8: byte 0xFF here cannot be read as UTF-8 text/],
    ['a folder', () => path.join(dir), /: is a folder, where a file was expected \(a report is a JSON file: give the file itself\)$/],
    ['a missing file', () => path.join(dir, 'missing.json'), /missing\.json: does not exist \(was the report artifact uploaded by the check workflow\?\)$/],
  ])('refuses %s, posting nothing', async (_what, make, message) => {
    const { code, out } = await post(make(), '--pr', '5');
    expect(code).toBe(2);
    expect(out.trim()).toMatch(message);
    expect(gh.requests).toEqual([]);
  });

  it('says what is missing from the environment', async () => {
    const file = artifact(report([]));
    let out = '';
    const code = await runPrReport(['--post', '--from', file, '--pr', '5'], { cwd: dir, env: { GITHUB_REPOSITORY: REPO }, stdout: () => {}, stderr: (t) => (out += t) });
    expect({ code, out }).toEqual({ code: 2, out: 'pr-report: GITHUB_TOKEN is not set (in a workflow, add `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}` to the step; locally, a token that may comment on pull requests)\n' });
  });
});

describe('usage', () => {
  it.each([
    [['--from', 'x.json'], '--from is only for --post'],
    [['--pr', 'abc'], '--pr must be a pull request number, not "abc"'],
    [['--format', 'html'], '--format must be markdown or json, not "html"'],
    [['--expect-head-sha', 'abc', '--post'], '--expect-head-sha must be a full commit id, not "abc"'],
    [['--bogus'], 'unknown option "--bogus"'],
  ])('%j', async (args, message) => {
    let out = '';
    const code = await runPrReport(args, { stdout: () => {}, stderr: (t) => (out += t) });
    expect(code).toBe(2);
    expect(out.split('\n')[0]).toBe(`pr-report: ${message}`);
    expect(out).toContain('Usage: npm run pr-report');
  });
});
