/**
 * How a diff names things. Every name taken from a document (paths, properties, values, URLs) is
 * untrusted: `code()` makes it one line without control characters, cut to a readable length, and
 * wraps it in a Markdown code span whose fence it cannot close, so that a message is safe both as
 * plain text and as Markdown in a pull-request comment.
 */
import type { ChangeSubject } from './kinds.ts';

const MAX_NAME = 120;

/** A document's text as one printable line, cut to `max` characters. */
export function oneLine(text: string, max = MAX_NAME): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** `name` as an inline code span (`` `name` ``; a longer fence when the name holds backticks). */
export function code(name: unknown): string {
  const text = oneLine(typeof name === 'string' ? name : JSON.stringify(name) ?? String(name));
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** `a`, `a and b`, `a, b and c`; more than `max` items end with "and N more". */
export function listWords(items: readonly string[], max = 4): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** `GET /v2/notifications/{id}`: how the reference names an operation. */
export function operationLabel(method: string, path: string): string {
  return `${method.toUpperCase()} ${oneLine(path, 300)}`;
}

/** The subject in words, as `SpecChange.where` gives it. */
export function subjectWords(subject: ChangeSubject): string {
  switch (subject.type) {
    case 'api':
      return 'The whole API';
    case 'server':
      return `Server ${subject.index}`;
    case 'security-scheme':
      return `Security scheme ${code(subject.name)}`;
    case 'path':
      return `Path ${code(subject.path)}`;
    case 'operation':
      return operationLabel(subject.method, subject.path);
    case 'schema':
      return `Schema ${code(subject.name)}`;
  }
}

/** `1 change` / `2 changes`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
