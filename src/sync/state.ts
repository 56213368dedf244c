/**
 * The ETags of the last copies fetched, kept in `.cache/sync/etags.json` (safe to delete: the next
 * sync then asks for every file in full, with the same result). The scheduled workflow keeps the
 * folder between runs with the Actions cache, so that unchanged files cost a 304.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Etags = Record<string, string>;

export function readEtags(file: string): Etags {
  if (!existsSync(file)) return {};
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'string')) as Etags;
  } catch {
    return {};
  }
}

export function writeEtags(file: string, etags: Etags): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(Object.fromEntries(Object.entries(etags).sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`);
}
