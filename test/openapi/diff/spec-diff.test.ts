/**
 * The spec diff on every case of cases.ts in Swagger 2.0 (loaded and converted through
 * diffSpecFiles), OpenAPI 3.0 and 3.1 (diffDocuments): exact kinds, messages and pointers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffDocuments, diffSpecFiles, type SpecChange } from '../../../src/openapi/diff/index.ts';
import { CASES, FIXTURE_VERSIONS, baselineDoc, casePair, toYaml, type DiffCase, type FixtureVersion } from './cases.ts';
import { expectedFor } from './expected.ts';

const work = mkdtempSync(path.join(tmpdir(), 'spec-diff-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function changesOf(c: DiffCase, version: FixtureVersion): Promise<SpecChange[]> {
  const { before, after } = casePair(c, version);
  if (version !== '2.0') return diffDocuments(before as never, after as never).changes;
  const dir = mkdtempSync(path.join(work, `${c.id}-`));
  writeFileSync(path.join(dir, 'before.yaml'), toYaml(before));
  writeFileSync(path.join(dir, 'after.yaml'), toYaml(after));
  const diff = await diffSpecFiles({ file: 'before.yaml', root: dir }, { file: 'after.yaml', root: dir });
  if (!diff.ok) throw new Error(diff.problems.map((p) => p.message).join('\n'));
  expect(diff.before).toMatchObject({ family: 'swagger-2.0', converted: true });
  return diff.changes;
}

const row = (c: SpecChange) => [c.kind, c.message, c.beforePointer ?? null, c.afterPointer ?? null];

for (const version of FIXTURE_VERSIONS) {
  describe(`${version === '2.0' ? 'Swagger' : 'OpenAPI'} ${version}`, () => {
    it('a document diffed with itself has no changes', async () => {
      expect(await changesOf({ id: 'same', title: 'same', breaking: false, after: () => {} }, version)).toEqual([]);
    });

    for (const c of CASES.filter((x) => (x.versions ?? FIXTURE_VERSIONS).includes(version))) {
      it(`${c.title} (${c.id})`, async () => {
        const changes = await changesOf(c, version);
        expect(changes.map(row)).toEqual(expectedFor(c.id, version));
        expect(changes.some((ch) => ch.breaking)).toBe(c.breaking);
      });
    }
  });
}

describe('change values', () => {
  it('name where the change is, in words, and every operation a shared schema reaches', () => {
    const c = CASES.find((x) => x.id === 'response-property-removed');
    if (!c) throw new Error('case missing');
    const { before, after } = casePair(c, '3.1');
    const [change] = diffDocuments(before as never, after as never).changes;
    expect(change).toEqual({
      kind: 'response-property-removed',
      breaking: true,
      subject: { type: 'schema', name: 'Permit' },
      where: 'Schema `Permit`',
      operations: ['GET /permits', 'POST /permits', 'GET /permits/{permitId}'],
      beforePointer: '/components/schemas/Permit/properties/valid_from',
      message: 'Removed the response property `valid_from` from schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`): clients reading it will no longer find it.',
    });
  });

  it('say "Server N" and "Security scheme `name`"', () => {
    const before = baselineDoc('3.0');
    const after = structuredClone(before);
    after['servers'].shift();
    after['components']['securitySchemes']['apiKey']['in'] = 'query';
    const wheres = diffDocuments(before as never, after as never).changes.map((c) => c.where);
    expect(wheres).toEqual(['Server 1', 'Security scheme `apiKey`']);
  });

  it('keep names from the document inside code spans they cannot close, on one line', () => {
    const before = baselineDoc('3.0');
    const after = structuredClone(before);
    const hostile = '/a`b`<img src=x onerror=alert(1)>\n[link](https://evil.example)';
    before['paths'][hostile] = { get: { responses: { '200': { description: 'ok' } } } };
    const [change] = diffDocuments(before as never, after as never).changes;
    expect(change?.message).toBe('Removed the path ``/a`b`<img src=x onerror=alert(1)> [link](https://evil.example)`` with its operation GET: clients calling it will get errors.');
  });
});

describe('cycles and depth', () => {
  it('compares schemas that refer to each other without end, once', () => {
    const before = baselineDoc('3.1');
    const schemas = before['components']['schemas'];
    schemas['A'] = { type: 'object', properties: { b: { $ref: '#/components/schemas/B' }, self: { $ref: '#/components/schemas/A' } } };
    schemas['B'] = { allOf: [{ $ref: '#/components/schemas/A' }], properties: { a: { $ref: '#/components/schemas/A' }, n: { type: 'integer' } } };
    before['paths']['/loops'] = { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/B' } } } } } } };
    const after = structuredClone(before);
    after['components']['schemas']['B']['properties']['n']['type'] = 'string';
    const changes = diffDocuments(before as never, after as never).changes;
    expect(changes.map((c) => c.message)).toEqual(['The type of `n` in schema `B` (used by `GET /loops`) changed from `integer` to `string`: clients reading it may fail to handle the new type.']);
  });
});
