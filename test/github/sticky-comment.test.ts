import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitHubTargetFromEnv, type GitHubTarget } from '../../src/github/env.ts';
import { upsertStickyComment, type StickyCommentRequest } from '../../src/github/sticky-comment.ts';
import { GITHUB_BOT, startFakeGitHub, type FakeGitHub, type FakeUser } from '../support/fake-github.ts';

const TOKEN = 'ghs_FakeInstallationToken0123456789abcdef';
const PAT = 'ghp_FakePersonalToken0123456789abcdefghij';
const BOT: FakeUser = { login: 'catalogue-bot', id: 7, type: 'User' };
const SOMEONE: FakeUser = { login: 'someone', id: 8, type: 'User' };
const MARKER = '<!-- gov-api-catalogue:pr-report -->';
const REPO = 'co-cddo/api-catalogue';

let gh: FakeGitHub;
let notices: string[];
beforeEach(async () => {
  gh = await startFakeGitHub({ tokens: { [TOKEN]: { user: GITHUB_BOT, integration: true }, [PAT]: { user: BOT } } });
  gh.addPull(REPO, 12, { headSha: 'b'.repeat(40) });
  notices = [];
});
afterEach(async () => {
  await gh.stop();
});

function target(token = TOKEN, url = gh.url): GitHubTarget {
  return gitHubTargetFromEnv({ GITHUB_API_URL: url, GITHUB_REPOSITORY: REPO, GITHUB_TOKEN: token });
}
function post(body: string, extra: Partial<StickyCommentRequest> = {}, token = TOKEN) {
  return upsertStickyComment(target(token), { issue: 12, marker: MARKER, body, ...extra }, { notice: (t) => notices.push(t), msPerSecond: 50 });
}
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a failure');
}
const comments = (issue = 12) => gh.repo(REPO).comments.get(issue) ?? [];

describe('upsertStickyComment', () => {
  it('creates one comment, then updates that same comment, paging through a long thread', async () => {
    for (let i = 0; i < 250; i++) gh.addComment(REPO, 12, SOMEONE, `comment ${i}`);
    gh.addComment(REPO, 12, SOMEONE, `${MARKER}\nsomeone else's comment with our marker`);
    const first = await post('report one');
    expect(first.action).toBe('created');
    expect(first.author).toBe('github-actions[bot]');
    expect(gh.log()).toEqual([
      'GET /user',
      'GET /repos/co-cddo/api-catalogue/issues/12/comments?per_page=100',
      'GET /repos/co-cddo/api-catalogue/issues/12/comments?per_page=100&page=2',
      'GET /repos/co-cddo/api-catalogue/issues/12/comments?per_page=100&page=3',
      'POST /repos/co-cddo/api-catalogue/issues/12/comments',
    ]);
    gh.requests.length = 0;
    for (let i = 0; i < 10; i++) gh.addComment(REPO, 12, SOMEONE, `later ${i}`);

    const second = await post('report two');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(gh.log().at(-1)).toBe(`PATCH /repos/co-cddo/api-catalogue/issues/comments/${first.id}`);
    const ours = comments().filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours.map((c) => c.body)).toEqual([`${MARKER}\nreport two`]);
    expect(comments()).toHaveLength(262);
    expect(comments().find((c) => c.user.login === 'someone' && c.body.startsWith(MARKER))?.body).toContain("someone else's");
  });

  it('uses the login of a personal token, and works under a GitHub Enterprise base path', async () => {
    await gh.stop();
    gh = await startFakeGitHub({ basePath: '/api/v3', tokens: { [PAT]: { user: BOT } } });
    gh.addPull(REPO, 12);
    gh.addComment(REPO, 12, GITHUB_BOT, `${MARKER}\nwritten by the Actions bot earlier`);
    const result = await post('hello', {}, PAT);
    expect(result).toMatchObject({ action: 'created', author: 'catalogue-bot' });
    expect(gh.requests.every((r) => r.headers['user-agent']?.startsWith('gov-api-catalogue-tools'))).toBe(true);
    expect(gh.requests[0]?.headers.authorization).toBe(`token ${PAT}`);
    expect(comments().map((c) => c.user.login)).toEqual(['github-actions[bot]', 'catalogue-bot']);
  });

  it('checks the pull request head before posting when asked', async () => {
    expect(await failure(post('x', { expectHeadSha: 'c'.repeat(40) }))).toBe(
      `pull request #12 of ${REPO} is at commit ${'b'.repeat(40)}, not ${'c'.repeat(40)}: the report is for another commit (or another pull request), so it was not posted`,
    );
    expect(comments()).toEqual([]);
    expect((await post('x', { expectHeadSha: 'b'.repeat(40) })).action).toBe('created');
  });
});

