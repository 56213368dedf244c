/**
 * The changelog's cache, under `.cache/changelog/` by default (gitignored, safe to delete).
 *
 * Everything in it is keyed by Git object ids, which name exact content and never change: the
 * comparison of two versions of a document is stored under a hash of both versions' entry folders
 * (every file's path and blob id) and of the diff code's version, so a long history is compared
 * once, and later builds only compare what new commits brought. Values are written to a temporary
 * file and renamed into place, so a crash or a concurrent build never leaves half a value.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../files/hash.ts';
import { listTs, packageVersion } from '../standards/cache.ts';

const FORMAT = 'changelog-cache/1';

let version: string | undefined;

/**
 * A hash that changes whenever the code that reads, bundles or compares OpenAPI documents, or the
 * changelog itself, changes (and with the versions of yaml and swagger2openapi), so that a better
 * diff re-compares the history instead of serving old answers.
 */
export function changelogCodeVersion(): string {
  if (version) return version;
  const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = [
    ...listTs(path.join(src, 'changelog')),
    ...listTs(path.join(src, 'openapi')),
    ...listTs(path.join(src, 'yaml')),
  ].sort();
  const parts = [FORMAT, `yaml@${packageVersion('yaml')}`, `swagger2openapi@${packageVersion('swagger2openapi')}`];
  for (const f of files) parts.push(`${path.relative(src, f)}\0${sha256(readFileSync(f))}`);
  version = sha256(parts.join('\n'));
  return version;
}

/** JSON values by key (hex), one file each, two levels of folders. */
export class JsonCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get<T>(key: string): T | undefined {
    try {
      return JSON.parse(readFileSync(this.file(key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs time on the next build.
      rmSync(tmp, { force: true });
    }
  }
}

/** The cache key of a set of files: their paths and blob ids, in path order. */
export function folderKey(files: ReadonlyMap<string, string>): string {
  return sha256([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([p, id]) => `${p}\0${id}`).join('\n'));
}
