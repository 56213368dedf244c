/** Copies of the minimal fixture catalogue, edited per test, removed after each test. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export const MINIMAL = path.resolve('test/fixtures/catalogue-minimal');
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** An edit: new text for a file (null deletes it), given its current text ('' when absent). */
export type Edit = (text: string) => string | null;

/** A copy of a catalogue (the minimal fixture by default) with edits applied; returns its folder. */
export function catalogueWith(edits: Record<string, Edit | string | null> = {}, from = MINIMAL): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'checks-')), 'catalogue');
  made.push(path.dirname(dir));
  cpSync(from, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const abs = path.join(dir, file);
    const before = existsSync(abs) ? readFileSync(abs, 'utf8') : '';
    const after = edit === null || typeof edit === 'string' ? edit : edit(before);
    if (after === null) rmSync(abs);
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, after);
    }
  }
  return dir;
}

/** Replaces text, failing loudly when the fixture no longer has it. */
export const replace = (from: string | RegExp, to: string): Edit => (text) => {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return out;
};

export const append = (more: string): Edit => (text) => `${text.endsWith('\n') ? text : `${text}\n`}${more}`;

/** A file's text in the minimal fixture. */
export const fixtureText = (file: string): string => readFileSync(path.join(MINIMAL, file), 'utf8');

/** A problem line with the copy's folder taken out: `entries/vat-api/entry.yaml:7:15: …`. */
export function relativeLine(line: string, dir: string): string {
  return line.split(`${path.relative(process.cwd(), dir)}/`).join('').split(`${dir}/`).join('');
}
