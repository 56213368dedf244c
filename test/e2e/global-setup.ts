/**
 * Builds the real catalogue once, with the project's own build command, into .cache/e2e-dist for
 * every browser test. The build runs in a child process exactly as a user would run it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const E2E_DIST = path.resolve('.cache/e2e-dist');

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['scripts/build.ts', '--out', E2E_DIST], { stdio: 'inherit' });
}
