import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundleSpec } from '../../src/openapi/bundle.ts';
import { UserInputError } from '../../src/problems/problem.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const fixture = (dir: string) => path.join(fixtures, dir);

function externalRefs(doc: unknown): string[] {
  const refs: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && !v.startsWith('#')) refs.push(v);
        else walk(v);
      }
    }
  };
  walk(doc);
  return refs;
}

describe('bundleSpec', () => {
  it('bundles a multi-file document into one with internal references only', async () => {
    const b = await bundleSpec('openapi.yaml', fixture('multi'));
    expect(b.family).toBe('openapi-3.0');
    expect(b.converted).toBe(false);
    expect(b.problems).toEqual([]);
    expect(externalRefs(b.document)).toEqual([]);
    expect(b.files.sort()).toEqual(['examples/weekly.yaml', 'openapi.yaml', 'paths/collections.yaml', 'schemas/bin.yaml', 'schemas/collection.yaml']);
    const op = (b.document['paths'] as Record<string, Record<string, { operationId: string }>>)['/collections']?.['get'];
    expect(op?.operationId).toBe('listCollections');
  });

  it('produces YAML and JSON downloads of the same bundled document', async () => {
    const b = await bundleSpec('openapi.yaml', fixture('multi'));
    expect(JSON.parse(b.json)).toEqual(b.original);
    expect(parse(b.yaml)).toEqual(b.original);
    expect(externalRefs(JSON.parse(b.json))).toEqual([]);
  });

  it('refuses references outside the entry folder and on the web, and reports them', async () => {
    const b = await bundleSpec('openapi.yaml', fixture('escape'));
    const messages = b.problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/outside the entry folder/);
    expect(messages).toMatch(/never URLs/);
    expect(b.problems.every((p) => p.severity === 'warn' && p.rule === 'bundle')).toBe(true);
    // Nothing was read from outside: the Plot schema of the neighbouring fixture is not in the bundle.
    expect(b.json).not.toContain('Unique Property Reference Number');
    expect(b.files).toEqual(['openapi.yaml']);
  });

  it('converts Swagger 2.0 to OpenAPI 3.0 for rendering and keeps 2.0 for download', async () => {
    const b = await bundleSpec('swagger.yaml', fixture('v20'));
    expect(b.family).toBe('swagger-2.0');
    expect(b.converted).toBe(true);
    expect(b.document['openapi']).toMatch(/^3\.0/);
    expect(b.document['servers']).toEqual([{ url: 'https://api.deeds.example.gov.uk/v1' }]);
    expect(JSON.stringify(b.document)).toContain('#/components/schemas/Borrower');
    expect(JSON.parse(b.json).swagger).toBe('2.0');
  });

  it('accepts OpenAPI 3.1', async () => {
    const b = await bundleSpec('openapi.yaml', fixture('v31'));
    expect(b.family).toBe('openapi-3.1');
    expect(b.version).toBe('3.1.0');
  });

  it('keeps circular references as internal references', async () => {
    const b = await bundleSpec('openapi.yaml', fixture('circular'));
    expect(b.json).toContain('"$ref": "#/components/schemas/Unit"');
  });

  it('reports a missing or non-OpenAPI document as a problem, not a stack trace', async () => {
    await expect(bundleSpec('missing.yaml', fixture('multi'))).rejects.toBeInstanceOf(UserInputError);
    await expect(bundleSpec('schemas/bin.yaml', fixture('multi'))).rejects.toThrow(/not OpenAPI 3.x or Swagger 2.0/);
    await expect(bundleSpec('../v30/openapi.yaml', fixture('multi'))).rejects.toThrow(/outside its entry folder/);
  });
});
