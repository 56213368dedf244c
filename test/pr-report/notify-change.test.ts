/**
 * The "done when": in a temporary repository made from this repository's catalogue, one
 * commit removes `/v2/notifications/sms` from the GOV.UK Notify API's document and adds an entry.
 * The report calls the removal breaking, names the new entry and fails; `--post` twice against the
 * GitHub-like server on loopback creates one comment and then updates it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPrReport } from '../../src/pr-report/cli.ts';
import { prReport, type PrReport } from '../../src/pr-report/model.ts';
import { GITHUB_BOT, startFakeGitHub, type FakeGitHub } from '../support/fake-github.ts';
import { makeTestRepo, replaceOnce, type TestRepo } from '../support/git-repo.ts';

const TOKEN = 'ghs_NotifyTestToken0123456789abcdefABCDEF';
const REPO = 'co-cddo/gov-api-catalogue';
const NOTIFY = 'catalogue/entries/govuk-notify-api/openapi.yaml';
const NEW = 'catalogue/entries/vehicle-keepers-api';

/** Removes one path item (and everything under it) from a YAML OpenAPI document. */
function removePath(text: string, p: string): string {
  const start = text.indexOf(`\n  ${p}:\n`);
  if (start < 0) throw new Error(`no path ${p}`);
  const next = text.slice(start + 1).search(/\n {0,2}\S/);
  return text.slice(0, start) + text.slice(start + 1 + next);
}

const newEntry = `id: vehicle-keepers-api
name: Vehicle Keepers API
summary: Find out who keeps a vehicle registered in Great Britain, for services with a lawful reason to ask.
description: |
  Returns the registered keeper of a vehicle from its registration number, for parking and
  enforcement services that have an agreement with the agency.
kind: api
organisation: driver-and-vehicle-licensing-agency
status: beta
dates:
  added: 2026-11-30
  lastReviewed: 2026-11-30
documentationUrl: https://developer-portal.driver-vehicle-licensing.api.gov.uk/apis/vehicle-keepers
access:
  level: government-only
  howToGetAccess: Apply for a data-sharing agreement with the agency, then register for an API key.
contact:
  name: Vehicle keeper enquiries team
  url: https://www.gov.uk/contact-the-dvla
topics: [transport]
specs:
  - file: openapi.yaml
`;

let repo: TestRepo;
let gh: FakeGitHub;
let base: string;
let head: string;
const runs: { code: number; stdout: string; stderr: string; report: PrReport }[] = [];

beforeAll(async () => {
  // A fixed folder per checkout, so that the assessment cache makes later runs fast.
  const dir = path.join(tmpdir(), `gov-api-catalogue-notify-change-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}`);
  repo = makeTestRepo({}, { catalogue: path.resolve('catalogue') }, { dir });
  base = repo.commit('the catalogue as it is');
  head = repo.commit('Remove sending text messages from Notify; add the Vehicle Keepers API', {
    [NOTIFY]: (t) => removePath(t, '/v2/notifications/sms'),
    [`${NEW}/entry.yaml`]: newEntry,
    [`${NEW}/openapi.yaml`]: replaceOnce(/Vehicle Records API/g, 'Vehicle Keepers API')(readFileSync('test/standards/fixtures/baseline-3.1.yaml', 'utf8')),
  });
  gh = await startFakeGitHub({ tokens: { [TOKEN]: { user: GITHUB_BOT, integration: true } } });
  gh.addPull(REPO, 7);
  const env = { ...process.env, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_TOKEN: TOKEN };
  for (let i = 0; i < 2; i++) {
    let stdout = '';
    let stderr = '';
    const code = await runPrReport(['--base', base, '--head', head, '--post', '--pr', '7', '--output', 'report.json'], {
      cwd: repo.dir,
      env,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    runs.push({ code, stdout, stderr, report: prReport.parse(JSON.parse(readFileSync(path.join(repo.dir, 'report.json'), 'utf8'))) });
  }
}, 300_000);

afterAll(async () => {
  await gh?.stop();
  repo?.remove();
});

describe('removing /v2/notifications/sms from Notify and adding an entry, in one commit', () => {
  it('calls the removal breaking, names the new entry, and exits non-zero', () => {
    const { code, stdout, report } = runs[0]!;
    expect(code).toBe(1);
    const notify = report.entries.find((e) => e.id === 'govuk-notify-api')!;
    expect(notify).toMatchObject({ change: 'changed', status: { before: 'live', after: 'live' } });
    const breaking = notify.documents[0]!.changes.items.filter((c) => c.breaking);
    expect(breaking.map((c) => c.kind)).toEqual(['path-removed']);
    expect(breaking[0]?.message).toContain('`/v2/notifications/sms`');
    expect(report.failures.filter((f) => f.code === 'breaking-change').map((f) => [f.entry, f.file])).toEqual([['govuk-notify-api', NOTIFY]]);
    expect(report.entries.filter((e) => e.change === 'added').map((e) => [e.id, e.name])).toEqual([['vehicle-keepers-api', 'Vehicle Keepers API']]);
    expect(report.entries.map((e) => e.id)).toEqual(['govuk-notify-api', 'vehicle-keepers-api']);

    expect(stdout).toMatch(/^### ❌ API catalogue check: \d+ things? to fix/);
    expect(stdout).toContain('**Breaking change** in `govuk-notify-api`');
    expect(stdout).toContain('Removed the path `/v2/notifications/sms`');
    expect(stdout).toContain('| `vehicle-keepers-api`<br>Vehicle Keepers API | added |');
  });

  it('posts one comment, then updates that same comment', () => {
    const comments = gh.repo(REPO).comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- gov-api-catalogue:pr-report -->\n### ❌ API catalogue check')).toBe(true);
    expect(runs[0]!.stderr).toMatch(/pr-report: created the comment on pull request #7: https:\/\/github\.example\/co-cddo\/gov-api-catalogue\/pull\/7#issuecomment-\d+\n$/);
    expect(runs[1]!.stderr).toMatch(/pr-report: updated the comment on pull request #7: /);
    expect(gh.log().filter((l) => !l.startsWith('GET'))).toEqual(['POST /repos/co-cddo/gov-api-catalogue/issues/7/comments', `PATCH /repos/co-cddo/gov-api-catalogue/issues/comments/${comments[0]!.id}`]);
    expect(runs[1]!.code).toBe(1);
  });

  it('never prints the token', () => {
    for (const r of runs) expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });
});
