/**
 * @redocly/openapi-core as one file, for fast start-up: the package is some seven hundred modules,
 * and resolving and loading them costs each worker thread about 0.27 s of CPU; one bundled file
 * loads in about 0.09 s. The bundle is built with esbuild the first time a document has to be
 * linted, into `.cache/redocly/` (gitignored), named by the package's version so that an upgrade
 * builds a new one; workers then resolve `@redocly/openapi-core` to it.
 *
 * It is only a speed-up: when esbuild is missing, the build fails or Node cannot redirect imports,
 * everything loads the package as installed.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import * as module from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageVersion } from './cache.ts';

const PACKAGE = '@redocly/openapi-core';
const BUNDLE_DIR = fileURLToPath(new URL('../../.cache/redocly/', import.meta.url));

/** Where the bundle of the installed version is (whether or not it has been built). */
export function redoclyBundlePath(): string {
  return path.join(BUNDLE_DIR, `openapi-core-${packageVersion(PACKAGE)}.mjs`);
}

/** The bundle's path, building it first when it is missing; undefined when it cannot be built. */
export async function ensureRedoclyBundle(): Promise<string | undefined> {
  const target = redoclyBundlePath();
  if (existsSync(target)) return target;
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp.mjs`;
  try {
    const esbuild = await import('esbuild');
    mkdirSync(BUNDLE_DIR, { recursive: true });
    await esbuild.build({
      entryPoints: [fileURLToPath(import.meta.resolve(PACKAGE))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: tmp,
      logLevel: 'silent',
      // The package's CommonJS dependencies `require` Node's modules.
      banner: { js: "import { createRequire as __gdsCreateRequire } from 'node:module'; const require = __gdsCreateRequire(import.meta.url);" },
    });
    renameSync(tmp, target);
    return target;
  } catch {
    rmSync(tmp, { force: true });
    return undefined;
  }
}

/** Makes this thread's imports of `@redocly/openapi-core` load the bundle (call before importing anything that uses it). */
export function useRedoclyBundle(bundle: string | undefined): void {
  const register = (module as unknown as { registerHooks?: (hooks: { resolve: (...args: never[]) => unknown }) => unknown }).registerHooks;
  if (!bundle || !register || !existsSync(bundle)) return;
  const url = pathToFileURL(bundle).href;
  register({
    resolve: ((specifier: string, context: unknown, next: (s: string, c: unknown) => unknown) =>
      specifier === PACKAGE ? { url, format: 'module', shortCircuit: true } : next(specifier, context)) as never,
  });
}
