/**
 * The ETags of the last copies fetched, kept in `.cache/sync/etags.json` (safe to delete: the next
 * sync then asks for every file in full, with the same result). The scheduled workflow keeps the
 * folder between runs with the Actions cache, so that unchanged files cost a 304.
 *
 * Each ETag is kept with the SHA-256 of the bytes it was fetched for, and is sent only when the
 * committed copy has exactly those bytes. The cache outlives the checkout: the workflow rebuilds its
 * branch from main on every run, so a copy written by an earlier run but not yet merged is back at
 * its old version, and a 304 for the new version's ETag would silently drop the change.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface KeptEtag {
  etag: string;
  /** SHA-256 (hex) of the bytes fetched with this ETag. */
  sha256: string;
}

export type Etags = Record<string, KeptEtag>;

const isKept = (v: unknown): v is KeptEtag =>
  !!v && typeof v === 'object' && typeof (v as KeptEtag).etag === 'string' && typeof (v as KeptEtag).sha256 === 'string' && /^[0-9a-f]{64}$/.test((v as KeptEtag).sha256);

/** The kept ETags; anything else in the file (an older format, a bad entry) is left out, which only costs a full download. */
export function readEtags(file: string): Etags {
  if (!existsSync(file)) return {};
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter(([, v]) => isKept(v)).map(([k, v]: [string, KeptEtag]) => [k, { etag: v.etag, sha256: v.sha256 }]));
  } catch {
    return {};
  }
}

export function writeEtags(file: string, etags: Etags): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(Object.fromEntries(Object.entries(etags).sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`);
}
