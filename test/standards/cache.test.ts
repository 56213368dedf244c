import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { assessSpecs } from '../../src/standards/assess.ts';
import { rulesetVersion } from '../../src/standards/cache.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'gds-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const entry = path.join(tmp, 'entry');
cpSync(fileURLToPath(new URL('./fixtures/multi-file/entry/', import.meta.url)), entry, { recursive: true });
const item = { id: 'pets', file: path.join(entry, 'openapi.yaml'), root: entry };
const cache = path.join(tmp, 'cache');

async function run(): Promise<{ fromCache: boolean; errors: number }> {
  let fromCache = false;
  const results = await assessSpecs([item], { cache, cwd: tmp, onResult: (_id, _r, hit) => (fromCache = hit) });
  const r = results.get('pets')!;
  return { fromCache, errors: r.assessable ? r.counts.error : -1 };
}

describe('the lint cache', () => {
  it('has a stable ruleset version', () => expect(rulesetVersion()).toMatch(/^[0-9a-f]{64}$/));

  it('reuses an unchanged result and relints when the entry or a referenced file changes', async () => {
    const first = await run();
    expect(first.fromCache).toBe(false);
    expect(await run()).toEqual({ ...first, fromCache: true });

    // Fix the http server in a referenced file: the cached result must not be reused.
    const pets = path.join(entry, 'paths', 'pets.yaml');
    writeFileSync(pets, readFileSync(pets, 'utf8').replace('http://legacy', 'https://legacy'));
    const afterFix = await run();
    expect(afterFix.fromCache).toBe(false);
    expect(afterFix.errors).toBe(first.errors - 1);
    expect((await run()).fromCache).toBe(true);

    // A change to the entry document itself.
    writeFileSync(item.file, readFileSync(item.file, 'utf8') + '\n# edited\n');
    expect((await run()).fromCache).toBe(false);
  });
});
