/**
 * An entry's metadata file as it was at some commit, read for comparison only: the fields the
 * changelog names (name, organisation, status, deprecation and retirement dates, successor, the
 * documents), and every top-level field as canonical JSON so that edits to any other field show.
 * Old versions are not held to today's schema: a field that no longer exists still compares.
 */
import { splitEntryText, type EntryFileName } from '../catalogue/entry-files.ts';
import { parseYaml } from '../yaml/parse.ts';
import { canonicalJson } from '../text/canonical-json.ts';

export interface MetadataVersion {
  /** False when the file could not be read as a YAML mapping. */
  readable: boolean;
  name?: string;
  organisation?: string;
  status?: string;
  deprecated?: string;
  retired?: string;
  successor?: string;
  specs: { file: string; title?: string }[];
  /** Field name (`dates` split into `dates.added` …, plus `guide` for entry.mdx) → canonical JSON. */
  fields: Map<string, string>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A date as YAML may give it (a string, or a Date under YAML 1.1) as YYYY-MM-DD. */
function dateText(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** Normalises a path inside an entry folder as the loader does (`./a/../b.yaml` → `b.yaml`). */
export function normaliseSpecPath(file: string): string {
  const parts: string[] = [];
  for (const p of file.replace(/\\/g, '/').split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}

export function readMetadata(fileName: EntryFileName, content: string): MetadataVersion {
  const unreadable: MetadataVersion = { readable: false, specs: [], fields: new Map() };
  const split = splitEntryText(fileName, content);
  if (!('yaml' in split)) return unreadable;
  const guide = split.guide;
  const data = parseYaml(split.yaml).data;
  if (!isObject(data)) return unreadable;

  const fields = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    if (key === 'dates' && isObject(value)) {
      for (const [d, v] of Object.entries(value)) fields.set(`dates.${d}`, canonicalJson(dateText(v) ?? v));
    } else {
      fields.set(key, canonicalJson(value));
    }
  }
  if (guide !== undefined) fields.set('guide', JSON.stringify(guide));

  const dates = isObject(data.dates) ? data.dates : {};
  const specs = Array.isArray(data.specs)
    ? data.specs.flatMap((s) => {
        if (!isObject(s) || typeof s.file !== 'string' || s.file === '') return [];
        const title = text(s.title);
        return [{ file: normaliseSpecPath(s.file), ...(title ? { title } : {}) }];
      })
    : [];
  const name = text(data.name);
  const organisation = text(data.organisation);
  const status = text(data.status);
  const deprecated = dateText(dates.deprecated);
  const retired = dateText(dates.retired);
  const successor = text(data.successor);
  return {
    readable: true,
    ...(name ? { name } : {}),
    ...(organisation ? { organisation } : {}),
    ...(status ? { status } : {}),
    ...(deprecated ? { deprecated } : {}),
    ...(retired ? { retired } : {}),
    ...(successor ? { successor } : {}),
    specs,
    fields,
  };
}
