/**
 * Two entries publishing the same OpenAPI document: documents are compared after parsing, as
 * canonical JSON (keys sorted), so whitespace, key order, quoting and YAML-or-JSON make no
 * difference. Entries that say how they relate (provides, related, successor) may share one.
 *
 * Parsing every document on every run would cost more than the cached assessment, so the canonical
 * hash of each document is kept in a small cache keyed by the SHA-256 of its bytes.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nameEntries, ONE_ENTRY_HINT, problemAt, reportShared } from '../catalogue/cross-checks.ts';
import type { LoadedEntry } from '../catalogue/load.ts';
import type { Problem } from '../problems/problem.ts';
import { readGuarded } from '../files/guarded.ts';
import { parseYaml } from '../yaml/parse.ts';
import { entryKey } from './assess-entries.ts';
import { sha256 } from '../files/hash.ts';
import { canonicalJson } from '../text/canonical-json.ts';

const FORMAT = 'document-hashes/2';

/** Canonical hashes by the SHA-256 of a document's bytes, read from and written to `<dir>/document-hashes.json`. */
class HashCache {
  private readonly file: string | undefined;
  private readonly before: Record<string, string> = {};
  readonly used: Record<string, string> = {};
  constructor(dir: string | undefined) {
    this.file = dir ? path.join(dir, 'document-hashes.json') : undefined;
    if (this.file && existsSync(this.file)) {
      try {
        const data = JSON.parse(readFileSync(this.file, 'utf8')) as { format?: string; hashes?: Record<string, string> };
        if (data.format === FORMAT && data.hashes) this.before = data.hashes;
      } catch {
        // A damaged cache is rebuilt.
      }
    }
  }
  get(raw: string): string | undefined {
    const hit = this.before[raw];
    if (hit !== undefined) this.used[raw] = hit;
    return hit;
  }
  set(raw: string, canonical: string): void {
    this.used[raw] = canonical;
  }
  save(): void {
    if (!this.file) return;
    const same = Object.keys(this.used).length === Object.keys(this.before).length && Object.entries(this.used).every(([k, v]) => this.before[k] === v);
    if (same) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, hashes: this.used }));
      renameSync(tmp, this.file);
    } catch {
      // The cache only saves time.
    }
  }
}

/** The canonical hash of a document, or undefined when it cannot be read or parsed (its assessment says why). */
function canonicalHash(file: string, root: string, cache: HashCache): string | undefined {
  const read = readGuarded(file, { root, kind: 'openapi' });
  if (!read.ok) return undefined;
  const raw = sha256(read.bytes);
  const hit = cache.get(raw);
  if (hit !== undefined) return hit || undefined;
  const parsed = parseYaml(read.text);
  const canonical = parsed.errors.length === 0 && parsed.data !== null && typeof parsed.data === 'object' ? sha256(canonicalJson(parsed.data)) : '';
  cache.set(raw, canonical);
  return canonical || undefined;
}

/**
 * Problems for entries (those `report` accepts) whose document has the same content as another
 * entry's. Every loaded entry's documents are compared, so a new entry is caught against all.
 */
export function checkSharedDocuments(entries: readonly LoadedEntry[], report: (key: string) => boolean, cacheDir: string | undefined): Problem[] {
  const cache = new HashCache(cacheDir);
  const items = entries.flatMap((owner) =>
    owner.entry.specs.flatMap((spec, index) => {
      const abs = path.resolve(owner.dir, spec.file);
      if (!abs.startsWith(owner.dir + path.sep)) return [];
      const hash = canonicalHash(abs, owner.dir, cache);
      return hash ? [{ owner, index, file: spec.file, hash }] : [];
    }),
  );
  cache.save();
  const problems: Problem[] = [];
  reportShared(items, (i) => i.hash, (item, others) => {
    if (!report(entryKey(item.owner))) return;
    const named = others.map((o) => `"${o.file}" of ${nameEntries([o.owner])}`).join(' and ');
    problems.push(
      problemAt(item.owner, ['specs', item.index, 'file'], 'entry/duplicate-document', `"${item.file}" has the same content as ${named}, ignoring whitespace, key order and YAML or JSON syntax`, ONE_ENTRY_HINT),
    );
  });
  return problems;
}
