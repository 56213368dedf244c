/**
 * Node's on-disk cache of compiled code, under `.cache/node-compile/` in the repository (gitignored): the command line and each worker thread load Redocly and the rules from it instead
 * of compiling them again, which is most of their start-up time. A Node without the API, or a
 * folder that cannot be written, only costs time.
 */
import * as module from 'node:module';
import { fileURLToPath } from 'node:url';

export const COMPILE_CACHE_DIR = fileURLToPath(new URL('../../.cache/node-compile/', import.meta.url));

export function enableCompileCache(dir: string = COMPILE_CACHE_DIR): void {
  try {
    (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache?.(dir);
  } catch {
    // No cache: slower, not wrong.
  }
}
