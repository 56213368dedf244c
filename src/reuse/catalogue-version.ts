/**
 * The version of the catalogue a build shows, for reuse check records: a hash of what the site is
 * built from (every entry, organisation and topic, and every OpenAPI document as published), so two
 * builds of the same catalogue give the same version; and the Git commit when the build is told it
 * (GitHub Actions sets GITHUB_SHA). The build runs no Git command: it reads nothing outside the
 * repository's catalogue and code (see docs/security.md).
 */
import { createHash } from 'node:crypto';

export interface CatalogueVersion {
  /** First 12 hex digits of the SHA-256 of the catalogue's content. */
  version: string;
  commit?: string;
  builtAt: string;
}

/** The commit the build is of, when its environment says (a full 40-digit id only). */
function gitCommit(): string | undefined {
  const fromCi = process.env['GITHUB_SHA'];
  return fromCi && /^[0-9a-f]{40}$/.test(fromCi) ? fromCi : undefined;
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
