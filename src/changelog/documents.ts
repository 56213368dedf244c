/**
 * Compares versions of an entry's OpenAPI documents across its history with the spec diff
 * (src/openapi/diff/), the way the pull-request report does: each version's entry folder is
 * written out from its blobs (regular files only, safe paths only, as src/git/snapshot.ts does),
 * and `diffSpecFiles` bundles both versions inside their folders and compares them.
 *
 * Results are cached by both folders' contents (see cache.ts), so each pair is compared once for
 * good. Folders are written only for pairs not in the cache, and removed as soon as the last
 * comparison that needs them is done.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../files/hash.ts';
import type { GitRepo } from '../git/repo.ts';
import { DEFAULT_SNAPSHOT_LIMITS, unsafePathReason } from '../git/snapshot.ts';
import { FILE_MODES } from '../git/repo.ts';
import { CHANGE_GROUPS, CHANGE_KINDS, diffSpecFiles } from '../openapi/diff/index.ts';
import { parseYaml } from '../yaml/parse.ts';
import { changelogCodeVersion, folderKey, type JsonCache } from './cache.ts';
import type { DocumentChangeFact } from './model.ts';

/** A file of an entry folder at some commit: its blob id and mode. */
export interface FolderFile {
  id: string;
  mode: string;
}

/** An entry folder at some commit: path inside the folder → file. */
export type Folder = ReadonlyMap<string, FolderFile>;

export interface DiffJob {
  /** The document's path inside the entry folder. */
  file: string;
  before: Folder;
  after: Folder;
}

export interface DiffOutcome {
  changes: DocumentChangeFact[];
  incomplete?: string;
  versionBefore?: string;
  versionAfter?: string;
}

/** Files that can be written: regular files with safe paths under the size limit. */
function writable(folder: Folder): [string, FolderFile][] {
  return [...folder].filter(([p, f]) => unsafePathReason(p) === undefined && (f.mode === FILE_MODES.file || f.mode === FILE_MODES.executable));
}

const idsOf = (folder: Folder): Map<string, string> => new Map([...folder].map(([p, f]) => [p, `${f.mode}:${f.id}`]));

export function jobKey(job: DiffJob): string {
  return sha256(['diff', changelogCodeVersion(), job.file, folderKey(idsOf(job.before)), folderKey(idsOf(job.after))].join('\n'));
}

const groupRank = (g: string): number => CHANGE_GROUPS.indexOf(g as (typeof CHANGE_GROUPS)[number]);

/** The changes in the order the changelog shows them: breaking first, then by group, as the diff found them. */
function ordered(changes: DocumentChangeFact[]): DocumentChangeFact[] {
  return changes.map((c, i) => ({ c, i })).sort((a, b) => groupRank(a.c.group) - groupRank(b.c.group) || a.i - b.i).map(({ c }) => c);
}

