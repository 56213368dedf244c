/**
 * Hostile and broken input: every case ends in findings or a clear "not assessable" result with a
 * location and a fix hint, within bounded time, and never reads outside the entry folder.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { assessSpecs, type SpecAssessment } from '../../src/standards/assess.ts';

const fixtures = fileURLToPath(new URL('./fixtures/hostile/', import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'gds-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function assessOne(file: string, root = path.dirname(file), limits = {}): Promise<SpecAssessment> {
  const results = await assessSpecs([{ id: 'x', file, root }], { cache: false, limits });
  return results.get('x')!;
}

function expectNotAssessable(r: SpecAssessment, code: string): asserts r is Extract<SpecAssessment, { assessable: false }> {
  if (r.assessable) throw new Error(`expected not assessable (${code}), got level ${r.level}`);
  expect(r.code).toBe(code);
  expect(r.problem.hint).toBeTruthy();
  expect(r.problem.line).toBeGreaterThanOrEqual(1);
  expect(r.findings).toEqual([]);
}

describe('hostile input', () => {
  it('never fetches a remote $ref and reports it at the $ref', async () => {
    const r = await assessOne(path.join(fixtures, 'remote-ref.yaml'));
    if (!r.assessable) throw new Error(r.reason);
    const f = r.findings.find((x) => x.rule === 'gds-refs-local');
    expect(f).toMatchObject({ severity: 'error', pointer: '/paths/~1things/get/responses/200/content/application~1json/schema/$ref', line: 15 });
    expect(f?.message).toMatch(/not fetched/);
    expect(r.files).toHaveLength(1);
    expect(r.level).toBe('none');
  });

  it('never reads a file outside the entry folder', async () => {
    const r = await assessOne(path.join(fixtures, 'escape/entry/openapi.yaml'));
    if (!r.assessable) throw new Error(r.reason);
    expect(r.findings.find((x) => x.rule === 'gds-refs-local')).toMatchObject({ line: 15, message: expect.stringMatching(/outside the entry's folder/) });
    expect(r.files.some((f) => f.endsWith('secret.yaml'))).toBe(false);
  });

  it('stops an alias bomb', async () => {
    const r = await assessOne(path.join(fixtures, 'alias-bomb.yaml'));
    expectNotAssessable(r, 'too-many-aliases');
  });

  it('rejects an alias that contains itself', async () => {
    const file = path.join(tmp, 'loop.yaml');
    writeFileSync(file, 'openapi: 3.0.3\ninfo: { title: Loop, version: 1.0.0 }\npaths: {}\nx-loop: &loop\n  - 1\n  - *loop\n');
    const r = await assessOne(file);
    expectNotAssessable(r, 'too-many-aliases');
    expect(r.problem.line).toBe(6);
  });

  it('rejects a file over 10 MB without parsing it', async () => {
    const file = path.join(tmp, 'huge.yaml');
    const filler = `  x-${'a'.repeat(60)}: ${'b'.repeat(60)}\n`;
    writeFileSync(file, `openapi: 3.0.3\ninfo: { title: Huge, version: 1.0.0 }\npaths: {}\nx-bulk:\n${filler.repeat(Math.ceil((20 * 1024 * 1024) / filler.length)).replace(/x-a+/g, (m, i: number) => `${m}${i}`)}`);
    const started = Date.now();
    const r = await assessOne(file);
    expectNotAssessable(r, 'too-large');
    expect(r.reason).toMatch(/2\d\.\d MB, over the 10\.0 MB limit/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('rejects nesting 500 levels deep with the position of the first node too deep', async () => {
    const file = path.join(tmp, 'deep.json');
    let inner = '{}';
    for (let i = 0; i < 500; i++) inner = `{"a":${inner}}`;
    writeFileSync(file, `{"openapi":"3.0.3","info":{"title":"Deep","version":"1"},"paths":{},"x-deep":${inner}}`);
    const r = await assessOne(file);
    expectNotAssessable(r, 'too-deep');
    expect(r.problem.line).toBe(1);
    expect(r.problem.column).toBeGreaterThan(700);
  });

  it('says a YAML file that is not OpenAPI is not assessable', async () => {
    const r = await assessOne(path.join(fixtures, 'not-openapi.yaml'));
    expectNotAssessable(r, 'not-openapi');
    expect(r.reason).toMatch(/AsyncAPI/);
  });

  it('gives the exact position of a YAML syntax error', async () => {
    const r = await assessOne(path.join(fixtures, 'malformed.yaml'));
    expectNotAssessable(r, 'yaml-syntax');
    expect(r.problem.message).toMatch(/Not assessable/);
    expect([r.problem.line, r.problem.column]).toEqual([4, 16]);
  });

  it('names the unsupported version and where it is', async () => {
    const r = await assessOne(path.join(fixtures, 'unsupported-version.yaml'));
    expectNotAssessable(r, 'unsupported-version');
    expect([r.problem.line, r.problem.pointer]).toEqual([1, '/openapi']);
  });

  it('explains an unquoted swagger: 2.0', async () => {
    const file = path.join(tmp, 'swagger-number.yaml');
    writeFileSync(file, "swagger: 2.0\ninfo: { title: T, version: '1' }\npaths: {}\n");
    const r = await assessOne(file);
    expectNotAssessable(r, 'unsupported-version');
    expect(r.problem.hint).toMatch(/quote/);
  });

  it('reports a missing file and a document outside its root', async () => {
    expectNotAssessable(await assessOne(path.join(tmp, 'nope.yaml')), 'unreadable');
    const outside = path.join(fixtures, 'escape/secret.yaml');
    expectNotAssessable(await assessOne(outside, path.join(fixtures, 'escape/entry')), 'outside-root');
  });

  it('ends a document that needs too much memory, and goes on with the others', async () => {
    const file = path.join(tmp, 'big.json');
    const schemas: Record<string, unknown> = {};
    // Needs far more heap to check than the 24 MB given to a document (plus the workers' start-up heap).
    for (let i = 0; i < 40_000; i++) schemas[`Thing${i}`] = { type: 'object', properties: { name: { type: 'string', description: `Name of thing ${i}` } } };
    writeFileSync(file, JSON.stringify({ openapi: '3.0.3', info: { title: 'Big', version: '1' }, paths: {}, components: { schemas } }));
    const small = path.join(fixtures, 'remote-ref.yaml');
    const results = await assessSpecs(
      [
        { id: 'big', file, root: tmp },
        { id: 'small', file: small, root: path.dirname(small) },
      ],
      { cache: false, limits: { memoryMb: 24 }, concurrency: 1 },
    );
    expectNotAssessable(results.get('big')!, 'out-of-memory');
    expect(results.get('small')?.assessable).toBe(true);
  });

  it('applies a small memory limit to the document, not to starting the checker', async () => {
    const small = path.join(fixtures, 'remote-ref.yaml');
    const results = await assessSpecs(
      [
        { id: 'first', file: small, root: path.dirname(small) },
        { id: 'second', file: small, root: path.dirname(small) },
      ],
      { cache: false, limits: { memoryMb: 16 }, concurrency: 1 },
    );
    expect([...results.values()].map((r) => (r.assessable ? 'assessable' : r.code))).toEqual(['assessable', 'assessable']);
  });

  it('ends a document that takes too long with a timeout, and goes on with the others', async () => {
    mkdirSync(path.join(tmp, 'slow'), { recursive: true });
    const ok = path.join(fixtures, 'remote-ref.yaml');
    const results = await assessSpecs(
      [
        { id: 'slow', file: ok, root: path.dirname(ok) },
        { id: 'ok', file: path.join(fixtures, 'escape/entry/openapi.yaml'), root: path.join(fixtures, 'escape/entry') },
      ],
      { cache: false, limits: { timeoutMs: 1 }, concurrency: 1 },
    );
    // With a 1 ms budget both time out; each gets its own clear result rather than a crash.
    for (const r of results.values()) expectNotAssessable(r, 'timeout');
    expect((results.get('slow') as { reason: string }).reason).toMatch(/longer than/);
  });
});
