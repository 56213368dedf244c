import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.ts';
import { sha256 } from '../../src/files/hash.ts';
import { runSyncCommand } from '../../src/sync/cli.ts';
import { runSync, type SyncOptions } from '../../src/sync/index.ts';
import { limitedFetch } from '../../src/sync/limited-fetch.ts';
import { syncLines } from '../../src/sync/report.ts';
import { readEtags } from '../../src/sync/state.ts';
import { append, catalogueWith, replace } from '../checks/fixture.ts';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.ts';
import { LoopbackHttps } from '../support/https-server.ts';

const TOKEN = 'ghs_synctoken';
const MAX = 64 * 1024;

const openapi = (title: string, version: string) => `openapi: 3.0.3\ninfo:\n  title: ${title}\n  version: "${version}"\npaths: {}\n`;

/** An API entry like the fixture's vat-api, with its own id, URLs and document. */
function entryYaml(id: string, upstream: string): string {
  return `id: ${id}
name: ${id.replace(/-/g, ' ')}
summary: An API the sync tests fetch a document for.
description: Used by the sync tests.
kind: api
organisation: hm-revenue-customs
status: live
dates:
  added: 2026-11-23
  lastReviewed: 2026-11-23
documentationUrl: https://developer.service.hmrc.gov.uk/${id}
endpoints:
  - environment: production
    url: https://api.service.hmrc.gov.uk/${id}
access:
  level: open
  howToGetAccess: Call it.
contact:
  name: SDST
  email: sdst@hmrc.gov.uk
specs:
  - file: openapi.yaml
    upstream:
${upstream}
`;
}

let github: FakeGitHub;
let dept: LoopbackHttps;
const feed: { body: string; requests: (string | undefined)[] } = { body: '', requests: [] };

beforeEach(async () => {
  github = await startFakeGitHub({ tokens: { [TOKEN]: { user: { login: 'sync-bot', id: 7, type: 'Bot' }, integration: true } }, rateLimitRemaining: 4990 });
  dept = await new LoopbackHttps()
    .on('/openapi.json', (req, res) => {
      const body = JSON.stringify({ openapi: '3.1.0', info: { title: 'Department API', version: '2.0.0' }, paths: {} });
      if (req.headers['if-none-match'] === '"d2"') {
        res.writeHead(304, { etag: '"d2"' });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json', etag: '"d2"' });
        res.end(body);
      }
    })
    .on('/apis', (req, res) => {
      feed.requests.push(req.headers['if-none-match']);
      if (req.headers['if-none-match'] === '"f1"') {
        res.writeHead(304, { etag: '"f1"' });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/vnd.uk.gov.api.v1alpha+json', etag: '"f1"' });
        res.end(feed.body);
      }
    })
    .start();
  feed.requests = [];
  feed.body = JSON.stringify({
    'api-version': 'api.gov.uk/v1alpha',
    apis: [
      { 'api-version': 'api.gov.uk/v1alpha', data: { name: 'VAT API', description: 'Lets software submit VAT returns and read obligations.\n\nUpdated by HMRC.', url: 'https://api.service.hmrc.gov.uk', contact: 'SDSTeam@hmrc.gov.uk', organisation: 'HM Revenue and Customs', 'documentation-url': 'https://developer.service.hmrc.gov.uk/api-documentation/vat' } },
      { 'api-version': 'api.gov.uk/v1alpha', data: { name: 'Bank Wizard', description: 'Checks bank details.', url: 'https://api.hmrc.gov.uk/bank', contact: 'bank@hmrc.gov.uk', organisation: 'HM Revenue and Customs', 'documentation-url': 'https://bank-docs.hmrc.gov.uk' } },
      { 'api-version': 'api.gov.uk/v1alpha', data: { name: 'Broken', url: 'http://plain' } },
    ],
  });
  github.addFile('hmrc/vat-api', 'docs/openapi.yaml', openapi('VAT API', '1.1.0'));
  github.addFile('hmrc/vat-api', 'docs/v2.yaml', readFileSync('test/fixtures/catalogue-minimal/entries/vat-api/openapi-v2.yaml'));
  github.addFile('hmrc/big', 'openapi.yaml', `${openapi('Big API', '1.0.0')}x-padding: "${'a'.repeat(MAX)}"\n`);
  github.addFile('hmrc/notes', 'README.md', '# Notes\n\nNot an OpenAPI document.\n');
});

afterEach(async () => {
  await github.stop();
  await dept.stop();
});

