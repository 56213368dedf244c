/**
 * A folder of a commit, written out as plain files so that the ordinary catalogue reader and the
 * standards assessment can read it, without checking anything out over the working tree.
 *
 * Snapshots are cached by the folder's tree id (`.cache/git/trees/<tree id>-<folder hash>/<folder>/…`): a tree id
 * names exact content, so two commits with the same catalogue share one snapshot, and a snapshot is
 * written once and never changed. A new snapshot is written to a temporary folder and renamed into
 * place, so a crash or a concurrent run never leaves a half-written one.
 *
 * The commit is untrusted (it may come from a fork): only regular files are written. Symbolic
 * links, submodules, paths with `..`, `.git` or control characters, and files over the size limits
 * are left out and reported as problems naming the file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { GitError } from './git.ts';
import { FILE_MODES, type GitRepo, type TreeFile } from './repo.ts';

export const DEFAULT_SNAPSHOT_CACHE = '.cache/git/trees';

export interface SnapshotLimits {
  /** Largest file written (bytes); larger ones are reported and left out. */
  maxFileBytes: number;
  /** Largest folder (total bytes of its files); a larger one is an error. */
  maxTotalBytes: number;
  /** Most files in the folder. */
  maxFiles: number;
}

export const DEFAULT_SNAPSHOT_LIMITS: Readonly<SnapshotLimits> = {
  maxFileBytes: 20 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxFiles: 20_000,
};

export interface SnapshotOptions {
  /** Where snapshots are kept (`.cache/git/trees` under the repository by default). */
  cacheDir?: string;
  /** How many snapshots to keep; the least recently used beyond that are removed (16 by default). */
  keep?: number;
  limits?: Partial<SnapshotLimits>;
}

