/**
 * The version of the catalogue a build shows, for reuse check records: a hash of what the site is
 * built from (every entry, organisation and topic, and every OpenAPI document as published), so two
 * builds of the same catalogue give the same version; and the Git commit when the build runs in a
 * checkout (CI sets GITHUB_SHA).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

export interface CatalogueVersion {
  /** First 12 hex digits of the SHA-256 of the catalogue's content. */
  version: string;
  commit?: string;
  builtAt: string;
}

/** The commit of the checkout the build runs in, when there is one. */
function gitCommit(): string | undefined {
  const fromCi = process.env['GITHUB_SHA'];
  if (fromCi && /^[0-9a-f]{40}$/.test(fromCi)) return fromCi;
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 }).toString().trim();
    return /^[0-9a-f]{40}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/** `parts` are the catalogue's values in a fixed order (entries, organisations, topics, documents). */
export function catalogueVersion(parts: readonly unknown[], now: Date = new Date()): CatalogueVersion {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(JSON.stringify(part) ?? 'undefined');
    hash.update('\0');
  }
  const commit = gitCommit();
  return { version: hash.digest('hex').slice(0, 12), ...(commit ? { commit } : {}), builtAt: now.toISOString() };
}
