/**
 * Loading one OpenAPI document safely: size, YAML syntax, nesting depth, alias expansion and the
 * OpenAPI version are checked before any rule runs. Whatever fails ends in a "not assessable" result
 * naming the file, line and column and how to fix it; nothing here throws for user input.
 */
import type { Problem } from '../problems/problem.ts';
import { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_DEPTH, parseYaml, type ParsedYaml, type YamlSyntaxError } from '../yaml/parse.ts';
import { versionField, type SpecVersion } from '../openapi/readers.ts';

export type { SpecVersion };

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
  maxFileBytes: 10 * 1024 * 1024,
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

const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function tooLarge(file: string, bytes: number, limit: number, problemFile = file): NotAssessable {
  return notAssessable(file, 'too-large', `the file is ${MB(bytes)}, over the ${MB(limit)} limit`, {
    hint: 'split the document into smaller files joined with relative $refs, or remove generated bulk such as large embedded examples',
    problemFile,
  });
}

export function yamlProblem(file: string, error: YamlSyntaxError, problemFile = file): NotAssessable {
  const code: NotAssessableCode = error.code === 'too-deep' ? 'too-deep' : error.code === 'too-many-aliases' ? 'too-many-aliases' : 'yaml-syntax';
  const reason =
    code === 'too-deep' ? 'the document is nested too deeply' : code === 'too-many-aliases' ? 'the YAML expands too many aliases' : 'the YAML is not valid';
  const where = problemFile === file ? '' : ` (in the referenced file ${problemFile})`;
  return notAssessable(file, code, reason, {
    message: `Not assessable: ${reason}${where}: ${error.message}`,
    hint: error.hint,
    line: error.line,
    column: error.column,
    problemFile,
  });
}

export interface LoadedRoot {
  parsed: ParsedYaml;
  data: Record<string, unknown>;
  specVersion: SpecVersion;
}

/** Parses the entry document and works out its OpenAPI version, or says why it cannot be assessed. */
export function loadRoot(file: string, text: string, limits: AssessLimits): LoadedRoot | NotAssessable {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxFileBytes) return tooLarge(file, bytes, limits.maxFileBytes);
  const parsed = parseYaml(text, { maxDepth: limits.maxDepth, maxAliasCount: limits.maxAliasCount });
  const first = parsed.errors[0];
  if (first) return yamlProblem(file, first);
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return notAssessable(file, 'not-openapi', 'the file is not an OpenAPI document', {
      message: `Not assessable: the file holds ${Array.isArray(data) ? 'a list' : data === null || data === undefined ? 'nothing' : 'a single value'}, not an OpenAPI document.`,
      hint: 'an OpenAPI document is a mapping that starts with `openapi: 3.1.0` (or `swagger: "2.0"`), followed by `info` and `paths`',
    });
  }
  const doc = data as Record<string, unknown>;
  const result = detectVersion(file, doc, parsed);
  if ('assessable' in result) return result;
  return { parsed, data: doc, specVersion: result.specVersion };
}

function detectVersion(file: string, doc: Record<string, unknown>, parsed: ParsedYaml): { specVersion: SpecVersion } | NotAssessable {
  const at = (key: string): { line: number; column: number; pointer: string } => ({ ...parsed.locate([key]), pointer: `/${key}` });
  const field = versionField(doc);
  if (field?.version) return { specVersion: field.version };
  if (field?.field === 'openapi') {
    const v = field.value;
    if (typeof v === 'string') {
      return notAssessable(file, 'unsupported-version', `OpenAPI version ${v} is not supported`, {
        message: `Not assessable: \`openapi: ${v}\` is not a version this catalogue can check (3.0.x, 3.1.x and 3.2.x are).`,
        hint: 'set `openapi` to the full version the document follows, such as `3.1.0`',
        ...at('openapi'),
      });
    }
    return notAssessable(file, 'unsupported-version', '`openapi` is not a version string', {
      message: `Not assessable: \`openapi\` is ${JSON.stringify(v)}, not a version string such as "3.1.0".`,
      hint: 'write the full version, such as `openapi: 3.1.0`; YAML reads `3.0` or `3` as a number, so quote short versions',
      ...at('openapi'),
    });
  }
  if (field?.field === 'swagger') {
    const v = field.value;
    const numeric = v === 2 || v === 2.0;
    return notAssessable(file, 'unsupported-version', `Swagger version ${String(v)} is not supported`, {
      message: numeric
        ? 'Not assessable: `swagger: 2.0` is read as the number 2, not the version string "2.0".'
        : `Not assessable: \`swagger: ${String(v)}\` is not a version this catalogue can check (only "2.0" is, and OpenAPI 3.x).`,
      hint: numeric ? "quote the version: `swagger: '2.0'`" : 'convert the document to OpenAPI 3.1 (or at least Swagger 2.0)',
      ...at('swagger'),
    });
  }
  const kind = 'asyncapi' in doc ? 'an AsyncAPI document' : 'arazzo' in doc ? 'an Arazzo document' : 'not an OpenAPI document';
  return notAssessable(file, 'not-openapi', kind === 'not an OpenAPI document' ? 'the file is not an OpenAPI document' : `the file is ${kind}, not OpenAPI`, {
    message: `Not assessable: the file is ${kind}${kind.startsWith('an') ? ', not OpenAPI' : ''}: it has no top-level \`openapi\` or \`swagger\` field.`,
    hint: 'start the document with `openapi: 3.1.0` (or `swagger: "2.0"`); only OpenAPI and Swagger documents can be checked against the GDS API standards',
  });
}
