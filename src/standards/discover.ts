/**
 * Finds the OpenAPI documents to check from paths given on the command line:
 * - a catalogue entry folder (it holds `entry.yaml`, `entry.yml` or `entry.mdx`): the `specs: [{ file }]` it lists, with the
 *   entry folder as root (only the file list is read here; src/catalogue/ validates entries);
 * - any other folder: every *.yaml, *.yml and *.json below it whose top level has `openapi` or
 *   `swagger` (skipping node_modules and hidden folders; entry folders inside it count as entries),
 *   with the folder given as root;
 * - a file: that file, with its entry folder as root when it is inside one, else its own folder.
 */
import { openSync, readdirSync, readFileSync, readSync, closeSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { entryFilesIn, isEntryFileName, readEntryFile } from '../catalogue/entry-files.ts';
import type { AssessItem } from './assess.ts';

const SPEC_EXTENSION = /\.(ya?ml|json)$/i;
const HEAD_BYTES = 64 * 1024;
const FULL_JSON_BYTES = 10 * 1024 * 1024;

export interface Discovery {
  items: AssessItem[];
  /** Problems with the inputs themselves (an unreadable entry.yaml, a listed spec that is missing …). */
  problems: Problem[];
}

function readHead(file: string, bytes = HEAD_BYTES): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const isScalar = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number';

/** Cheap test: does this file look like an OpenAPI or Swagger document at its top level? */
export function looksLikeOpenApi(file: string): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return false;
  }
  try {
    if (/\.json$/i.test(file)) {
      if (size <= FULL_JSON_BYTES) {
        try {
          const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
          if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
          const { openapi, swagger } = data as { openapi?: unknown; swagger?: unknown };
          return isScalar(openapi) || isScalar(swagger);
        } catch {
          // Not valid JSON: fall through to the text test (a broken spec should still be reported).
        }
      }
      return /^\s*\{[\s\S]*?"(openapi|swagger)"\s*:\s*["\d]/.test(readHead(file));
    }
    // A version on the same line: `openapi: 3.1.0`, `swagger: "2.0"` (Redocly's own config has an `openapi:` map).
    return /^["']?(openapi|swagger)["']?[ \t]*:[ \t]*["']?\d/m.test(readHead(file));
  } catch {
    return false;
  }
}

/** The YAML parser, loaded only when an entry folder is read (a file or plain folder needs none). */
const parseEntryYaml = (text: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);

function entrySpecs(dir: string, problems: Problem[]): AssessItem[] {
  const entryFile = path.join(dir, entryFilesIn(dir)[0] ?? 'entry.yaml');
  let data: unknown;
  try {
    const read = readEntryFile(entryFile);
    data = 'yaml' in read ? parseEntryYaml(read.yaml) : undefined;
  } catch (e) {
    problems.push({ file: entryFile, rule: 'entry/yaml', severity: 'error', message: `Cannot read the entry: ${(e as Error).message.split('\n')[0]}`, hint: `fix the YAML of ${path.basename(entryFile)}` });
    return [];
  }
  const specs = (data as { specs?: unknown } | null)?.specs;
  if (specs === undefined) return [];
  if (!Array.isArray(specs)) {
    problems.push({ file: entryFile, rule: 'entry/specs', severity: 'error', message: '`specs` must be a list of `{ file: … }`.', hint: 'write `specs:` followed by `  - file: openapi.yaml`' });
    return [];
  }
  const id = path.basename(dir);
  const items: AssessItem[] = [];
  specs.forEach((spec, i) => {
    const file = (spec as { file?: unknown } | null)?.file;
    if (typeof file !== 'string' || file === '') {
      problems.push({ file: entryFile, rule: 'entry/specs', severity: 'error', message: `specs[${i}] has no \`file\`.`, hint: 'name the OpenAPI document, such as `- file: openapi.yaml`' });
      return;
    }
    items.push({ id: specs.length === 1 ? id : `${id}#${i}`, file: path.join(dir, file), root: dir });
  });
  return items;
}

function walk(dir: string, root: string, items: AssessItem[], problems: Problem[]): void {
  if (entryFilesIn(dir).length > 0) {
    items.push(...entrySpecs(dir, problems));
    return;
  }
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, root, items, problems);
    else if (entry.isFile() && SPEC_EXTENSION.test(entry.name) && !isEntryFileName(entry.name) && looksLikeOpenApi(full)) {
      items.push({ id: full, file: full, root });
    }
  }
}

/** The entry folder a file is in (the nearest ancestor holding entry.yaml), if any. */
export function entryFolderOf(file: string): string | undefined {
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    if (entryFilesIn(dir).length > 0) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Throws `Error` with code ENOENT for a path that does not exist. */
export function discoverSpecs(paths: readonly string[], cwd = process.cwd()): Discovery {
  const items: AssessItem[] = [];
  const problems: Problem[] = [];
  for (const p of paths) {
    const full = path.resolve(cwd, p);
    const stat = statSync(full);
    if (stat.isDirectory()) walk(full, full, items, problems);
    else items.push({ id: full, file: full, root: entryFolderOf(full) ?? path.dirname(full) });
  }
  // The same document named twice is checked once.
  const seen = new Set<string>();
  return { items: items.filter((i) => (seen.has(i.file) ? false : (seen.add(i.file), true))), problems };
}
