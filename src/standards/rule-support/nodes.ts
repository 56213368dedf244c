/**
 * Small, dependency-free helpers that several GDS rules share: classifying status codes and media
 * types and splitting names into words, beside the document readers of src/openapi/readers.ts.
 */

import type { Obj } from '../../openapi/readers.ts';

export { asObj, asString, HTTP_METHODS, isHttpMethod, operationLabel, type Obj } from '../../openapi/readers.ts';

/** `400`, `404`, `4XX`, `503`, `5XX` … */
export function isErrorStatus(code: string | number): boolean {
  return /^[45](\d\d|xx)$/i.test(String(code));
}

/** `200`, `201`, `2XX` … */
export function isSuccessStatus(code: string | number): boolean {
  return /^2(\d\d|xx)$/i.test(String(code));
}

/** The declared types of a schema: `type: string` → [string]; 3.1 `type: [string, 'null']` → both. */
export function schemaTypes(schema: Obj): string[] {
  const t = schema['type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

export interface MediaType {
  /** `application/json` (lower case, without parameters). */
  essence: string;
  type: string;
  subtype: string;
  /** Parameter names in lower case, values without quotes. */
  params: Map<string, string>;
}

/** Parses `application/json; charset=UTF-8` into its parts. */
export function parseMediaType(text: string): MediaType {
  const [head = '', ...rest] = text.split(';');
  const essence = head.trim().toLowerCase();
  const slash = essence.indexOf('/');
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    params.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
  }
  return {
    essence,
    type: slash < 0 ? essence : essence.slice(0, slash),
    subtype: slash < 0 ? '' : essence.slice(slash + 1),
    params,
  };
}

const JSON_SUBTYPES = new Set(['json', 'x-ndjson', 'ndjson', 'jsonl', 'json-seq', 'x-json-stream']);

/** `application/json`, `application/problem+json`, `application/geo+json`, NDJSON … */
export function isJsonMediaType(mediaType: string): boolean {
  const { subtype } = parseMediaType(mediaType);
  return JSON_SUBTYPES.has(subtype) || subtype.endsWith('+json');
}

/**
 * Splits an identifier into lower-case words: `createdAt` → [created, at], `date_of_birth` →
 * [date, of, birth], `HTTPStatus` → [http, status], `address-line-1` → [address, line, 1].
 */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}
