/**
 * What an assessment is bounded by (`AssessLimits`), and the result for a document that cannot be
 * assessed: its reason, located, with a fix. No parser here, so that the command line can report
 * cached results without loading one.
 */
import type { Problem } from '../problems/problem.ts';
import { OPENAPI_MAX_BYTES } from '../files/limits.ts';
import { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_DEPTH } from '../yaml/limits.ts';

export interface AssessLimits {
  /** Largest file read, in bytes (the entry document and each referenced file). */
  maxFileBytes: number;
  /** Largest total of all files one document reads, in bytes. */
  maxTotalBytes: number;
  /** Most files one document may read (entry included). */
  maxFiles: number;
  /** Deepest nesting of mappings and sequences. */
  maxDepth: number;
  /** Most YAML alias expansions. */
  maxAliasCount: number;
  /** Time allowed for one document, in milliseconds (enforced by the worker pool). */
  timeoutMs: number;
  /** Heap allowed for checking one document, in MB (enforced by the worker pool, which adds what a worker needs to start). */
  memoryMb: number;
}

export const DEFAULT_LIMITS: Readonly<AssessLimits> = {
  maxFileBytes: OPENAPI_MAX_BYTES,
  maxTotalBytes: 50 * 1024 * 1024,
  maxFiles: 1000,
  maxDepth: DEFAULT_MAX_DEPTH,
  maxAliasCount: DEFAULT_MAX_ALIAS_COUNT,
  timeoutMs: 20_000,
  memoryMb: 2048,
};

export function withDefaults(limits: Partial<AssessLimits> = {}): AssessLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

export type NotAssessableCode =
  | 'unreadable'
  | 'outside-root'
  | 'too-large'
  | 'yaml-syntax'
  | 'too-deep'
  | 'too-many-aliases'
  | 'not-openapi'
  | 'unsupported-version'
  | 'timeout'
  | 'out-of-memory'
  | 'engine-error';

/** The rule id every not-assessable problem carries. */
export const NOT_ASSESSABLE = 'not-assessable';

export interface NotAssessable {
  file: string;
  assessable: false;
  code: NotAssessableCode;
  /** Short reason, shown after "not assessable: ". */
  reason: string;
  /** The same, located, with a fix hint. */
  problem: Problem;
  findings: [];
}

export function notAssessable(
  file: string,
  code: NotAssessableCode,
  reason: string,
  details: { message?: string; hint: string; line?: number; column?: number; pointer?: string; problemFile?: string },
): NotAssessable {
  const problem: Problem = {
    file: details.problemFile ?? file,
    line: details.line ?? 1,
    column: details.column ?? 1,
    rule: NOT_ASSESSABLE,
    severity: 'error',
    message: details.message ?? `Not assessable: ${reason}.`,
    hint: details.hint,
  };
  if (details.pointer !== undefined) problem.pointer = details.pointer;
  return { file, assessable: false, code, reason, problem, findings: [] };
}

/**
 * The checker threw: nested too deeply (a RangeError, such as a `$ref` that reaches one of its own
 * ancestors through YAML aliases), or any other failure, named by its message's first line.
 */
export function engineFailure(file: string, error: unknown): NotAssessable {
  if (error instanceof RangeError) {
    return notAssessable(file, 'too-deep', 'the document is nested too deeply to check', {
      message: 'Not assessable: the document (with its references) is nested too deeply to check.',
      hint: 'look for a $ref that points at one of its own ancestors through YAML aliases, or flatten deeply nested schemas',
    });
  }
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return notAssessable(file, 'engine-error', 'the checker failed on this document', {
    message: `Not assessable: the checker failed on this document: ${detail}`,
    hint: 'check that the document is valid OpenAPI; if it is, report this to the catalogue team with the document',
  });
}

const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function tooLarge(file: string, bytes: number, limit: number, problemFile = file): NotAssessable {
  return notAssessable(file, 'too-large', `the file is ${MB(bytes)}, over the ${MB(limit)} limit`, {
    hint: 'split the document into smaller files joined with relative $refs, or remove generated bulk such as large embedded examples',
    problemFile,
  });
}

/** A document the guarded reader refused (a link, not a regular file, not UTF-8): not assessable, saying why. */
export function refusedByReader(file: string, problem: Pick<Problem, 'file' | 'line' | 'column' | 'message' | 'hint'>): NotAssessable {
  return notAssessable(file, 'unreadable', `the file ${problem.message}`, {
    message: `Not assessable: the file ${problem.message}.`,
    hint: problem.hint ?? 'check the path',
    problemFile: problem.file,
    ...(problem.line !== undefined ? { line: problem.line, column: problem.column ?? 1 } : {}),
  });
}
