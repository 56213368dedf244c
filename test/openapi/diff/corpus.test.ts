/**
 * The spec diff on real public-sector documents in ../shared/corpus (skipped when absent): pairs
 * of one API published side by side, and the largest documents diffed with themselves.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, diffSpecFiles } from '../../../src/openapi/diff/index.ts';
import { CORPUS, CORPUS_PAIRS, corpusPresent, corpusRoots } from './corpus-pairs.ts';

const ref = (file: string) => ({ file: path.basename(file), root: path.dirname(file) });

describe.skipIf(!corpusPresent)('spec diff on the corpus', () => {
  it.each(CORPUS_PAIRS.map((p) => [p.name, p] as const))('%s completes with sane changes', async (_, pair) => {
    const diff = await diffSpecFiles(ref(path.join(CORPUS, pair.before)), ref(path.join(CORPUS, pair.after)));
    expect(diff.ok).toBe(true);
    if (!diff.ok) return;
    expect(diff.stoppedEarly).toBeUndefined();
    for (const change of diff.changes) {
      expect(Object.keys(CHANGE_KINDS)).toContain(change.kind);
      expect(change.breaking).toBe(CHANGE_KINDS[change.kind].group === 'breaking');
      expect(change.message).toMatch(/^[A-Z`].*\.$/);
      expect(change.message).not.toMatch(/[\n\r]|undefined|\[object/);
      expect(change.beforePointer ?? change.afterPointer).toMatch(/^\//);
    }
    const keys = diff.changes.map((c) => `${c.kind}|${c.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    if (pair.name.startsWith('GOV.UK Pay')) {
      // Pay's 3.0 document moved from an API key scheme to a bearer scheme and added fields.
      expect(diff.changes.filter((c) => c.breaking).map((c) => c.kind)).toContain('security-scheme-removed');
      expect(diff.changes.some((c) => c.kind === 'security-scheme-added')).toBe(true);
    } else {
      // The same document written as YAML and as JSON.
      expect(diff.changes).toEqual([]);
    }
  }, 60_000);

  it.each(corpusRoots().slice(0, 4).map((s) => [path.relative(CORPUS, s.file), s] as const))('%s diffed with itself has no changes', async (_, spec) => {
    const diff = await diffSpecFiles(ref(spec.file), ref(spec.file));
    if (!diff.ok) return; // documents that cannot be loaded are covered by the loader's own tests
    expect(diff.changes).toEqual([]);
  }, 60_000);
});
