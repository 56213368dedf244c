import { describe, expect, it } from 'vitest';
import { parseYaml, pathToPointer, pointerToPath } from '../../src/yaml/parse.ts';

const json = `{
  "openapi": "3.0.3",
  "paths": {
    "/pets/{id}": { "get": { "summary": "One pet", "tags": ["pets", "x\\"y"] } }
  }
}`;

describe('parseYaml', () => {
  it('locates JSON (fast path) exactly as YAML would', () => {
    const fast = parseYaml(json);
    const slow = parseYaml(`# forces the YAML parser\n${json}`);
    expect(fast.data).toEqual(slow.data);
    for (const pointer of ['', '/openapi', '/paths', '/paths/~1pets~1{id}/get', '/paths/~1pets~1{id}/get/summary', '/paths/~1pets~1{id}/get/tags/1', '/nope/deeper']) {
      for (const key of [false, true]) {
        const a = fast.locatePointer(pointer, { key });
        const b = slow.locatePointer(pointer, { key });
        expect([a.line + 1, a.column], `${pointer} key=${key}`).toEqual([b.line, b.column]);
      }
    }
    expect(fast.locatePointer('/paths/~1pets~1{id}/get/summary')).toEqual({ line: 4, column: 41 });
  });

  it('accepts valid YAML 1.2 that stricter parsers refuse (flow sequence indented less than its key)', () => {
    const r = parseYaml('schema:\n  type: string\n  enum: [\n      "a"\n  ]\n');
    expect(r.errors).toEqual([]);
    expect(r.data).toEqual({ schema: { type: 'string', enum: ['a'] } });
  });

  it('supports merge keys and keeps dates as strings', () => {
    const r = parseYaml('base: &b { a: 1 }\nmerged:\n  <<: *b\n  c: 2024-01-01\n');
    expect(r.data).toEqual({ base: { a: 1 }, merged: { a: 1, c: '2024-01-01' } });
  });

  it('reports duplicate keys, deep nesting and alias bombs with positions', () => {
    expect(parseYaml('a: 1\na: 2\n').errors[0]).toMatchObject({ line: 2, code: 'syntax' });
    expect(parseYaml('a: [[[[1]]]]\n', { maxDepth: 3 }).errors[0]).toMatchObject({ line: 1, column: 6, code: 'too-deep' });
    expect(parseYaml('{"a": [[[[1]]]]}', { maxDepth: 3 }).errors[0]).toMatchObject({ line: 1, column: 9, code: 'too-deep' });
    expect(parseYaml('a: &a [1]\nb: [*a, *a, *a]\n', { maxAliasCount: 2 }).errors[0]).toMatchObject({ line: 2, column: 13, code: 'too-many-aliases' });
  });

  it('round-trips JSON pointers, including escaped and URI-encoded segments', () => {
    expect(pointerToPath('#/paths/~1a~1{id}/get')).toEqual(['paths', '/a/{id}', 'get']);
    expect(pointerToPath('/x/%7Bid%7D/100%')).toEqual(['x', '{id}', '100%']);
    expect(pathToPointer(['paths', '/a', 'b~c'])).toBe('/paths/~1a/b~0c');
  });
});
