/** Where an entry's metadata lives: one of these files in its folder, `catalogue/entries/<id>/`. */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { readGuarded } from '../files/guarded.ts';
import { displayPath, type Problem } from '../problems/problem.ts';

/** The metadata file names, in the order they are looked for. `entry.mdx` carries a guide below its YAML frontmatter. */
export const ENTRY_FILES = ['entry.yaml', 'entry.yml', 'entry.mdx'] as const;
export type EntryFileName = (typeof ENTRY_FILES)[number];

/**
 * The metadata files present in a folder, whatever they are (a link or a folder named entry.yaml
 * counts, so that reading it gives the problem): more than one is a problem the loader reports.
 */
export function entryFilesIn(dir: string): EntryFileName[] {
  return ENTRY_FILES.filter((f) => {
    try {
      return lstatSync(path.join(dir, f), { throwIfNoEntry: false }) !== undefined;
    } catch {
      return false;
    }
  });
}

export const isEntryFileName = (name: string): name is EntryFileName => (ENTRY_FILES as readonly string[]).includes(name);

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export interface EntryText {
  /** The YAML: the whole file, or the frontmatter of entry.mdx. */
  yaml: string;
  /** The guide below the frontmatter of entry.mdx, trimmed. */
  guide?: string;
  /** The line of the file the guide starts on. */
  guideLine?: number;
  /** Lines before the YAML in the file (1 for entry.mdx: its opening `---`). */
  lineOffset: number;
}

const newlines = (s: string): number => s.split('\n').length - 1;

/** Splits an entry file's text into its YAML and, for entry.mdx, its guide. */
export function splitEntryText(absFile: string, text: string): EntryText | Problem {
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
  const body = m[2] ?? '';
  const guide = body.trim();
  if (!guide) return { yaml: m[1] ?? '', lineOffset: 1 };
  const guideLine = 1 + newlines(text.slice(0, text.length - body.length)) + newlines(/^\s*/.exec(body)?.[0] ?? '');
  return { yaml: m[1] ?? '', lineOffset: 1, guide, guideLine };
}

/**
 * An entry's metadata file, read through the guarded reader (no links, a regular file inside the
 * entry's folder, within its size limit, strict UTF-8): its YAML and guide, or the problem.
 */
export function readEntryFile(absFile: string, entryDir: string = path.dirname(absFile)): EntryText | Problem {
  const read = readGuarded(absFile, { root: entryDir, kind: absFile.endsWith('.mdx') ? 'entry-mdx' : 'entry' });
  if (!read.ok) return read.problem;
  return splitEntryText(absFile, read.text);
}
