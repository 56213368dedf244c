/**
 * The one error type. Every problem a user can cause (a bad catalogue entry, an OpenAPI document that
 * cannot be parsed, a finding of the GDS standards) becomes a `Problem`. Formatters turn it into
 * terminal text, GitHub workflow annotations, JSON and HTML; nothing else is shown for user input.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { oneLine, PRINT_LIMITS } from './safe-text.ts';

export type Severity = 'error' | 'warn';

export interface Problem {
  /** Path of the file at fault, relative to the working directory when it is inside it. */
  file: string;
  /** JSON pointer into the file (`/paths/~1users/get`), when the problem is about one node. */
  pointer?: string;
  /** 1-based line of the node, when known. */
  line?: number;
  /** 1-based column of the node, when known. */
  column?: number;
  /** What raised it: `entry/<check>` for catalogue checks, `gds-…` for standards rules, `parse` … */
  rule: string;
  severity: Severity;
  /** What is wrong, in one sentence that names the field. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** A path as messages show it: relative to `cwd` (forward slashes) when inside it, else absolute. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}

/**
 * `file:line:col` (or as much of it as is known). The file name comes from the pull request, so it
 * is shown with its control and invisible characters made visible, and cut to a sane length.
 */
export function formatLocation(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  const file = oneLine(p.file, PRINT_LIMITS.file);
  if (p.line === undefined) return file;
  return `${file}:${p.line}:${p.column ?? 1}`;
}

/**
 * One line: `file:line:col: message (hint)`. Messages quote user text, so every part is made
 * visible (a line break shows as `<U+000A>` and cannot start a forged line) and cut.
 */
export function formatProblemLine(p: Problem): string {
  const hint = p.hint ? ` (${oneLine(p.hint, PRINT_LIMITS.hint)})` : '';
  return `${formatLocation(p)}: ${oneLine(p.message, PRINT_LIMITS.message)}${hint}`;
}

/** Problems in a stable order: by file, then line, then column, then rule. */
export function sortProblems<T extends Problem>(problems: readonly T[]): T[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}

/** Thrown for problems in user input; callers print its problems, never its stack. */
export class UserInputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the catalogue:\n${problems.map(formatProblemLine).join('\n')}`);
    this.name = 'UserInputError';
    this.problems = problems;
  }
}
