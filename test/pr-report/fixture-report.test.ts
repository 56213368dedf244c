/**
 * The report on two commits of a small fixture catalogue: an added entry, a removed operation and
 * a new required parameter in a live API, a level drop, an expired waiver and a removed entry.
 * The documents are the standards' baseline fixtures, renamed so that no two are the same.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prReport, type PrReport } from '../../src/pr-report/model.ts';
import { runPrReport } from '../../src/pr-report/cli.ts';
import { makeTestRepo, replaceOnce, type TestRepo } from '../support/git-repo.ts';
import { baseline, catalogueSettings, entry } from '../support/fixture-entries.ts';

const TODAY = '2026-12-01';
const E = 'catalogue/entries';
let repo: TestRepo;
let base: string;
let head: string;
let report: PrReport;
let markdown: string;
let code: number;

beforeAll(async () => {
  repo = makeTestRepo({
    ...catalogueSettings(),
    [`${E}/vehicle-records-api/entry.yaml`]: entry('vehicle-records-api', { name: 'Vehicle Records API', status: 'live' }),
    [`${E}/vehicle-records-api/openapi.yaml`]: baseline('3.1', 'Vehicle Records API'),
    [`${E}/vehicle-history-api/entry.yaml`]: entry('vehicle-history-api', { name: 'Vehicle History API', status: 'live' }),
    [`${E}/vehicle-history-api/openapi.yaml`]: baseline('3.0', 'Vehicle History API'),
    [`${E}/vehicle-tax-api/entry.yaml`]: entry('vehicle-tax-api', {
      name: 'Vehicle Tax API',
      status: 'beta',
      extra: 'conformanceWaiver:\n  reason: The document is being rewritten for the new tax service.\n  until: 2026-06-30',
    }),
    // Below baseline: an operation without a success response.
    [`${E}/vehicle-tax-api/openapi.yaml`]: baseline('2.0', 'Vehicle Tax API').replace(/( {6}responses:\n {8})'200':/, "$1'299':"),
    [`${E}/old-vehicle-api/entry.yaml`]: entry('old-vehicle-api', { name: 'Old Vehicle API', status: 'retired', extra: 'successor: vehicle-records-api' }),
    [`${E}/old-vehicle-api/openapi.yaml`]: baseline('3.1', 'Old Vehicle API'),
  });
  base = repo.commit('base');
  head = repo.commit('the pull request', {
    // Added entry.
    [`${E}/vehicle-keepers-api/entry.yaml`]: entry('vehicle-keepers-api', { name: 'Vehicle Keepers API', status: 'alpha' }),
    [`${E}/vehicle-keepers-api/openapi.yaml`]: baseline('3.1', 'Vehicle Keepers API'),
    // Removed operation, and a new required parameter, in a live API.
    [`${E}/vehicle-records-api/openapi.yaml`]: (t) =>
      replaceOnce(/\n {4}post:\n {6}operationId: createVehicle[\s\S]*?(?=\n {2}\/vehicles\/\{registrationNumber\}:)/, '')(
        replaceOnce('      parameters:\n        - name: limit', '      parameters:\n        - name: make\n          in: query\n          description: Only vehicles of this make.\n          required: true\n          schema:\n            type: string\n            maxLength: 40\n          example: Ford\n        - name: limit')(t),
      ),
    // Level drop: a server over plain http.
    [`${E}/vehicle-history-api/openapi.yaml`]: replaceOnce('    description: Production\n', '    description: Production\n  - url: http://vehicle-history.example.gov.uk/v1\n    description: Legacy\n'),
    // Expired waiver on a changed entry.
    [`${E}/vehicle-tax-api/entry.yaml`]: replaceOnce('  lastReviewed: 2026-11-23', '  lastReviewed: 2026-11-30'),
    // Removed entry.
    [`${E}/old-vehicle-api`]: null,
  });
  let out = '';
  code = await runPrReport(['--base', base, '--head', head, '--today', TODAY, '--format', 'json', '--markdown', 'report.md'], { cwd: repo.dir, stdout: (t) => (out += t), stderr: () => {} });
  report = prReport.parse(JSON.parse(out));
  markdown = readFileSync(path.join(repo.dir, 'report.md'), 'utf8');
}, 180_000);

afterAll(() => repo?.remove());

const entryOf = (id: string) => report.entries.find((e) => e.id === id)!;

describe('the report on the fixture pull request', () => {
  it('fails, for exactly these reasons', () => {
    expect(code).toBe(1);
    expect(report.failures.map((f) => [f.code, f.entry, f.file])).toEqual([
      ['entry-removed', 'old-vehicle-api', undefined],
      ['below-minimum', 'vehicle-history-api', undefined],
      ['level-drop', 'vehicle-history-api', `${E}/vehicle-history-api/openapi.yaml`],
      ['breaking-change', 'vehicle-records-api', `${E}/vehicle-records-api/openapi.yaml`],
      ['below-minimum', 'vehicle-tax-api', undefined],
    ]);
  });

  it('lists the entries added, changed and removed', () => {
    expect(report.entries.map((e) => [e.id, e.change, e.name])).toEqual([
      ['old-vehicle-api', 'removed', 'Old Vehicle API'],
      ['vehicle-history-api', 'changed', 'Vehicle History API'],
      ['vehicle-keepers-api', 'added', 'Vehicle Keepers API'],
      ['vehicle-records-api', 'changed', 'Vehicle Records API'],
      ['vehicle-tax-api', 'changed', 'Vehicle Tax API'],
    ]);
    expect(report.base.commit).toBe(base);
    expect(report.head.commit).toBe(head);
  });

  it('finds the removed operation and the new required parameter, and calls them breaking', () => {
    const [doc] = entryOf('vehicle-records-api').documents;
    expect(doc?.change).toBe('changed');
    expect(doc?.changes.items.filter((c) => c.breaking).map((c) => [c.kind, c.where])).toEqual([
      ['parameter-required-added', 'GET /vehicles'],
      ['operation-removed', 'POST /vehicles'],
    ]);
    expect(doc?.breaking).toBe(2);
    expect(doc?.version).toEqual({ before: '1.0.0', after: '1.0.0' });
    expect(doc?.newVersion).toBe(false);
  });

  it('shows the level drop with the finding that caused it', () => {
    const e = entryOf('vehicle-history-api');
    expect(e.documents[0]?.level.before).not.toBe('none');
    expect(e.documents[0]?.level.after).toBe('none');
    expect(e.documents[0]?.newFindings.items.filter((f) => f.severity === 'error').map((f) => [f.rule, f.pointer])).toEqual([['gds-https-only', '/servers/1/url']]);
    expect(e.conformance).toMatchObject({ meetsMinimum: false, held: true, waiver: { state: 'none' } });
  });

  it('holds the changed entry with an expired waiver to the minimum', () => {
    const e = entryOf('vehicle-tax-api');
    expect(e.conformance).toEqual({ minimumLevel: 'baseline', meetsMinimum: false, held: true, waiver: { state: 'expired', until: '2026-06-30', reason: 'The document is being rewritten for the new tax service.' } });
    expect(e.documents[0]?.change).toBe('unchanged');
    expect(report.failures.find((f) => f.entry === 'vehicle-tax-api')?.message).toBe(
      '`vehicle-tax-api` reaches level none, below the catalogue\'s minimum level baseline for new and changed APIs. Its conformance waiver ended on 2026-06-30.',
    );
  });

  it('does not hold the added alpha entry to anything it does not break', () => {
    const e = entryOf('vehicle-keepers-api');
    expect(e.documents.map((d) => [d.change, d.level.after])).toEqual([['added', 'gold']]);
    expect(report.failures.some((f) => f.entry === 'vehicle-keepers-api')).toBe(false);
  });

  it('renders the same facts as Markdown', () => {
    expect(markdown).toMatch(/^### ❌ API catalogue check: 5 things to fix\n/);
    expect(markdown).toContain('**1 added, 3 changed, 1 removed** · 3 breaking changes');
    for (const id of ['old-vehicle-api', 'vehicle-history-api', 'vehicle-keepers-api', 'vehicle-records-api', 'vehicle-tax-api']) expect(markdown).toContain(`\`${id}\``);
    expect(markdown).toContain('Removed the operation');
    expect(markdown).toMatch(/1\. \*\*Entry removed\*\* in `old-vehicle-api`/);
    expect(markdown).toContain('#### `vehicle-tax-api`: Vehicle Tax API (changed)\n\nFiles: `entry.yaml`\n\nBelow the minimum level baseline, and its conformance waiver ended on 2026-06-30.\n\nUnchanged: `openapi.yaml` (level none, score ');
  });
});
