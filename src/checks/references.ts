/**
 * The API reference of every document, built inside the check path: each document an entry names
 * is bundled (src/openapi/bundle.ts, which reads through the guarded reader), converted when it is
 * Swagger 2.0, and turned into its reference model, exactly as the pages will use it. So a document
 * that would break a page (a Swagger 2.0 `consumes` that is not a list makes the converter throw)
 * fails the check with its file, place and a hint, in `npm run validate` and the build alike, and
 * never as a stack trace while pages render.
 *
 * The references built here are the ones the pages use (`loadEntryReference` keeps them for the
 * process). `npm run validate` needs only the verdict, so a document whose files, entry and code are
 * unchanged since a passing check is not built again: `.cache/checks/references.json` keeps, per
 * document, the SHA-256 of every file its bundle read, checked again (through the guarded reader)
 * before the result is reused.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedEntry } from '../catalogue/load.ts';
import { readGuarded } from '../files/guarded.ts';
import type { EntryWithSpecs } from '../openapi/entry-reference.ts';
import { displayPath, UserInputError, type Problem } from '../problems/problem.ts';
import type { SpecAssessment } from '../standards/assess.ts';
import { entryKey, reportedByEntryCheck } from './assess-entries.ts';
import { sha256 } from '../files/hash.ts';
import { listTs, packageVersion } from '../standards/cache.ts';

const FORMAT = 'references/2';

/** The view of an entry that the reference builder and the pages take. */
export function specsView(loaded: LoadedEntry): EntryWithSpecs {
  return { entry: loaded.entry, specs: loaded.entry.specs.map((s) => ({ file: s.file, absolutePath: path.resolve(loaded.dir, s.file), root: loaded.dir })) };
}

let codeVersion: string | undefined;

/** Changes whenever the reference code (bundler, converter, model, reader, YAML) or its libraries change. */
function referenceCodeVersion(): string {
  if (codeVersion) return codeVersion;
  const src = fileURLToPath(new URL('..', import.meta.url));
  const files = ['openapi', 'files', 'yaml', 'text'].flatMap((dir) => (existsSync(path.join(src, dir)) ? listTs(path.join(src, dir)) : [])).sort();
  const parts = [
    FORMAT,
    ...files.map((f) => `${path.relative(src, f)}\0${sha256(readFileSync(f))}`),
    ...['swagger2openapi', '@redocly/openapi-core', 'yaml'].map((pkg) => `${pkg}@${packageVersion(pkg)}`),
  ];
  codeVersion = sha256(parts.join('\n'));
  return codeVersion;
}

interface Stored {
  /** Every other file the bundle read, with its SHA-256 (the document's own is in the key). */
  files: { file: string; sha256: string }[];
  problems: Problem[];
}

/** Results by document key in `<dir>/references.json`: read once, written once. */
class ReferenceCache {
  readonly #file: string | undefined;
  #results: Record<string, Stored> = {};
  #dirty = false;
  constructor(dir: string | undefined) {
    this.#file = dir ? path.join(dir, 'references.json') : undefined;
    if (!this.#file || !existsSync(this.#file)) return;
    try {
      const data = JSON.parse(readFileSync(this.#file, 'utf8')) as { format?: string; version?: string; results?: Record<string, Stored> };
      if (data.format === FORMAT && data.version === referenceCodeVersion() && data.results) this.#results = data.results;
    } catch {
      // A damaged cache is rebuilt.
    }
  }
  /** A stored result whose files are all unchanged. */
  get(key: string, root: string): Problem[] | undefined {
    const stored = this.#results[key];
    if (!stored) return undefined;
    for (const f of stored.files) {
      const read = readGuarded(f.file, { root, kind: 'ref' });
      if (!read.ok || sha256(read.bytes) !== f.sha256) return undefined;
    }
    return stored.problems;
  }
  set(key: string, value: Stored): void {
    this.#results[key] = value;
    this.#dirty = true;
  }
  save(): void {
    if (!this.#file || !this.#dirty) return;
    try {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      const tmp = `${this.#file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, version: referenceCodeVersion(), results: this.#results }));
      renameSync(tmp, this.#file);
    } catch {
      // The cache only saves time.
    }
  }
}

/** A failure of the reference builder that is not a located problem: still a problem at the document, never a stack trace. */
function unexpected(file: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    file: displayPath(file),
    line: 1,
    column: 1,
    rule: 'reference/render',
    severity: 'error',
    message: `the API reference cannot be built from this document: ${message}`,
    hint: 'check the document against the OpenAPI (or Swagger 2.0) specification; the GDS standards report for it may point at the cause',
  };
}

export interface ReferenceCheckOptions {
  /** Cache folder (`.cache/checks`), or undefined for none. */
  cacheDir?: string;
  /**
   * True for the build: every reference is built and kept for the pages, whatever the cache says.
   * False for `validate`: unchanged documents that passed before are not built again.
   */
  build: boolean;
}

/**
 * Builds the reference of every document of `entries` that its assessment could read (the others
 * already have their problem), and returns the problems, by entry key.
 */
export async function checkReferences(entries: readonly LoadedEntry[], assessments: ReadonlyMap<string, SpecAssessment[]>, options: ReferenceCheckOptions): Promise<Map<string, Problem[]>> {
  const cache = new ReferenceCache(options.cacheDir);
  const byEntry = new Map<string, Problem[]>();
  for (const loaded of entries) {
    const key = entryKey(loaded);
    const docs = assessments.get(key) ?? [];
    const view = specsView(loaded);
    const problems: Problem[] = [];
    for (const [index, spec] of view.specs.entries()) {
      const assessment = docs[index];
      if (!assessment || !assessment.assessable || reportedByEntryCheck(assessment)) continue;
      const read = readGuarded(spec.absolutePath, { root: spec.root, kind: 'openapi' });
      if (!read.ok) continue; // the entry check reports it
      const cacheKey = sha256([FORMAT, process.cwd(), key, index, spec.absolutePath, spec.root, sha256(read.bytes), JSON.stringify(loaded.entry)].join('\0'));
      if (!options.build) {
        const hit = cache.get(cacheKey, spec.root);
        if (hit) {
          problems.push(...hit);
          continue;
        }
      }
      let found: Problem[] = [];
      try {
        // Loaded on the first document to build: a run whose verdicts are all cached loads no bundler.
        const { loadEntryReference } = await import('../openapi/entry-reference.ts');
        const reference = await loadEntryReference(view, index);
        // Kept with the hashes of the files the bundler read (the document's own is in the key). A
        // failure is not kept: which referenced file caused it is not known, so any could fix it.
        cache.set(cacheKey, { files: reference.bundled.reads.filter((r) => r.file !== spec.absolutePath).map((r) => ({ file: r.file, sha256: r.sha256 })), problems: [] });
      } catch (e) {
        found = e instanceof UserInputError ? e.problems.map((p) => ({ ...p, severity: 'error' as const })) : [unexpected(spec.absolutePath, e)];
      }
      problems.push(...found);
    }
    if (problems.length) byEntry.set(key, problems);
  }
  cache.save();
  return byEntry;
}