/** `info.version` of an OpenAPI document's text (or its bytes, as UTF-8), or undefined. The pull-request report uses it too. */
export function infoVersion(content: Buffer | string): string | undefined {
  const data = parseYaml(typeof content === 'string' ? content : content.toString('utf8')).data as { info?: { version?: unknown } } | undefined;
  const v = data?.info?.version;
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export class DocumentComparer {
  private readonly repo: GitRepo;
  private readonly cache: JsonCache;
  private readonly scratch: string;
  /** How many comparisons were asked for, and how many came from the cache. */
  diffs = 0;
  cached = 0;

  constructor(repo: GitRepo, cache: JsonCache) {
    this.repo = repo;
    this.cache = cache;
    this.scratch = path.join(cache.dir, 'scratch');
  }

  /** `info.version` of document blobs, by blob id (cached; the rest read with one `git cat-file`). */
  async versions(blobIds: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const missing: string[] = [];
    const keyOf = (id: string): string => sha256(`version\n${id}`);
    for (const id of new Set(blobIds)) {
      const hit = this.cache.get<{ version?: string }>(keyOf(id));
      if (!hit) missing.push(id);
      else if (hit.version !== undefined) out.set(id, hit.version);
    }
    const blobs = await this.repo.readBlobs(missing);
    for (const id of missing) {
      const blob = blobs.get(id);
      const version = blob && blob.length <= DEFAULT_SNAPSHOT_LIMITS.maxFileBytes ? infoVersion(blob) : undefined;
      this.cache.set(keyOf(id), version === undefined ? {} : { version });
      if (version !== undefined) out.set(id, version);
    }
    return out;
  }

  /** Compares every job, from the cache where it can; results by job key. */
  async compare(jobs: readonly DiffJob[]): Promise<Map<string, DiffOutcome>> {
    const out = new Map<string, DiffOutcome>();
    const todo: { key: string; job: DiffJob }[] = [];
    for (const job of jobs) {
      const key = jobKey(job);
      if (out.has(key)) continue;
      this.diffs += 1;
      const hit = this.cache.get<DiffOutcome>(key);
      if (hit) {
        this.cached += 1;
        out.set(key, hit);
      } else todo.push({ key, job });
    }
    if (todo.length === 0) return out;

    // Each folder is written once and removed after the last comparison that reads it.
    const uses = new Map<string, number>();
    for (const { job } of todo) for (const f of [job.before, job.after]) uses.set(folderKey(idsOf(f)), (uses.get(folderKey(idsOf(f))) ?? 0) + 1);
    mkdirSync(this.scratch, { recursive: true });
    const run = mkdtempSync(path.join(this.scratch, 'run-'));
    const written = new Map<string, string | undefined>();
    try {
      for (const { key, job } of todo) {
        const [before, after] = [await this.write(job.before, run, written), await this.write(job.after, run, written)];
        const versions = await this.versions([job.before.get(job.file)?.id, job.after.get(job.file)?.id].filter((id): id is string => id !== undefined));
        const known = { before: versions.get(job.before.get(job.file)?.id ?? ''), after: versions.get(job.after.get(job.file)?.id ?? '') };
        const outcome =
          before === undefined || after === undefined
            ? { changes: [], incomplete: `the entry folder is over the limits of ${DEFAULT_SNAPSHOT_LIMITS.maxFiles} files and ${DEFAULT_SNAPSHOT_LIMITS.maxTotalBytes / 1024 / 1024} MB` }
            : await this.diff(job.file, before, after, known);
        this.cache.set(key, outcome);
        out.set(key, outcome);
        for (const f of [job.before, job.after]) {
          const k = folderKey(idsOf(f));
          const left = (uses.get(k) ?? 1) - 1;
          uses.set(k, left);
          if (left === 0) {
            const dir = written.get(k);
            if (dir) rmSync(dir, { recursive: true, force: true });
            written.delete(k);
          }
        }
      }
    } finally {
      rmSync(run, { recursive: true, force: true });
    }
    return out;
  }

  /** Writes the folder's files (once per run); undefined when it is over the snapshot limits. */
  private async write(folder: Folder, run: string, written: Map<string, string | undefined>): Promise<string | undefined> {
    const key = folderKey(idsOf(folder));
    if (written.has(key)) return written.get(key);
    const files = writable(folder);
    const blobs = files.length <= DEFAULT_SNAPSHOT_LIMITS.maxFiles ? await this.repo.readBlobs(files.map(([, f]) => f.id)) : undefined;
    const total = blobs ? [...blobs.values()].reduce((n, b) => n + b.length, 0) : Infinity;
    if (!blobs || total > DEFAULT_SNAPSHOT_LIMITS.maxTotalBytes) {
      written.set(key, undefined);
      return undefined;
    }
    const dir = path.join(run, key.slice(0, 16));
    mkdirSync(dir, { recursive: true });
    for (const [p, f] of files) {
      const content = blobs.get(f.id);
      if (!content || content.length > DEFAULT_SNAPSHOT_LIMITS.maxFileBytes) continue;
      const target = path.join(dir, p);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content, { mode: 0o644 });
    }
    written.set(key, dir);
    return dir;
  }

  private async diff(file: string, beforeDir: string, afterDir: string, versions: { before: string | undefined; after: string | undefined }): Promise<DiffOutcome> {
    const withVersions = (o: DiffOutcome): DiffOutcome => ({
      ...o,
      ...(versions.before !== undefined ? { versionBefore: versions.before } : {}),
      ...(versions.after !== undefined ? { versionAfter: versions.after } : {}),
    });
    const diff = await diffSpecFiles({ file: path.join(beforeDir, file), root: beforeDir }, { file: path.join(afterDir, file), root: afterDir });
    if (!diff.ok) {
      const first = diff.problems[0];
      const reason = first ? first.message.split(beforeDir).join('').split(afterDir).join('') : 'unknown reason';
      return withVersions({ changes: [], incomplete: `the two versions could not be compared: ${reason}` });
    }
    const changes = ordered(diff.changes.map((c) => ({ kind: c.kind, group: CHANGE_KINDS[c.kind].group, breaking: c.breaking, where: c.where, message: c.message })));
    return withVersions({ changes, ...(diff.stoppedEarly ? { incomplete: `the comparison stopped early: ${diff.stoppedEarly}` } : {}) });
  }
}
