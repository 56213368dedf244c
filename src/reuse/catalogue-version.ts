/**
 * The version of the catalogue a build shows, for reuse check records: a hash of every file in the
 * catalogue folder (names and contents), so two builds of the same catalogue give the same version,
 * and the Git commit when the build runs in a checkout (CI sets GITHUB_SHA).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface CatalogueVersion {
  /** First 12 hex digits of the SHA-256 of the catalogue's files. */
  version: string;
  commit?: string;
  builtAt: string;
}

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) files(p, out);
    else if (s.isFile()) out.push(p);
  }
  return out;
}

/** The commit of the checkout, when there is one. */
function gitCommit(dir: string): string | undefined {
  const fromCi = process.env['GITHUB_SHA'];
  if (fromCi && /^[0-9a-f]{40}$/.test(fromCi)) return fromCi;
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 }).toString().trim();
    return /^[0-9a-f]{40}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

export function catalogueVersion(dir: string, now: Date = new Date()): CatalogueVersion {
  const hash = createHash('sha256');
  for (const file of files(dir)) {
    hash.update(path.relative(dir, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  const commit = gitCommit(dir);
  return { version: hash.digest('hex').slice(0, 12), ...(commit ? { commit } : {}), builtAt: now.toISOString() };
}
