/**
 * No module in src/ imports itself through others at run time: every cycle of imports that load code
 * (`import type` and `export type` are erased, so they are left out) is reported with its modules in order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|astro)$/.test(e.name) ? [full] : [];
  });
}

/** Local imports (`import … from './x.ts'`, `export … from`, `import('./x.ts')`) of a file, resolved. */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]|^import\s+['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => (m[1] ?? m[2] ?? m[3])!);
  return specifiers.map((s) => path.resolve(path.dirname(file), s));
}

function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, localImports(f).filter((i) => files.includes(i))]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map((x) => path.relative(SRC, x)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

describe('src/ modules', () => {
  it('import no cycles', () => {
    expect(cycles(sourceFiles(SRC)).map((c) => c.join(' → '))).toEqual([]);
  });
});
