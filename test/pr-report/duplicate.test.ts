/**
 * Issue 11's "done when" for the pull-request report: a pull request that adds a near-copy of the
 * GOV.UK Notify API as a new entry gets a "Possible duplicates" section naming Notify, and the check
 * does not fail for it. A change that duplicates nothing gets no such section.
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReport } from '../../src/pr-report/compare.ts';
import { renderMarkdown } from '../../src/pr-report/markdown.ts';
import { prReport, type PrReport } from '../../src/pr-report/model.ts';
import { notifyNearCopy } from '../reuse/near-copy.ts';
import { makeTestRepo, replaceOnce, type TestRepo } from '../support/git-repo.ts';

let repo: TestRepo;
let copy: PrReport;
let edit: PrReport;

beforeAll(async () => {
  const dir = path.join(tmpdir(), `gov-api-catalogue-duplicate-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}`);
  repo = makeTestRepo({}, { catalogue: path.resolve('catalogue') }, { dir });
  const base = repo.commit('the catalogue as it is');
  notifyNearCopy(path.resolve('catalogue'), path.join(repo.dir, 'catalogue'));
  const withCopy = repo.commit('Add the DWP citizen messaging API');
  const edited = repo.commit('Reword the bank holidays summary', {
    'catalogue/entries/uk-bank-holidays/entry.yaml': replaceOnce(/^summary: .*$/m, 'summary: The bank holidays of England and Wales, Scotland and Northern Ireland, as JSON, for the years published.'),
  });
  const options = { cwd: repo.dir, today: '2026-11-30', lintCacheDir: path.join(dir, '.cache', 'lint') };
  copy = prReport.parse(await makeReport({ ...options, base, head: withCopy }));
  edit = prReport.parse(await makeReport({ ...options, base: withCopy, head: edited }));
}, 300_000);

afterAll(() => repo?.remove());

describe('a new entry that copies the GOV.UK Notify API', () => {
  it('is reported as a likely duplicate of Notify, with the reasons', () => {
    expect(copy.duplicates?.map((d) => [d.entry.id, d.of.map((o) => [o.id, o.name, o.organisation])])).toEqual([
      ['dwp-citizen-messaging-api', [['govuk-notify-api', 'GOV.UK Notify API', 'Government Digital Service']]],
    ]);
    const notify = copy.duplicates?.[0]?.of[0];
    expect(notify?.score).toBeGreaterThanOrEqual(0.35);
    expect(notify?.reasons[0]).toMatch(/^7 operations with the same shape \(POST \/api\/v1\/messages\/sms, /);
  });

  it('shows one "Possible duplicates" section and does not fail for it', () => {
    const md = renderMarkdown(copy);
    expect(md.match(/#### Possible duplicates/g)).toHaveLength(1);
    expect(md).toContain('- `dwp-citizen-messaging-api` is much like GOV.UK Notify API (`govuk-notify-api`, Government Digital Service), similarity 0.');
    expect(md).toContain('share 3 data items: telephone number, email address and postal address');
    expect(copy.failures.filter((f) => f.entry === 'dwp-citizen-messaging-api' && !['below-minimum'].includes(f.code))).toEqual([]);
  });
});

describe('a change that duplicates nothing', () => {
  it('has no duplicates and no section', () => {
    expect(edit.entries.map((e) => e.id)).toEqual(['uk-bank-holidays']);
    expect(edit.duplicates).toBeUndefined();
    expect(renderMarkdown(edit)).not.toContain('Possible duplicates');
  });
});
