/**
 * Writing entry metadata as the import and sync do: a new entry as YAML in the field order people
 * read (the order of the schema), and a change to an existing entry through the `yaml` package's
 * document model, so that its comments, order and layout stay as its owners wrote them. An entry.mdx
 * keeps its guide: only its frontmatter changes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readGuarded } from '../files/guarded.ts';
import { Document, isMap, isNode, isScalar, parseDocument, Scalar, YAMLMap, type Pair } from 'yaml';
import { entry } from '../catalogue/schema.ts';

const ORDER = Object.keys(entry.shape);

/** Keys in schema order, empty lists and undefined values left out. */
function ordered(data: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(data).sort((a, b) => {
    const ia = ORDER.indexOf(a);
    const ib = ORDER.indexOf(b);
    return (ia < 0 ? ORDER.length : ia) - (ib < 0 ? ORDER.length : ib);
  });
  return Object.fromEntries(keys.flatMap((k) => (data[k] === undefined || (Array.isArray(data[k]) && (data[k] as unknown[]).length === 0) ? [] : [[k, data[k]]])));
}

/** An entry as YAML text: multi-line text as literal blocks, nothing folded. */
export function entryYaml(data: Record<string, unknown>, comment?: string): string {
  const doc = new Document(ordered(data));
  if (comment) doc.commentBefore = comment;
  // Every multi-line string as a `|` block, so descriptions read as they are written.
  const visit = (node: unknown): void => {
    if (node instanceof Scalar && typeof node.value === 'string' && node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
    if (node && typeof node === 'object' && 'items' in node) for (const item of (node as { items: unknown[] }).items) {
      if (item && typeof item === 'object' && 'value' in item && 'key' in item) visit((item as { value: unknown }).value);
      else visit(item);
    }
  };
  visit(doc.contents);
  return doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
}

const FRONTMATTER = /^(---\r?\n)([\s\S]*?\r?\n)(---\r?\n?[\s\S]*)$/;

const OUT = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

const keyOf = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);
const json = (node: unknown): string => JSON.stringify(node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON: () => unknown }).toJSON() : node);

/**
 * The YAML text after an edit, changing only the top-level fields the edit changed: every other
 * field keeps its text exactly (comments, folded blocks, quoting), and a changed or new field is
 * written on its own.
 */
function minimalText(yaml: string, edited: Document): string {
  const original = parseDocument(yaml);
  const before = isMap(original.contents) ? (original.contents.items as Pair[]) : [];
  const after = isMap(edited.contents) ? (edited.contents.items as Pair[]) : [];
  const start = (p: Pair): number => (isNode(p.key) ? (p.key.range?.[0] ?? 0) : 0);
  const slices = new Map<string, string>();
  before.forEach((p, i) => {
    const next = before[i + 1];
    slices.set(keyOf(p), yaml.slice(start(p), next ? start(next) : (original.contents as { range?: number[] }).range?.[1] ?? yaml.length));
  });
  const head = before[0] ? yaml.slice(0, start(before[0])) : '';
  const tail = (original.contents as { range?: number[] } | null)?.range ? yaml.slice((original.contents as { range: number[] }).range[1] ?? yaml.length) : '';
  const unchanged = new Map(before.map((p) => [keyOf(p), json(p.value)]));
  const parts = after.map((p) => {
    const key = keyOf(p);
    const kept = slices.get(key);
    if (kept !== undefined && unchanged.get(key) === json(p.value)) return kept.endsWith('\n') ? kept : `${kept}\n`;
    const single = new Document(new YAMLMap());
    (single.contents as YAMLMap).items.push(p);
    return single.toString(OUT);
  });
  return `${head}${parts.join('')}${tail.replace(/^\n+/, '')}`;
}

/**
 * Changes the YAML of an entry file in place (for entry.mdx, its frontmatter) with `edit`, which
 * returns false to leave the file untouched. Only the fields the edit changes are rewritten.
 * Returns whether the file changed.
 */
export function editEntryFile(absFile: string, edit: (doc: Document) => boolean): boolean {
  const read = readGuarded(absFile, { root: path.dirname(absFile), kind: absFile.endsWith('.mdx') ? 'entry-mdx' : 'entry' });
  // The loader has read it already; a file that cannot be read now is left alone.
  if (!read.ok) return false;
  const text = read.text;
  const m = absFile.endsWith('.mdx') ? FRONTMATTER.exec(text) : null;
  const yaml = m ? (m[2] ?? '') : text;
  const doc = parseDocument(yaml);
  if (!isMap(doc.contents) || !edit(doc)) return false;
  const out = minimalText(yaml, doc);
  const next = m ? `${m[1]}${out}${m[3]}` : out;
  if (next === text) return false;
  writeFileSync(absFile, next);
  return true;
}
