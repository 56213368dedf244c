/**
 * diffSpecFiles on real documents: the GOV.UK Notify entry, documents that cannot be loaded, and
 * the Markdown and line renderings the pull-request report and the changelog use.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { displayPath } from '../../../src/problems/problem.ts';
import { diffSpecFiles, renderDiffLines, renderDiffMarkdown, summaryWords, type SpecChange } from '../../../src/openapi/diff/index.ts';

const NOTIFY = path.resolve(import.meta.dirname, '../../../catalogue/entries/govuk-notify-api');
const work = mkdtempSync(path.join(tmpdir(), 'spec-diff-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function notifyCopy(name: string, change: (doc: Record<string, any>) => void): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  const doc = parse(readFileSync(path.join(NOTIFY, 'openapi.yaml'), 'utf8'));
  change(doc);
  writeFileSync(path.join(dir, 'openapi.yaml'), stringify(doc, { lineWidth: 0 }));
  return dir;
}

describe('the GOV.UK Notify document', () => {
  it('removing /v2/notifications/sms is breaking and names the path', async () => {
    const after = notifyCopy('no-sms', (doc) => delete doc['paths']['/v2/notifications/sms']);
    const diff = await diffSpecFiles({ file: 'openapi.yaml', root: NOTIFY }, { file: 'openapi.yaml', root: after });
    if (!diff.ok) throw new Error('should load');
    expect(diff.changes.map((c) => [c.kind, c.breaking, c.where, c.message])).toEqual([
      ['path-removed', true, 'Path `/v2/notifications/sms`', 'Removed the path `/v2/notifications/sms` with its operation POST: clients calling it will get errors.'],
    ]);
    expect(diff.changes[0]?.beforePointer).toBe('/paths/~1v2~1notifications~1sms');
    expect(diff.before).toEqual({ file: path.relative(process.cwd(), path.join(NOTIFY, 'openapi.yaml')), family: 'openapi-3.0', version: '3.0.3', converted: false });
  });

  it('diffed with itself has no changes', async () => {
    const diff = await diffSpecFiles({ file: 'openapi.yaml', root: NOTIFY }, { file: 'openapi.yaml', root: NOTIFY });
    expect(diff).toMatchObject({ ok: true, changes: [] });
  });
});

describe('documents that cannot be loaded', () => {
  it('give problems that name the file, never a throw', async () => {
    const dir = path.join(work, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'bad.yaml'), 'openapi: 3.0.3\npaths: {\n');
    writeFileSync(path.join(dir, 'notes.yaml'), 'title: not an API\n');
    copyFileSync(path.join(NOTIFY, 'openapi.yaml'), path.join(dir, 'openapi.yaml'));
    const bad = await diffSpecFiles({ file: 'openapi.yaml', root: dir }, { file: 'bad.yaml', root: dir });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]).toMatchObject({ file: displayPath(path.join(dir, 'bad.yaml')), rule: 'parse', severity: 'error', line: 3 });
    expect(bad.problems[0]?.message).toMatch(/^The OpenAPI document is not valid YAML or JSON: /);

    const notOpenApi = await diffSpecFiles({ file: 'notes.yaml', root: dir }, { file: 'missing.yaml', root: dir });
    expect(notOpenApi.ok).toBe(false);
    if (notOpenApi.ok) return;
    expect(notOpenApi.problems.map((p) => p.message)).toEqual([
      'The document is not OpenAPI 3.x or Swagger 2.0: it has no `openapi: 3.x` or `swagger: "2.0"` field.',
      'The OpenAPI document does not exist.',
    ]);
  });

  it('refuses a document outside its entry folder', async () => {
    const outside = await diffSpecFiles({ file: '../govuk-notify-api/openapi.yaml', root: path.join(NOTIFY, '..', 'dvla-vehicle-enquiry-api') }, { file: 'openapi.yaml', root: NOTIFY });
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.problems[0]?.message).toBe('The OpenAPI document is outside its entry folder.');
  });
});

describe('rendering', () => {
  const change = (kind: SpecChange['kind'], breaking: boolean, message: string): SpecChange => ({ kind, breaking, subject: { type: 'api' }, where: 'The whole API', operations: [], message });
  const changes = [
    change('operation-added', false, 'Added the operation `PATCH /permits/{permitId}`.'),
    change('operation-removed', true, 'Removed the operation `DELETE /permits/{permitId}`: clients calling it will get errors.'),
    change('operation-deprecated', false, 'The operation `GET /zones` is now deprecated: plan to move to its replacement.'),
    change('request-constraint-relaxed', false, 'The format of the query parameter `page_size` of `GET /permits` changed from `int32` to `int64`.'),
  ];

  it('as Markdown, breaking changes first, one heading per group', () => {
    expect(renderDiffMarkdown(changes)).toBe(
      [
        '### Breaking changes (1)',
        '',
        '- Removed the operation `DELETE /permits/{permitId}`: clients calling it will get errors.',
        '',
        '### Deprecations (1)',
        '',
        '- The operation `GET /zones` is now deprecated: plan to move to its replacement.',
        '',
        '### Additions (1)',
        '',
        '- Added the operation `PATCH /permits/{permitId}`.',
        '',
        '### Other changes (1)',
        '',
        '- The format of the query parameter `page_size` of `GET /permits` changed from `int32` to `int64`.',
        '',
      ].join('\n'),
    );
    expect(renderDiffMarkdown([], { headingLevel: 4 })).toBe('No changes to the API.\n');
    expect(renderDiffMarkdown(changes.slice(1, 2), { headingLevel: 4 })).toMatch(/^#### Breaking changes \(1\)\n/);
  });

  it('as plain lines and a summary', () => {
    expect(renderDiffLines(changes)).toEqual([
      'breaking: Removed the operation `DELETE /permits/{permitId}`: clients calling it will get errors.',
      'deprecated: The operation `GET /zones` is now deprecated: plan to move to its replacement.',
      'added: Added the operation `PATCH /permits/{permitId}`.',
      'changed: The format of the query parameter `page_size` of `GET /permits` changed from `int32` to `int64`.',
    ]);
    expect(summaryWords(changes)).toBe('1 breaking change, 1 deprecation, 1 addition, 1 other change');
    expect(summaryWords([])).toBe('no changes');
  });
});
