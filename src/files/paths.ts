/** Path tests shared by everything that must stay inside a folder (an entry's specs and their `$ref`s). */
import * as path from 'node:path';

/** True when `child` is `root` or lies below it (both absolute and normalised). */
export function isInside(root: string, child: string): boolean {
  const rel = path.relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
