/**
 * The catalogue-wide entry point: `assessSpecs` assesses many OpenAPI documents, reusing cached
 * results for unchanged ones and linting the rest across worker threads (one per core at most),
 * each bounded in time and memory. Every item gets a result; nothing here throws for user input.
 *
 * Paths in results are relative to the working directory when they are inside it, else absolute.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { isInside, sha256 } from '../yaml/ref-resolver.ts';
import { displayPath } from '../problems/problem.ts';
import { DEFAULT_CACHE_DIR, LintCache } from './cache.ts';
import type { SpecAssessment } from './engine.ts';
import { notAssessable, tooLarge, withDefaults, type AssessLimits } from './load.ts';
import { AssessPool } from './pool.ts';
import type { RuleTimes } from './profile.ts';

export type { SpecAssessment, Assessed, SeverityCounts } from './engine.ts';
export type { NotAssessable, NotAssessableCode, AssessLimits } from './load.ts';
export type { Finding } from './lint.ts';
// Everything the site needs about rules, levels and the score, from one place.
export { RULES } from './rules/index.ts';
export { ENGINE_RULES, type EngineRule } from './engine-rules.ts';
export { allRules, rulesByLevel, ruleLevel, achievedLevel, LEVELS_EXPLAINED, type AchievedLevel, type AnyRule } from './levels.ts';
export { computeScore, LEVEL_WEIGHTS, SCORE_EXPLAINED, type ScoreDetail, type SpecVersion } from './score.ts';

export interface AssessItem {
  /** The caller's id for this document (returned as the map key). */
  id: string;
  /** The entry document. */
  file: string;
  /** The folder nothing may be read outside of (the catalogue entry's folder). */
  root: string;
}

export interface AssessOptions {
  /** Cache folder, `false` to disable; `.cache/lint` in the working directory by default. */
  cache?: string | false;
  limits?: Partial<AssessLimits>;
  /** Most worker threads; the number of cores by default. */
  concurrency?: number;
  /** Folder results are shown relative to; the working directory by default. */
  cwd?: string;
  /** Adds each GDS rule's visitor time (ms) into this table; disables the cache. */
  profile?: RuleTimes;
  /** Called after each document is done. */
  onResult?: (id: string, result: SpecAssessment, fromCache: boolean) => void;
}

export { displayPath };

function display(result: SpecAssessment, cwd: string): SpecAssessment {
  const show = (f: string): string => displayPath(f, cwd);
  if (!result.assessable) return { ...result, file: show(result.file), problem: { ...result.problem, file: show(result.problem.file) } };
  return { ...result, file: show(result.file), files: result.files.map(show), findings: result.findings.map((f) => ({ ...f, file: show(f.file) })) };
}

export async function assessSpecs(items: readonly AssessItem[], options: AssessOptions = {}): Promise<Map<string, SpecAssessment>> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const limits = withDefaults(options.limits);
  const cache = options.cache === false || options.profile ? undefined : new LintCache(path.resolve(cwd, options.cache ?? DEFAULT_CACHE_DIR));
  const results = new Map<string, SpecAssessment>();
  const done = (id: string, result: SpecAssessment, fromCache: boolean): void => {
    const shown = display(result, cwd);
    results.set(id, shown);
    options.onResult?.(id, shown, fromCache);
  };

  const toLint: { item: AssessItem; file: string; root: string; key?: string }[] = [];
  for (const item of items) {
    const file = path.resolve(cwd, item.file);
    const root = path.resolve(cwd, item.root);
    if (!isInside(root, file)) {
      done(item.id, notAssessable(file, 'outside-root', 'the document is outside its entry folder', { hint: `move it into ${displayPath(root, cwd)}` }), false);
      continue;
    }
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      size = stat.size;
    } catch (e) {
      const missing = (e as { code?: string }).code === 'ENOENT';
      done(item.id, notAssessable(file, 'unreadable', missing ? 'the file does not exist' : 'the path is not a readable file', { hint: 'check the `file` named in the entry' }), false);
      continue;
    }
    if (size > limits.maxFileBytes) {
      done(item.id, tooLarge(file, size, limits.maxFileBytes), false);
      continue;
    }
    if (cache) {
      const key = cache.key(file, root, sha256(readFileSync(file)), limits);
      const hit = cache.get(key);
      if (hit) {
        done(item.id, hit, true);
        continue;
      }
      toLint.push({ item, file, root, key });
    } else {
      toLint.push({ item, file, root });
    }
  }

  if (toLint.length > 0) {
    const size = Math.max(1, Math.min(toLint.length, availableParallelism(), options.concurrency ?? Infinity));
    const pool = new AssessPool({ size, timeoutMs: limits.timeoutMs, memoryMb: limits.memoryMb });
    try {
      await Promise.all(
        toLint.map(async ({ item, file, root, key }) => {
          const reply = await pool.run({ kind: 'assess', file, root, limits, profile: options.profile !== undefined });
          for (const [rule, ms] of reply.times ?? []) options.profile?.set(rule, (options.profile.get(rule) ?? 0) + ms);
          if (cache && key) cache.set(key, reply.result, reply.reads.filter((r) => r.file !== file).map((r) => ({ file: r.file, sha256: r.sha256 })));
          done(item.id, reply.result, false);
        }),
      );
    } finally {
      await pool.close();
    }
  }

  // Same order as the items.
  return new Map(items.map((i) => [i.id, results.get(i.id)!]));
}

/** Assesses one document (see assessSpecs). */
export async function assessSpec(item: Omit<AssessItem, 'id'>, options: AssessOptions = {}): Promise<SpecAssessment> {
  const results = await assessSpecs([{ ...item, id: 'spec' }], options);
  return results.get('spec')!;
}

/**
 * Runs the "bare engine" (Redocly's recommended rules, its own parser, none of ours) over the
 * documents in the same worker pool, for speed comparisons. Returns how many could not be linted.
 */
export async function lintBare(files: readonly string[], options: { concurrency?: number; limits?: Partial<AssessLimits> } = {}): Promise<{ failed: number; problems: number }> {
  const limits = withDefaults(options.limits);
  const size = Math.max(1, Math.min(files.length, availableParallelism(), options.concurrency ?? Infinity));
  const pool = new AssessPool({ size, timeoutMs: limits.timeoutMs, memoryMb: limits.memoryMb });
  let failed = 0;
  let problems = 0;
  try {
    await Promise.all(
      files.map(async (file) => {
        const reply = await pool.run({ kind: 'bare', file: path.resolve(file), root: path.dirname(path.resolve(file)), limits });
        if (reply.bareProblems === undefined) failed += 1;
        else problems += reply.bareProblems;
      }),
    );
  } finally {
    await pool.close();
  }
  return { failed, problems };
}
