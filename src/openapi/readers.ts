/**
 * Readers for loosely typed OpenAPI and Swagger documents, shared by the standards rules
 * (src/standards/) and the API reference (src/openapi/): the object helpers every module needs, the
 * HTTP methods a path item holds, the document's version, and how path-level and operation-level
 * parameters combine. Every value read from a document is `unknown` until one of these checks it.
 */

/** A JSON object as found in a parsed document. */
export type Obj = Record<string, unknown>;

/** True for a plain (non-array) object. */
export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or undefined when it is not a plain object. */
export function asObj(value: unknown): Obj | undefined {
  return isObj(value) ? value : undefined;
}

/** The value as an object, or an empty one. */
export function obj(value: unknown): Obj {
  return isObj(value) ? value : {};
}

/** The value as a string, or undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value as text: strings as they are, numbers and booleans written out, anything else empty. */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** The value as a list, or an empty one. */
export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The entries of an object, or none. */
export function entries(value: unknown): [string, unknown][] {
  return isObj(value) ? Object.entries(value) : [];
}

/** The HTTP methods an OpenAPI path item can hold as fixed fields (3.2 adds `query`). */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

const METHOD_SET: ReadonlySet<string> = new Set(HTTP_METHODS);

/** Whether a path item key is an HTTP method. */
export function isHttpMethod(key: unknown): key is HttpMethod {
  return typeof key === 'string' && METHOD_SET.has(key);
}

/** The OpenAPI versions the catalogue reads: Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2. */
export const SPEC_VERSIONS = ['2.0', '3.0', '3.1', '3.2'] as const;
export type SpecVersion = (typeof SPEC_VERSIONS)[number];

/** The version field a document starts with, as written, and the version it names when it is one we read. */
export interface VersionField {
  field: 'openapi' | 'swagger';
  value: unknown;
  /** Set when `value` is a supported version (`openapi: 3.x.y` with x from 0 to 2, or `swagger: "2.0"`). */
  version?: SpecVersion;
}

/** The document's `openapi` or `swagger` field (`openapi` wins when both are present), or undefined when it has neither. */
export function versionField(doc: unknown): VersionField | undefined {
  const d = asObj(doc);
  if (!d) return undefined;
  if ('openapi' in d) {
    const value = d['openapi'];
    const m = typeof value === 'string' ? /^3\.([0-2])\.\d+(-[\w.]+)?$/.exec(value.trim()) : null;
    return { field: 'openapi', value, ...(m ? { version: `3.${m[1]}` as SpecVersion } : {}) };
  }
  if ('swagger' in d) {
    const value = d['swagger'];
    return { field: 'swagger', value, ...(value === '2.0' ? { version: '2.0' as const } : {}) };
  }
  return undefined;
}

/**
 * The parameters that apply to one operation: the path item's, each replaced by the operation's own
 * with the same `in` and `name` (which keeps the path item's place in the list), then the
 * operation's others. `keyOf` gives `in:name` for a parameter, or undefined to leave it out.
 */
export function mergeParameters<P>(pathItemParameters: readonly P[], operationParameters: readonly P[], keyOf: (p: P) => string | undefined): P[] {
  const byKey = new Map<string, P>();
  for (const p of [...pathItemParameters, ...operationParameters]) {
    const key = keyOf(p);
    if (key !== undefined) byKey.set(key, p);
  }
  return [...byKey.values()];
}

/** `GET /vehicles/{id}`: how messages and reports name an operation. */
export function operationLabel(method: string | number, path: string | undefined): string {
  return path ? `${String(method).toUpperCase()} ${path}` : String(method).toUpperCase();
}
