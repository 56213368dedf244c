/**
 * The catalogue-wide entry point: `assessSpecs` assesses many OpenAPI documents, reusing cached
 * results for unchanged ones and linting the rest across worker threads (one per core at most),
 * each bounded in time and memory. Every item gets a result; nothing here throws for user input.
 *
 * Paths in results are relative to the working directory when they are inside it, else absolute.
 *
 * A run whose documents are all cached loads neither Redocly nor the rules and starts no worker:
 * the pool (and through its workers the engine) is loaded only when a document misses the cache.
 */
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { checkFile, readGuarded } from '../files/guarded.ts';
import { OPENAPI_MAX_BYTES } from '../files/limits.ts';
import { sha256 } from '../files/hash.ts';
import { isInside } from '../files/paths.ts';
import { displayPath } from '../problems/problem.ts';
import { DEFAULT_CACHE_DIR, LintCache } from './cache.ts';
import type { SpecAssessment } from './engine.ts';
import { engineFailure, notAssessable, refusedByReader, tooLarge, withDefaults, type AssessLimits } from './not-assessable.ts';
import type { FailureCode } from './pool.ts';
import type { AssessReply, AssessTask } from './worker.ts';

export type { SpecAssessment, Assessed, SeverityCounts } from './engine.ts';
export type { NotAssessable, NotAssessableCode, AssessLimits } from './not-assessable.ts';
export type { Finding, FindingPlace } from './finding.ts';

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
  const cache = options.cache === false ? undefined : new LintCache(path.resolve(cwd, options.cache ?? DEFAULT_CACHE_DIR));
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
    // Through the guarded reader, as every catalogue file is: no links, a regular file within the
    // limit, strict UTF-8. Its bytes are the cache key, so the key reflects what the worker reads.
    const checked = checkFile(file, { root, kind: 'openapi' });
    if (!checked.ok) {
      const result =
        checked.reason === 'missing'
          ? notAssessable(file, 'unreadable', 'the file does not exist', { hint: 'check the `file` named in the entry' })
          : checked.reason === 'too-large' && checked.size !== undefined
            ? tooLarge(file, checked.size, Math.min(limits.maxFileBytes, OPENAPI_MAX_BYTES))
            : refusedByReader(file, checked.problem);
      done(item.id, result, false);
      continue;
    }
    if (checked.size > limits.maxFileBytes) {
      done(item.id, tooLarge(file, checked.size, limits.maxFileBytes), false);
      continue;
    }
    if (cache) {
      const read = readGuarded(file, { root, kind: 'openapi' });
      if (!read.ok) {
        done(item.id, refusedByReader(file, read.problem), false);
        continue;
      }
      const key = cache.key(file, root, sha256(read.bytes), limits);
      const hit = cache.get(key, root);
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
    const pool = await assessPool(size, limits);
    try {
      await Promise.all(
        toLint.map(async ({ item, file, root, key }) => {
          const reply = await pool.run({ file, root, limits });
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

/** The worker pool, loaded only when a document must be linted. */
async function assessPool(size: number, limits: AssessLimits) {
  const [{ WorkerPool }, { ensureRedoclyBundle }] = await Promise.all([import('./pool.ts'), import('./redocly-bundle.ts')]);
  return new WorkerPool<AssessTask, AssessReply>({
    script: new URL('./worker.ts', import.meta.url),
    workerData: { redoclyBundle: await ensureRedoclyBundle() },
    size,
    timeoutMs: limits.timeoutMs,
    memoryMb: limits.memoryMb,
    onFailure: (task, code, detail) => ({ result: poolFailure(task.file, code, detail, limits), reads: [] }),
  });
}

function poolFailure(file: string, code: FailureCode, detail: string, limits: AssessLimits): SpecAssessment {
  switch (code) {
    case 'timeout':
      return notAssessable(file, 'timeout', `checking took longer than ${Math.round(limits.timeoutMs / 1000)} s`, {
        hint: 'the document is unusually large or complex; split it into smaller documents, or remove generated bulk such as huge examples',
      });
    case 'out-of-memory':
      return notAssessable(file, 'out-of-memory', `checking needed more than ${limits.memoryMb} MB of memory`, {
        hint: 'the document expands to something very large (for example through many YAML aliases or huge examples); simplify it',
      });
    case 'not-started':
      return notAssessable(file, 'engine-error', 'the checker could not start', {
        message: `Not assessable: the checker could not start: ${detail}`,
        hint: "this is a fault in the catalogue's rules, not in the document; report it to the catalogue team",
      });
    default:
      return engineFailure(file, detail);
  }
}
