/**
 * Bundles one OpenAPI document (an entry file plus the local files it references) into a single
 * document whose `$ref`s are all internal, and produces the YAML and JSON download texts. URLs and
 * files outside the entry folder are never read (the same resolver as the assessments:
 * src/openapi/ref-resolver.ts). Swagger 2.0 documents are
 * also converted to OpenAPI 3.0 for rendering; the downloads keep the publisher's own version.
 */
import { DEFAULT_LIMITS } from '../standards/not-assessable.ts';
import { readGuarded } from '../files/guarded.ts';
import * as path from 'node:path';
import { bundle, createConfig, Source, type Config, type NormalizedProblem } from '@redocly/openapi-core';
import { stringify } from 'yaml';
import { displayPath, UserInputError, type Problem } from '../problems/problem.ts';
import { parseYaml } from '../yaml/parse.ts';
import { versionField } from './readers.ts';
import { atPointer } from './spec-access.ts';
import { SpecResolver, type FileRead, type RefLimits } from './ref-resolver.ts';
import { conversionBlockers, convertSwagger2 } from './convert-swagger2.ts';

export type SpecFamily = 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1' | 'openapi-3.2';

export interface BundledSpec {
  /** The bundled document in the publisher's version (what the downloads contain). */
  original: Record<string, unknown>;
  /** The document to render: OpenAPI 3.x (converted from 2.0 when needed). */
  document: Record<string, unknown>;
  family: SpecFamily;
  /** The version string as written (`2.0`, `3.0.3`, `3.1.0` …). */
  version: string;
  /** True when `document` was converted from Swagger 2.0. */
  converted: boolean;
  /** Files read, relative to the root. */
  files: string[];
  /** The same files as read: absolute path and SHA-256 (what a cache of the result checks). */
  reads: FileRead[];
  /** Unresolved or refused references and conversion notes (as warnings). */
  problems: Problem[];
  /** Download texts of `original`. */
  yaml: string;
  json: string;
}

export interface BundleOptions {
  /** Largest file read, in bytes (default: the assessment's limit, so both accept the same documents). */
  maxFileBytes?: number;
}

/** What one bundle may read besides the per-file size (see BundleOptions): the assessment's limits, so both accept the same documents. */
const BUNDLE_LIMITS: Omit<RefLimits, 'maxFileBytes'> = {
  maxFiles: DEFAULT_LIMITS.maxFiles,
  maxTotalBytes: DEFAULT_LIMITS.maxTotalBytes,
  maxDepth: DEFAULT_LIMITS.maxDepth,
  maxAliasCount: DEFAULT_LIMITS.maxAliasCount,
};

let sharedConfig: Promise<Config> | undefined;
function bundleConfig(): Promise<Config> {
  sharedConfig ??= createConfig({ extends: [] } as never);
  return sharedConfig;
}

/** Which OpenAPI family a parsed document belongs to (the versions the assessment accepts), or undefined. */
export function detectFamily(doc: unknown): { family: SpecFamily; version: string } | undefined {
  const field = versionField(doc);
  if (!field?.version) return undefined;
  const family: SpecFamily = field.version === '2.0' ? 'swagger-2.0' : `openapi-${field.version}`;
  return { family, version: String(field.value) };
}

function toProblem(p: NormalizedProblem, root: string, fallbackFile: string): Problem {
  const loc = p.location[0];
  const abs = loc?.source.absoluteRef ?? fallbackFile;
  const file = path.isAbsolute(abs) ? path.relative(root, abs) || path.basename(abs) : abs;
  const pointer = loc && 'pointer' in loc && typeof loc.pointer === 'string' ? loc.pointer.replace(/^#/, '') : undefined;
  const problem: Problem = { file, rule: 'bundle', severity: 'warn', message: p.message };
  if (pointer !== undefined) problem.pointer = pointer;
  return problem;
}

/** Serialises a bundled document for download. */
export function downloadTexts(doc: unknown): { yaml: string; json: string } {
  return {
    json: `${JSON.stringify(doc, null, 2)}\n`,
    yaml: stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 }),
  };
}

/**
 * Bundles `file` (absolute, or relative to `root`) whose references may reach only files inside
 * `root`. Throws `UserInputError` when the entry file itself cannot be read or is not OpenAPI.
 */