function syncCatalogue(): string {
  const gh = (repository: string, p: string, ref?: string) => `      repository: ${repository}\n      path: ${p}${ref ? `\n      ref: ${ref}` : ''}`;
  return catalogueWith({
    'entries/vat-api/entry.yaml': replace('  - file: openapi.yaml\n  - file: openapi-v2.yaml', `  - file: openapi.yaml\n    upstream:\n${gh('hmrc/vat-api', 'docs/openapi.yaml', 'main')}\n  - file: openapi-v2.yaml\n    upstream:\n${gh('hmrc/vat-api', 'docs/v2.yaml')}`),
    'entries/old-vat-api/entry.yaml': replace(/specs:\n  - file: openapi.yaml\n/, `specs:\n  - file: openapi.yaml\n    upstream:\n${gh('hmrc/missing', 'openapi.yaml')}\n`),
    'entries/big-api/entry.yaml': entryYaml('big-api', gh('hmrc/big', 'openapi.yaml')),
    'entries/big-api/openapi.yaml': openapi('Big API', '0.9.0'),
    'entries/notes-api/entry.yaml': entryYaml('notes-api', gh('hmrc/notes', 'README.md')),
    'entries/notes-api/openapi.yaml': openapi('Notes API', '1.0.0'),
    'entries/dept-api/entry.yaml': entryYaml('dept-api', `      url: ${dept.origin}/openapi.json`),
    'entries/dept-api/openapi.yaml': openapi('Department API', '1.0.0'),
    'organisations/hm-revenue-customs.yaml': append(`metadataUrl: ${dept.origin}/apis\n`),
  });
}

function options(dir: string): SyncOptions {
  const client = createGitHubClient({ apiUrl: github.url, owner: '', repo: '', token: TOKEN }, { fetch: limitedFetch(MAX), msPerSecond: 1 });
  return { catalogueDir: dir, github: { client, apiUrl: github.url }, etagsFile: path.join(dir, '..', 'etags.json'), maxBytes: MAX, ca: dept.ca };
}

const NOW = () => Date.parse('2026-11-30T10:00:00Z');

