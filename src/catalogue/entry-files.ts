/** Where an entry's metadata lives: one of these files in its folder, `catalogue/entries/<id>/`. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath, type Problem } from '../problems/problem.ts';

/** The metadata file names, in the order they are looked for. `entry.mdx` carries a guide below its YAML frontmatter. */
export const ENTRY_FILES = ['entry.yaml', 'entry.yml', 'entry.mdx'] as const;
export type EntryFileName = (typeof ENTRY_FILES)[number];

/** The metadata files present in a folder (more than one is a problem the loader reports). */
export function entryFilesIn(dir: string): EntryFileName[] {
  return ENTRY_FILES.filter((f) => existsSync(path.join(dir, f)));
}

export const isEntryFileName = (name: string): name is EntryFileName => (ENTRY_FILES as readonly string[]).includes(name);

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** An entry's metadata file: the YAML (for entry.mdx, its frontmatter) and the guide below it. */
export function readEntryFile(absFile: string): { yaml: string; guide?: string; lineOffset: number } | Problem {
  const text = readFileSync(absFile, 'utf8');
  if (!absFile.endsWith('.mdx')) return { yaml: text, lineOffset: 0 };
  const m = FRONTMATTER.exec(text);
  if (!m) {
    return {
      file: displayPath(absFile),
      line: 1,
      column: 1,
      rule: 'entry/yaml',
      severity: 'error',
      message: 'entry.mdx has no frontmatter',
      hint: 'start the file with a line "---", the entry fields in YAML, and another "---", then the guide',
    };
  }
  const guide = m[2]?.trim();
  return { yaml: m[1] ?? '', lineOffset: 1, ...(guide ? { guide } : {}) };
}