export async function bundleSpec(file: string, root: string, options: BundleOptions = {}): Promise<BundledSpec> {
  const rootAbs = path.resolve(root);
  const fileAbs = path.resolve(rootAbs, file);
  const shownFile = displayPath(fileAbs);
  const fail = (message: string, hint?: string): never => {
    const problem: Problem = { file: shownFile, rule: 'parse', severity: 'error', message };
    if (hint) problem.hint = hint;
    throw new UserInputError([problem]);
  };
  // Read through the guarded reader: inside the entry folder, no links, a regular file, within the
  // size limit, strict UTF-8; anything else is the reader's located problem.
  const read = readGuarded(fileAbs, { root: rootAbs, kind: 'openapi' });
  if (!read.ok && read.reason === 'outside') fail('The OpenAPI document is outside its entry folder.', 'keep the document inside the entry folder');
  if (!read.ok && read.reason === 'missing') fail('The OpenAPI document does not exist.', 'check the `specs[].file` path in the entry');
  if (!read.ok) throw new UserInputError([read.problem]);
  const maxBytes = options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  if (read.bytes.length > maxBytes) fail(`The OpenAPI document is ${read.bytes.length} bytes, over the limit of ${maxBytes}.`, 'split it into several files or remove unused parts');
  const text = read.text.replace(/\r\n/g, '\n');
  const parsed = parseYaml(text, { maxDepth: BUNDLE_LIMITS.maxDepth, maxAliasCount: BUNDLE_LIMITS.maxAliasCount });
  const syntax = parsed.errors[0];
  if (syntax) {
    throw new UserInputError([
      { file: shownFile, line: syntax.line, column: syntax.column, rule: 'parse', severity: 'error', message: `The OpenAPI document is not valid YAML or JSON: ${syntax.message}`, hint: syntax.hint },
    ]);
  }
  if (!detectFamily(parsed.data)) {
    fail('The document is not OpenAPI 3.x or Swagger 2.0: it has no `openapi: 3.x` or `swagger: "2.0"` field.', 'add the version field at the top of the document');
  }

  // The entry is handed over already parsed; the resolver reads only the files it references.
  const resolver = new SpecResolver(rootAbs, { ...BUNDLE_LIMITS, maxFileBytes: maxBytes });
  const doc = { source: new Source(fileAbs, text), parsed: parsed.data };
  resolver.addRoot(doc, parsed);
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    result = await bundle({
      doc,
      config: await bundleConfig(),
      externalRefResolver: resolver,
      dereference: false,
      removeUnusedComponents: false,
    });
  } catch (e) {
    return fail(`The OpenAPI document cannot be read: ${(e as Error).message.split('\n')[0]}`, 'check that it is valid YAML or JSON');
  }
  const original = result.bundle.parsed as Record<string, unknown>;
  const detected = detectFamily(original);
  if (!detected) {
    return fail('The document is not OpenAPI 3.x or Swagger 2.0: it has no `openapi: 3.x` or `swagger: "2.0"` field.', 'add the version field at the top of the document');
  }
  const problems = result.problems.map((p) => toProblem(p, rootAbs, fileAbs));

  let document = original;
  let converted = false;
  if (detected.family === 'swagger-2.0') {
    const blocker = conversionBlockers(original)[0];
    if (blocker) {
      // Located in the entry document when the place is there (a referenced file gives its pointer only).
      const inRoot = atPointer(parsed.data, `#${blocker.pointer}`) !== undefined;
      const at = inRoot ? parsed.locatePointer(blocker.pointer) : { line: 1, column: 1 };
      throw new UserInputError([
        {
          file: shownFile,
          ...at,
          pointer: blocker.pointer,
          rule: 'reference/convert',
          severity: 'error',
          message: `${blocker.message}${inRoot ? '' : ` (at ${blocker.pointer})`}: the Swagger 2.0 document cannot be converted for its API reference`,
          hint: 'write it as a list, such as `consumes: [application/json]`, or leave it out to use the document\'s own',
        },
      ]);
    }
    let conversion: Awaited<ReturnType<typeof convertSwagger2>>;
    try {
      conversion = await convertSwagger2(original);
    } catch (e) {
      return fail(`${(e as Error).message.split('\n')[0]}`, 'check the document against the Swagger 2.0 specification; the GDS standards report for it may point at the cause');
    }
    document = conversion.document;
    converted = true;
    for (const note of conversion.notes) {
      problems.push({ file: path.relative(rootAbs, fileAbs), rule: 'convert', severity: 'warn', message: note });
    }
  }
  const files = [...resolver.files.keys()].map((f) => path.relative(rootAbs, f));
  return { original, document, family: detected.family, version: detected.version, converted, files, reads: [...resolver.files.values()], problems, ...downloadTexts(original) };
}