describe('npm run sync against a GitHub-like server and a department on 127.0.0.1', () => {
  it('writes changed documents, leaves the rest, reports each failure and keeps the last good copy', async () => {
    const dir = syncCatalogue();
    const before = (f: string) => readFileSync(path.join(dir, 'entries', f), 'utf8');
    const bigBefore = before('big-api/openapi.yaml');
    const notesBefore = before('notes-api/openapi.yaml');
    const report = await runSync(options(dir));
    const lines = syncLines({ ...report, rate: undefined }).map((l) => l.split(dir).join('<catalogue>').replace(dept.origin, 'https://dept'));
    expect(lines).toEqual([
      expect.stringMatching(/^failed {5}big-api: .*big-api\/openapi\.yaml from github:hmrc\/big\/openapi\.yaml: too large: hmrc\/big\/openapi\.yaml is over the sync's limit; the committed copy is kept$/),
      expect.stringMatching(/^changed {4}dept-api: .*dept-api\/openapi\.yaml from https:\/\/dept\/openapi\.json: written \(74 B → 82 B\)$/),
      expect.stringMatching(/^failed {5}notes-api: .*notes-api\/openapi\.yaml from github:hmrc\/notes\/README\.md: not OpenAPI: the document is not a YAML or JSON object; the committed copy is kept$/),
      expect.stringMatching(/^failed {5}old-vat-api: .*old-vat-api\/openapi\.yaml from github:hmrc\/missing\/openapi\.yaml: GitHub has no hmrc\/missing\/openapi\.yaml \(404\): check the repository, path and ref in `upstream` \(a private repository also answers 404 when the token cannot read it\); the committed copy is kept$/),
      expect.stringMatching(/^changed {4}vat-api: .*vat-api\/openapi\.yaml from github:hmrc\/vat-api\/docs\/openapi\.yaml@main: written \(298 B → 67 B\)$/),
      expect.stringMatching(/^unchanged {2}vat-api: .*vat-api\/openapi-v2\.yaml from github:hmrc\/vat-api\/docs\/v2\.yaml \(same content\)$/),
      'changed    hm-revenue-customs: metadata https://dept/apis: 2 APIs; vat-api updated (description, documentationUrl, contact); not in the catalogue: "Bank Wizard" (add it with npm run new-entry); skipped apis[2]: data.description Invalid input: expected string, received undefined; data.url must be an https URL; data.contact Invalid input: expected string, received undefined; data.organisation Invalid input: expected string, received undefined; data.documentation-url Invalid input: expected string, received undefined',
      'Documents: 6 upstream, 2 changed, 1 unchanged, 3 failed. Metadata feeds: 1 read, 0 failed. Files written: 3.',
    ]);
    expect(before('vat-api/openapi.yaml')).toBe(openapi('VAT API', '1.1.0'));
    expect(before('big-api/openapi.yaml')).toBe(bigBefore);
    expect(before('notes-api/openapi.yaml')).toBe(notesBefore);
    const vat = before('vat-api/entry.yaml');
    expect(vat).toContain('description: |-\n  Lets software submit VAT returns and read obligations.\n\n  Updated by HMRC.\n');
    expect(vat).toContain('documentationUrl: https://developer.service.hmrc.gov.uk/api-documentation/vat\n');
    expect(vat).toContain('contact:\n  name: SDST\n  url: https://developer.service.hmrc.gov.uk/developer/support\n  email: SDSTeam@hmrc.gov.uk\n');
    expect(vat).toContain('topics: [tax]\n');
    // The octokit requests: raw content, the token, and no ETag on a first fetch.
    const contents = github.requests.filter((r) => r.path.includes('/contents/'));
    expect(contents.map((r) => `${decodeURIComponent(r.path)}${r.query.get('ref') ? `?ref=${r.query.get('ref')}` : ''}`)).toEqual(['/repos/hmrc/big/contents/openapi.yaml', '/repos/hmrc/notes/contents/README.md', '/repos/hmrc/missing/contents/openapi.yaml', '/repos/hmrc/vat-api/contents/docs/openapi.yaml?ref=main', '/repos/hmrc/vat-api/contents/docs/v2.yaml']);
    expect(contents.every((r) => r.headers.authorization === `token ${TOKEN}` && /raw/.test(String(r.headers.accept)) && r.headers['if-none-match'] === undefined)).toBe(true);
    expect(report.rate).toMatchObject({ limit: 5000, remaining: 4990 });
  });

  it('asks again with the ETags it kept, and gets 304 Not Modified for what did not change', async () => {
    const dir = syncCatalogue();
    await runSync(options(dir));
    const again = await runSync(options(dir));
    expect(again.written).toEqual([]);
    expect(again.documents.map((d) => `${d.entry} ${path.basename(d.file)} ${d.status}${d.status === 'unchanged' ? ` (${d.why})` : ''}`)).toEqual([
      'big-api openapi.yaml failed',
      'dept-api openapi.yaml unchanged (not modified)',
      'notes-api openapi.yaml failed',
      'old-vat-api openapi.yaml failed',
      'vat-api openapi.yaml unchanged (not modified)',
      'vat-api openapi-v2.yaml unchanged (not modified)',
    ]);
    const conditional = github.requests.filter((r) => r.path.startsWith('/repos/hmrc/vat-api/contents/')).slice(2);
    expect(conditional.every((r) => typeof r.headers['if-none-match'] === 'string')).toBe(true);
  });

  it('fetches in full again, and writes again, a copy that is back at its old version (its pull request not merged)', async () => {
    const dir = syncCatalogue();
    const file = (f: string) => path.join(dir, 'entries', f);
    const old = ['vat-api/openapi.yaml', 'dept-api/openapi.yaml', 'vat-api/entry.yaml'].map((f) => [f, readFileSync(file(f))] as const);
    const first = await runSync(options(dir));
    expect(first.documents.filter((d) => d.status === 'changed').map((d) => d.entry)).toEqual(['dept-api', 'vat-api']);
    // The next run starts from main, as the workflow's fresh checkout does: the unmerged copies are back.
    for (const [f, bytes] of old) writeFileSync(file(f), bytes);
    github.requests.length = 0;
    const again = await runSync(options(dir));
    expect(again.documents.map((d) => `${d.entry} ${path.basename(d.file)} ${d.status}${d.status === 'unchanged' ? ` (${d.why})` : ''}`)).toEqual([
      'big-api openapi.yaml failed',
      'dept-api openapi.yaml changed',
      'notes-api openapi.yaml failed',
      'old-vat-api openapi.yaml failed',
      'vat-api openapi.yaml changed',
      'vat-api openapi-v2.yaml unchanged (not modified)',
    ]);
    expect(again.feeds).toMatchObject([{ status: 'read', updated: [{ id: 'vat-api', fields: ['description', 'documentationUrl', 'contact'] }] }]);
    expect(readFileSync(file('vat-api/openapi.yaml'), 'utf8')).toBe(openapi('VAT API', '1.1.0'));
    expect(readFileSync(file('dept-api/openapi.yaml'), 'utf8')).toContain('"version":"2.0.0"');
    expect(readFileSync(file('vat-api/entry.yaml'), 'utf8')).toContain('documentationUrl: https://developer.service.hmrc.gov.uk/api-documentation/vat\n');
    expect(again.written.map((f) => path.relative(path.join(dir, 'entries'), path.resolve(f))).sort()).toEqual(['dept-api/openapi.yaml', 'vat-api/entry.yaml', 'vat-api/openapi.yaml']);
    // Only the copy that is still the fetched one is asked for conditionally; feeds never are.
    const asked = github.requests.filter((r) => r.path.startsWith('/repos/hmrc/vat-api/contents/')).map((r) => `${decodeURIComponent(r.path)} ${r.headers['if-none-match'] === undefined ? 'in full' : 'conditional'}`);
    expect(asked).toEqual(['/repos/hmrc/vat-api/contents/docs/openapi.yaml in full', '/repos/hmrc/vat-api/contents/docs/v2.yaml conditional']);
    expect(feed.requests).toEqual([undefined, undefined]);
  });

  it('keeps each ETag with the SHA-256 of its bytes, and ignores ETags kept without one (an older cache)', async () => {
    const dir = syncCatalogue();
    const file = path.join(dir, '..', 'etags.json');
    writeFileSync(file, JSON.stringify({ 'github:hmrc/vat-api/docs/v2.yaml': '"old"', 'feed:https://x/apis': '"f"', bad: { etag: '"e"', sha256: 'nope' } }));
    expect(readEtags(file)).toEqual({});
    await runSync(options(dir));
    const kept = readEtags(file);
    expect(Object.keys(kept).sort()).toEqual(['github:hmrc/vat-api/docs/openapi.yaml@main', 'github:hmrc/vat-api/docs/v2.yaml', `${dept.origin}/openapi.json`].sort());
    expect(kept[`${dept.origin}/openapi.json`]).toEqual({ etag: '"d2"', sha256: sha256(readFileSync(path.join(dir, 'entries', 'dept-api', 'openapi.yaml'))) });
  });

  it('stops asking GitHub when the rate limit is used up, says until when, and keeps every copy', async () => {
    const dir = syncCatalogue();
    const reset = Math.floor(NOW() / 1000) + 1800;
    github.fault({ method: 'GET', path: /\/contents\//, status: 403, headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for 127.0.0.1.', documentation_url: 'https://docs.github.com/rest' } });
    const report = await runSync(options(dir));
    const failed = report.documents.filter((d) => d.status === 'failed').map((d) => `${d.entry}: ${d.status === 'failed' ? d.reason : ''}`);
    expect(failed[0]).toMatch(/^big-api: GitHub's API rate limit for this token is used up until .* so it could not read hmrc\/big\/openapi\.yaml\. Run the job again after that time\.; the committed copy is kept$/);
    expect(failed.slice(1)).toEqual([
      "notes-api: not fetched: GitHub's rate limit is used up (see above); the committed copy is kept",
      "old-vat-api: not fetched: GitHub's rate limit is used up (see above); the committed copy is kept",
      "vat-api: not fetched: GitHub's rate limit is used up (see above); the committed copy is kept",
      "vat-api: not fetched: GitHub's rate limit is used up (see above); the committed copy is kept",
    ]);
    expect(github.requests.filter((r) => r.path.includes('/contents/'))).toHaveLength(1);
    expect(syncLines(report, NOW)).toContain(`GitHub rate limit: 0 of 60 requests left, renewed in 30 min (${new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')}).`);
  });

  it('runs as a command with GITHUB_API_URL and GITHUB_TOKEN, and refuses a token over plain http to another host', async () => {
    const dir = syncCatalogue();
    const caFile = path.join(dir, '..', 'ca.pem');
    writeFileSync(caFile, dept.ca);
    const out: string[] = [];
    const code = await runSyncCommand(['--catalogue', dir, '--ca', caFile, '--dry-run'], { GITHUB_API_URL: github.url, GITHUB_TOKEN: TOKEN }, { stdout: (s) => out.push(s), stderr: () => {} });
    expect(code).toBe(0);
    expect(out.join('')).toMatch(/Documents: 6 upstream, 3 changed, 1 unchanged, 2 failed\. Metadata feeds: 1 read, 0 failed\. Files written: 3\.\nDry run: nothing was written\.\n$/);
    expect(readFileSync(path.join(dir, 'entries', 'vat-api', 'openapi.yaml'), 'utf8')).not.toBe(openapi('VAT API', '1.1.0'));
    const err: string[] = [];
    expect(await runSyncCommand(['--catalogue', dir], { GITHUB_API_URL: 'http://api.github.example', GITHUB_TOKEN: TOKEN }, { stdout: () => {}, stderr: (s) => err.push(s) })).toBe(2);
    expect(err.join('')).toBe('sync: GITHUB_API_URL must use https:// so the token is never sent in clear (plain http is accepted only for 127.0.0.1 and localhost)\n');
    expect(existsSync(path.join(dir, '..', 'etags.json'))).toBe(false);
  });
});
