/**
 * Which paths on the command line are catalogue entries (checked through the one check path, as the
 * build checks them) and which are other OpenAPI files and folders (assessed against the GDS
 * standards only). A catalogue is a folder with `entries/` and at least one of `config.yaml`,
 * `topics.yaml` or `organisations/`.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isEntryFileName } from '../catalogue/entry-files.ts';

export interface Targets {
  /** The catalogue to check, and the entries to report (every entry when `only` is undefined). */
  catalogue?: { root: string; only?: string[] };
  /** Everything else: OpenAPI files and folders of them. */
  other: string[];
}

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

function isCatalogueRoot(dir: string): boolean {
  return isDir(path.join(dir, 'entries')) && ['config.yaml', 'topics.yaml', 'organisations'].some((f) => existsSync(path.join(dir, f)));
}

/** What one path names: the whole catalogue at `root`, one entry of it, or neither. */
function classify(full: string): { root: string; entry?: string } | undefined {
  if (isDir(full)) {
    if (isCatalogueRoot(full)) return { root: full };
    const parent = path.dirname(full);
    if (path.basename(full) === 'entries' && isCatalogueRoot(parent)) return { root: parent };
    if (path.basename(parent) === 'entries' && isCatalogueRoot(path.dirname(parent))) return { root: path.dirname(parent), entry: path.basename(full) };
    return undefined;
  }
  if (isEntryFileName(path.basename(full))) {
    const found = classify(path.dirname(full));
    return found?.entry ? found : undefined;
  }
  return undefined;
}

/** Sorts paths (relative to `cwd`) into a catalogue scope and other documents; an error for entries of two catalogues. */
export function sortTargets(paths: readonly string[], cwd: string): Targets | { error: string } {
  const other: string[] = [];
  let root: string | undefined;
  let whole = false;
  const only = new Set<string>();
  for (const p of paths) {
    const full = path.resolve(cwd, p);
    const found = classify(full);
    if (!found) {
      other.push(p);
      continue;
    }
    if (root !== undefined && root !== found.root) return { error: `${p} is in another catalogue (${found.root}) than the paths before it (${root}): check one catalogue at a time` };
    root = found.root;
    if (found.entry) only.add(found.entry);
    else whole = true;
  }
  if (root === undefined) return { other };
  return { catalogue: { root, ...(whole ? {} : { only: [...only] }) }, other };
}
