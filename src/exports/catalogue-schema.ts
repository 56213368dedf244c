/**
 * `catalogue.schema.json`: the JSON Schema (draft 2020-12) of catalogue.json, generated with zod's
 * `z.toJSONSchema` from the same zod schema the file is built with (catalogue-json.ts), itself
 * built on the one entry schema. Never edited by hand.
 *
 * The field descriptions come along. Our own field metadata (the CDDO Metadata Exchange Model
 * property a field maps to, how its text is written) becomes a `$comment`, the standard place for
 * notes, so that validators in strict mode (ajv's default) accept the schema without extra keywords.
 */
import { z } from 'zod';
import { CATALOGUE_FORMAT_VERSION, catalogueFile } from './catalogue-json.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

type JsonSchema = Record<string, unknown>;

/** The keywords of JSON Schema 2020-12 that zod writes; any other key is our own metadata. */
const KEYWORDS = new Set([
  '$schema', '$id', '$ref', '$defs', '$comment', '$anchor', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly',
  'type', 'enum', 'const', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'properties', 'required', 'additionalProperties', 'patternProperties',
  'propertyNames', 'minProperties', 'maxProperties', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentRequired', 'dependentSchemas',
  'unevaluatedProperties', 'unevaluatedItems', 'contentEncoding', 'contentMediaType',
]);

/** How our own field metadata (zod `GlobalMeta`) reads in a comment. */
const META_WORDS: Record<string, string> = { dataService: 'CDDO Metadata Exchange Model, DataService', text: 'Written as' };

/**
 * Moves our own metadata (the DataService property a field maps to, how its text is written …)
 * from the keys zod copies into the schema to a `$comment`, the standard place for notes, so that
 * validators in strict mode accept the schema as it comes.
 */
/**
 * The catalogue takes URLs as the WHATWG URL Standard reads them (zod's `z.url()`, what browsers
 * accept), which allows characters RFC 3986 wants percent-encoded, such as the `{` `}` of a
 * templated path. JSON Schema's `uri` format is RFC 3986's, so it would refuse URLs the catalogue
 * holds: the schema says what is checked instead (an http or https address without spaces).
 */
const WHATWG_URL = { pattern: '^https?://\\S+$', comment: 'A URL as the WHATWG URL Standard reads it (what browsers accept); it may hold characters RFC 3986 asks to be percent-encoded, such as the braces of a templated path.' };

function urlsAsChecked(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) urlsAsChecked(n);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as JsonSchema;
  if (o.format === 'uri' && o.type === 'string') {
    delete o.format;
    o.pattern = WHATWG_URL.pattern;
    o.$comment = typeof o.$comment === 'string' ? `${o.$comment}. ${WHATWG_URL.comment}` : WHATWG_URL.comment;
  }
  for (const v of Object.values(o)) urlsAsChecked(v);
}

function metadataToComments(node: unknown, inProperties = false): void {
  if (Array.isArray(node)) {
    for (const n of node) metadataToComments(n);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as JsonSchema;
  if (!inProperties) {
    const notes: string[] = [];
    for (const key of Object.keys(o)) {
      if (KEYWORDS.has(key) || typeof o[key] !== 'string') continue;
      notes.push(`${META_WORDS[key] ?? key}: ${String(o[key])}`);
      delete o[key];
    }
    if (notes.length) o.$comment = notes.join('. ');
  }
  for (const [key, v] of Object.entries(o)) metadataToComments(v, !inProperties && ['properties', '$defs', 'patternProperties', 'dependentSchemas'].includes(key));
}

export function catalogueJsonSchema(site: string): JsonSchema {
  const generated = z.toJSONSchema(catalogueFile, { io: 'output', target: 'draft-2020-12' }) as JsonSchema;
  metadataToComments(generated);
  urlsAsChecked(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: absoluteUrl(site, urls.catalogueSchema()),
    title: `Government API catalogue, format ${CATALOGUE_FORMAT_VERSION}`,
    description: 'Every entry of the cross-government API catalogue with all its fields and its conformance result. Generated from the catalogue\'s entry schema.',
    ...rest,
  };
}
