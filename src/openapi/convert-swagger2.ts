/**
 * Converts a bundled Swagger 2.0 document to OpenAPI 3.0 with `swagger2openapi`, so that one
 * renderer serves every version. The input has internal references only (see bundle.ts), and the
 * converter runs with resolution switched off, so it never reads files or the network.
 */
import swagger2openapi from 'swagger2openapi';
import { pathToPointer } from '../yaml/pointer.ts';
import { entries, isHttpMethod, isObj } from './readers.ts';

export interface Conversion {
  document: Record<string, unknown>;
  /** What the converter had to patch or could not convert, in words. */
  notes: string[];
}

const WARNING_KEY = 'x-s2o-warning';

function collectWarnings(node: unknown, out: string[], seen = new Set<unknown>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) collectWarnings(item, out, seen);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (typeof obj[WARNING_KEY] === 'string') {
    out.push(`Swagger 2.0 conversion: ${obj[WARNING_KEY]}`);
    delete obj[WARNING_KEY];
  }
  for (const value of Object.values(obj)) collectWarnings(value, out, seen);
}

/** Where the converter would stop on a malformed value: a JSON pointer and what is wrong there. */
export interface ConversionBlocker {
  pointer: string;
  message: string;
}

const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Values the converter assumes are well formed and crashes on when they are not (it calls list
 * methods on `consumes` and `produces`): found first, so that the check names the place instead of
 * the converter throwing a TypeError while pages render.
 */
export function conversionBlockers(swagger: Record<string, unknown>): ConversionBlocker[] {
  const out: ConversionBlocker[] = [];
  const checkLists = (node: Record<string, unknown>, at: string): void => {
    for (const key of ['consumes', 'produces']) {
      if (key in node && !isStringList(node[key])) {
        out.push({ pointer: `${at}/${key}`, message: `\`${key}\` must be a list of media types, such as [application/json], not ${describeValue(node[key])}` });
      }
    }
  };
  checkLists(swagger, '');
  for (const [p, item] of entries(swagger['paths'])) {
    for (const [method, op] of entries(item)) {
      if (isHttpMethod(method) && isObj(op)) checkLists(op, pathToPointer(['paths', p, method]));
    }
  }
  return out;
}

function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'a list with something other than text in it';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v === 'string' ? 'the text' : 'the value'} ${JSON.stringify(v).slice(0, 60)}`;
}

/** The converter prints the errors it rejects with (stack traces included) on the console; while it runs, they are dropped. */
let converting = 0;
const consoleWarn = console.warn;
function quietWarnings<T>(run: () => Promise<T>): Promise<T> {
  if (converting++ === 0) {
    console.warn = (...args: unknown[]) => {
      if (!(args[0] instanceof Error)) consoleWarn(...args);
    };
  }
  return run().finally(() => {
    if (--converting === 0) console.warn = consoleWarn;
  });
}

export async function convertSwagger2(swagger: Record<string, unknown>): Promise<Conversion> {
  const notes: string[] = [];
  const options = {
    patch: true,
    warnOnly: true,
    warnProperty: WARNING_KEY,
    resolve: false,
    resolveInternal: false,
    direct: false,
    // The converter stringifies the input as YAML unless given text; it is not needed here.
    text: ' ',
  };
  try {
    const result = await quietWarnings(() => swagger2openapi.convertObj(structuredClone(swagger), options));
    collectWarnings(result.openapi, notes);
    if (result.patches) notes.push(`Swagger 2.0 conversion: ${result.patches} small fixes were made to convert the document.`);
    return { document: result.openapi, notes };
  } catch (e) {
    throw new Error(`The Swagger 2.0 document could not be converted to OpenAPI 3: ${(e as Error).message}`);
  }
}