describe('GitHub errors', () => {
  it('401: a bad token', async () => {
    expect(await failure(post('x', {}, 'ghp_WrongToken0123456789abcdefghijklm'))).toBe(
      'GitHub refused the token (401: "Bad credentials") when asked to find the login of GITHUB_TOKEN (GET /user). GITHUB_TOKEN is missing, expired or revoked: in a workflow pass `secrets.GITHUB_TOKEN`; locally, create a new token.',
    );
  });

  it('403: a read-only token', async () => {
    gh.fault({ method: 'POST', status: 403, body: { message: 'Resource not accessible by integration' } });
    expect(await failure(post('x'))).toBe(
      `GitHub denied access (403: "Resource not accessible by integration") when asked to comment on pull request #12 of ${REPO}. The token needs permission to write pull-request comments in ${REPO}: give the workflow \`permissions: pull-requests: write\` (a pull_request run from a fork only ever gets a read-only token).`,
    );
  });

  it('404: an unknown pull request', async () => {
    expect(await failure(upsertStickyComment(target(), { issue: 99, marker: MARKER, body: 'x' }))).toBe(
      `GitHub found nothing (404: "Not Found") when asked to list the comments on pull request #99 of ${REPO}. Check GITHUB_REPOSITORY ("${REPO}") and the pull request number; for a private repository the token must have access to it (GitHub answers 404 rather than 403).`,
    );
  });

  it('422: a rejected comment, with GitHub’s reason', async () => {
    gh.fault({ method: 'POST', status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] } });
    expect(await failure(post('x'))).toBe(
      `GitHub rejected the request (422: "Validation Failed: body is too long (maximum is 65536 characters)") to comment on pull request #12 of ${REPO}.`,
    );
  });

  it('refuses a body over GitHub’s limit before sending anything', async () => {
    expect(await failure(post('x'.repeat(65_536)))).toBe("the comment is 65573 characters, over GitHub's limit of 65536; shorten it before posting");
    expect(gh.requests).toEqual([]);
  });

  it('primary rate limit: waits until x-ratelimit-reset and tries again', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    gh.fault({ method: 'GET', path: /comments$/, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded for installation ID 1.' } });
    expect((await post('x')).action).toBe('created');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^GitHub's rate limit for this token was reached; waiting [1-3] s, then sending the GET request again\.$/);
    expect(gh.log().filter((l) => l.includes('/comments?'))).toHaveLength(2);
  });

  it('primary rate limit: says until when, when the reset is too far away', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    gh.fault({ method: 'GET', path: /^\/user$/, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for user ID 7.' } });
    const message = await failure(post('x'));
    expect(message).toBe(
      `GitHub's API rate limit for this token is used up until ${new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')} (in 60 min), so it could not find the login of GITHUB_TOKEN (GET /user). Run the job again after that time.`,
    );
    expect(gh.requests).toHaveLength(1);
  });

  it('secondary rate limit: honours retry-after', async () => {
    gh.fault({ method: 'POST', status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } });
    expect((await post('x')).action).toBe('created');
    expect(notices).toEqual([
      `GitHub's secondary rate limit (too many requests in a short time) was reached; waiting 1 s, then sending the POST request again.`,
    ]);
    expect(comments()).toHaveLength(1);
  });

  it('secondary rate limit (429): stops when the wait is too long', async () => {
    gh.fault({ method: 'POST', status: 429, headers: { 'retry-after': '600' }, body: { message: 'You have exceeded a secondary rate limit.' } });
    expect(await failure(post('x'))).toBe(
      `GitHub's secondary rate limit stopped the request to comment on pull request #12 of ${REPO} (too many requests in a short time; it asks to wait 600 s). Nothing more was sent: run the job again later.`,
    );
    expect(comments()).toEqual([]);
  });

  it('server errors are retried', async () => {
    gh.fault({ method: 'GET', path: /^\/user$/, status: 502, body: { message: 'Server Error' } });
    expect((await post('x')).action).toBe('created');
    expect(gh.log().slice(0, 2)).toEqual(['GET /user', 'GET /user']);
  });

  it('never shows the token, even when the server echoes it back', async () => {
    const messages: string[] = [];
    gh.fault({ method: 'GET', path: /^\/user$/, status: 401, body: { message: `Bad credentials for token ${TOKEN}` } });
    messages.push(await failure(post('x')));
    gh.fault({ method: 'POST', status: 422, body: { message: `token ${TOKEN} cannot`, errors: [{ message: `really ${TOKEN}` }] } });
    messages.push(await failure(post('x')));
    const custom = 'secret-value-without-a-known-shape';
    gh.tokens[custom] = { user: BOT };
    gh.fault({ method: 'GET', status: 404, body: { message: `no ${custom} here` } });
    messages.push(await failure(post('x', {}, custom)));
    const all = [...messages, ...notices].join('\n');
    expect(all).toContain('***');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(custom);
  });
});

describe('gitHubTargetFromEnv', () => {
  const env = { GITHUB_API_URL: 'https://github.example.gov.uk/api/v3/', GITHUB_REPOSITORY: 'o/r', GITHUB_TOKEN: 't0ken' };
  it('reads what GitHub Actions sets, for github.com and GitHub Enterprise Server', () => {
    expect(gitHubTargetFromEnv(env)).toEqual({ apiUrl: 'https://github.example.gov.uk/api/v3', owner: 'o', repo: 'r', token: 't0ken' });
    expect(gitHubTargetFromEnv({ ...env, GITHUB_API_URL: '' }).apiUrl).toBe('https://api.github.com');
  });
  it.each([
    [{ GITHUB_TOKEN: '' }, 'GITHUB_TOKEN is not set (in a workflow, add `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}` to the step; locally, a token that may comment on pull requests)'],
    [{ GITHUB_REPOSITORY: 'just-a-name' }, 'GITHUB_REPOSITORY must be "owner/name", such as "co-cddo/api-catalogue", not "just-a-name"'],
    [{ GITHUB_REPOSITORY: undefined }, 'GITHUB_REPOSITORY must be "owner/name", such as "co-cddo/api-catalogue" (it is not set)'],
    [{ GITHUB_API_URL: 'http://github.example.gov.uk/api/v3' }, 'GITHUB_API_URL must use https:// so the token is never sent in clear (plain http is accepted only for 127.0.0.1 and localhost)'],
    [{ GITHUB_API_URL: 'not a url' }, 'GITHUB_API_URL "not a url" is not a URL (use https://api.github.com, or https://<your host>/api/v3 for GitHub Enterprise Server)'],
  ])('%j', (change, message) => {
    expect(() => gitHubTargetFromEnv({ ...env, ...change })).toThrow(message);
  });
});
