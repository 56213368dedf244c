/**
 * Loading one OpenAPI document safely: size, YAML syntax, nesting depth, alias expansion and the
 * OpenAPI version are checked before any rule runs. Whatever fails ends in a "not assessable" result
 * naming the file, line and column and how to fix it; nothing here throws for user input.
 */
import { parseYaml, type ParsedYaml, type YamlSyntaxError } from '../yaml/parse.ts';
import { notAssessable, tooLarge, type AssessLimits, type NotAssessable, type NotAssessableCode } from './not-assessable.ts';
import { versionField, type SpecVersion } from '../openapi/readers.ts';

export type { SpecVersion };

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
