/**
 * Result cache for assessments, under `.cache/lint/` by default (gitignored). A result is reused
 * only when the entry document, every file it read and the ruleset version are all unchanged:
 *
 * - the key hashes the ruleset version, the limits, the entry's path, its root folder and its
 *   content;
 * - the stored value lists every other file read with its SHA-256, checked again before reuse.
 *
 * The ruleset version hashes the engine and rule source files (src/standards/**, src/yaml/**,
 * src/files/**, and the OpenAPI readers and `$ref` loader in src/openapi/) and the
 * @redocly/openapi-core and yaml versions, so any change to a rule invalidates every result.
 * Timeouts and out-of-memory results are never stored (they depend on the machine's load).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readGuarded } from '../files/guarded.ts';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../files/hash.ts';
import type { SpecAssessment } from './engine.ts';

const FORMAT = 'gds-lint-cache/1';

export function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(full));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

/** The installed version of a package, or `unknown`. */
export function packageVersion(name: string): string {
  try {
    let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
    for (let i = 0; i < 5; i++) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
        // keep climbing
      }
      dir = path.dirname(dir);
    }
  } catch {
    // unresolvable: the version stays unknown
  }
  return 'unknown';
}

let version: string | undefined;

/** A hash that changes whenever any rule, the engine or the Redocly/yaml version changes. */
export function rulesetVersion(): string {
  if (version) return version;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const src = path.join(here, '..');
  const files = [
    ...listTs(here),
    ...listTs(path.join(src, 'yaml')),
    ...listTs(path.join(src, 'files')),
    path.join(src, 'openapi', 'readers.ts'),
    path.join(src, 'openapi', 'ref-resolver.ts'),
  ].sort();
  const parts = [FORMAT, `@redocly/openapi-core@${packageVersion('@redocly/openapi-core')}`, `yaml@${packageVersion('yaml')}`];
  for (const f of files) parts.push(`${path.relative(src, f)}\0${sha256(readFileSync(f))}`);
  version = sha256(parts.join('\n'));
  return version;
}

interface Stored {
  format: typeof FORMAT;
  /** Files other than the entry document, with their SHA-256 when read. */
  files: { file: string; sha256: string }[];
  result: SpecAssessment;
}

export class LintCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The cache key of an entry document with the given content. */
  key(file: string, root: string, contentHash: string, limits: unknown): string {
    return sha256([FORMAT, rulesetVersion(), JSON.stringify(limits), path.resolve(file), path.resolve(root), contentHash].join('\0'));
  }

  #path(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /**
   * A stored result, if every file it read is unchanged. The files are read again through the
   * guarded reader, inside `root`: a file that has become a link (to /dev/zero, say) since is refused,
   * never followed.
   */
  get(key: string, root: string): SpecAssessment | undefined {
    let stored: Stored;
    try {
      stored = JSON.parse(readFileSync(this.#path(key), 'utf8')) as Stored;
    } catch {
      return undefined;
    }
    if (stored.format !== FORMAT) return undefined;
    for (const { file, sha256: expected } of stored.files) {
      const read = readGuarded(file, { root, kind: 'ref' });
      if (!read.ok || sha256(read.bytes) !== expected) return undefined;
    }
    return stored.result;
  }

  set(key: string, result: SpecAssessment, otherFiles: { file: string; sha256: string }[]): void {
    if (!result.assessable && (result.code === 'timeout' || result.code === 'out-of-memory' || result.code === 'engine-error')) return;
    const target = this.#path(key);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      const stored: Stored = { format: FORMAT, files: otherFiles, result };
      writeFileSync(tmp, JSON.stringify(stored));
      renameSync(tmp, target);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }

  /** Removes every stored result. */
  clear(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Whether the cache folder exists and holds anything. */
  isEmpty(): boolean {
    try {
      return !statSync(this.dir).isDirectory() || readdirSync(this.dir).length === 0;
    } catch {
      return true;
    }
  }
}

export const DEFAULT_CACHE_DIR = path.join('.cache', 'lint');