export interface Snapshot {
  /** The ref as given. */
  ref: string;
  commit: string;
  /** The folder's path in the repository, e.g. `catalogue`. */
  folder: string;
  /** The folder's tree id; undefined when the commit has no such folder (the snapshot is then empty). */
  tree?: string;
  /** Where the folder's files are on disk: `<root>/<folder>`. */
  dir: string;
  /** The folder that stands for the repository root: paths under it read as repository paths. */
  root: string;
  /** Every file written, by repository path, with its object id (equal ids mean equal content). */
  files: Map<string, TreeFile>;
  /** Files left out, with why. */
  problems: Problem[];
  /** True when the files were already on disk from an earlier run. */
  cached: boolean;
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a path from a commit must not be written to disk, or undefined when it is safe. */
export function unsafePathReason(file: string): string | undefined {
  if (CONTROL.test(file)) return 'has a control character in its name';
  if (file.includes('\\')) return 'has a backslash in its name';
  const parts = file.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return 'has an empty, "." or ".." part';
  if (parts.some((p) => p.toLowerCase() === '.git')) return 'has a ".git" part';
  return undefined;
}

function problem(file: string, rule: string, message: string, hint: string): Problem {
  return { file, rule: `git/${rule}`, severity: 'error', message, hint };
}

/** Splits a commit's files into those that may be written and problems for the rest. */
export function screenFiles(files: readonly TreeFile[], limits: SnapshotLimits): { files: TreeFile[]; problems: Problem[] } {
  const ok: TreeFile[] = [];
  const problems: Problem[] = [];
  let total = 0;
  for (const f of files) {
    const unsafe = unsafePathReason(f.path);
    if (unsafe) {
      problems.push(problem(JSON.stringify(f.path).slice(1, -1), 'unsafe-path', `the path ${unsafe}`, 'rename the file: use letters, digits, hyphens, dots and underscores'));
    } else if (f.mode === FILE_MODES.symlink) {
      problems.push(problem(f.path, 'symlink', 'is a symbolic link; the catalogue takes regular files only', 'commit the file itself in the entry folder instead of a link'));
    } else if (f.type !== 'blob') {
      problems.push(problem(f.path, 'submodule', 'is a Git submodule; the catalogue takes regular files only', 'commit the files themselves instead of a submodule'));
    } else if ((f.size ?? 0) > limits.maxFileBytes) {
      problems.push(problem(f.path, 'too-large', `is ${f.size} bytes, over the limit of ${limits.maxFileBytes}`, 'split the document into smaller files or remove what is not needed'));
    } else {
      total += f.size ?? 0;
      ok.push(f);
    }
  }
  if (ok.length > limits.maxFiles) throw new GitError(`the folder has ${ok.length} files, over the limit of ${limits.maxFiles}`);
  if (total > limits.maxTotalBytes) throw new GitError(`the folder's files add up to ${total} bytes, over the limit of ${limits.maxTotalBytes}`);
  return { files: ok, problems };
}

function touch(dir: string): void {
  const now = new Date();
  try {
    utimesSync(dir, now, now);
  } catch {
    // another run removed it meanwhile; it is written again next time
  }
}

/** Removes the least recently used snapshots beyond `keep`. */
function prune(cacheDir: string, keep: number, inUse: string): void {
  let names: string[];
  try {
    names = readdirSync(cacheDir).filter((n) => /^(?:[0-9a-f]{40,64}|empty)-[0-9a-f]{12}$/.test(n) && n !== inUse);
  } catch {
    return;
  }
  const aged = names.map((n) => ({ n, t: statSync(path.join(cacheDir, n)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { n } of aged.slice(Math.max(0, keep - 1))) rmSync(path.join(cacheDir, n), { recursive: true, force: true });
}

/**
 * Writes the files of `folder` at `ref` to disk (or reuses an earlier snapshot of the same tree)
 * and returns where they are.
 */
export async function snapshotFolder(repo: GitRepo, ref: string, folder: string, options: SnapshotOptions = {}): Promise<Snapshot> {
  const limits = { ...DEFAULT_SNAPSHOT_LIMITS, ...options.limits };
  const cacheDir = path.resolve(repo.root, options.cacheDir ?? DEFAULT_SNAPSHOT_CACHE);
  const clean = folder.replace(/^\/+|\/+$/g, '');
  if (unsafePathReason(clean)) throw new GitError(`${JSON.stringify(folder)} is not a folder path inside the repository`);
  const commit = await repo.resolveCommit(ref);
  const tree = await repo.treeId(commit, clean);
  const listed = tree ? await repo.listFiles(commit, clean) : [];
  const screened = screenFiles(listed, limits);
  const files = new Map(screened.files.map((f) => [f.path, f]));
  // One snapshot per tree and folder name (the same tree may sit at two paths).
  const root = path.join(cacheDir, `${tree ?? 'empty'}-${createHash('sha256').update(clean).digest('hex').slice(0, 12)}`);
  const dir = path.join(root, clean);
  const base = { ref, commit, folder: clean, ...(tree ? { tree } : {}), dir, root, files, problems: screened.problems };

  let exists = false;
  try {
    exists = statSync(dir).isDirectory();
  } catch {
    exists = false;
  }
  if (exists) {
    touch(root);
    return { ...base, cached: true };
  }

  mkdirSync(cacheDir, { recursive: true });
  const staging = mkdtempSync(path.join(cacheDir, '.staging-'));
  try {
    mkdirSync(path.join(staging, clean), { recursive: true });
    const blobs = await repo.readBlobs(screened.files.map((f) => f.id));
    for (const f of screened.files) {
      const target = path.join(staging, f.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, blobs.get(f.id)!, { flag: 'wx', mode: 0o644 });
    }
    try {
      renameSync(staging, root);
    } catch (e) {
      // Another run wrote the same tree meanwhile: theirs is identical, keep it.
      if (!['ENOTEMPTY', 'EEXIST'].includes((e as { code?: string }).code ?? '')) throw e;
      rmSync(staging, { recursive: true, force: true });
    }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  prune(cacheDir, options.keep ?? 16, path.basename(root));
  return { ...base, cached: false };
}
