/**
 * Examples for request and response bodies: the document's own (`examples`, `example`, the
 * schema's `example`), or one generated from the schema when there is none. Generated examples are
 * bounded in depth and size; long examples are cut at a line boundary to keep pages small.
 */
import { stringify } from 'yaml';
import { isExternalUrl, isSafeUrl, renderMarkdown } from './markdown.ts';
import type { ExampleModel, MediaTypeModel } from './reference-types.ts';
import { arr, deref, entries, isObj, str, type Obj } from './spec-access.ts';

export interface ExampleLimits {
  /** Longest example text shown, in characters. */
  maxExampleChars: number;
  /** Most examples shown for one media type. */
  maxExamples: number;
}

export const DEFAULT_EXAMPLE_LIMITS: ExampleLimits = { maxExampleChars: 40_000, maxExamples: 5 };

type Direction = 'request' | 'response';

const FORMAT_SAMPLES: Record<string, unknown> = {
  date: '2025-01-31',
  'date-time': '2025-01-31T09:30:00Z',
  time: '09:30:00',
  email: 'name@example.com',
  uuid: '3f2b8c1e-5d4a-4b7e-9c2f-1a6d8e0b4c3d',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  byte: 'ZXhhbXBsZQ==',
  binary: '<binary data>',
  password: '<password>',
  int32: 0,
  int64: 0,
};

const MAX_GENERATED_NODES = 400;

/** A value that satisfies the schema in the simple cases: used when the document has no example. */
export function generateExample(doc: unknown, raw: unknown, direction: Direction): unknown {
  let budget = MAX_GENERATED_NODES;
  const walk = (value: unknown, depth: number, seen: Set<string>): unknown => {
    budget -= 1;
    const { node, ref, unresolved } = deref(doc, value);
    if (unresolved || budget < 0) return undefined;
    if (ref && seen.has(ref)) return undefined;
    const inner = ref ? new Set([...seen, ref]) : seen;
    if (node['example'] !== undefined) return node['example'];
    if (Array.isArray(node['examples']) && node['examples'].length) return node['examples'][0];
    if (node['const'] !== undefined) return node['const'];
    if (node['default'] !== undefined) return node['default'];
    if (Array.isArray(node['enum']) && node['enum'].length) return node['enum'][0];
    const allOf = arr(node['allOf']);
    if (allOf.length) {
      const merged: Obj = {};
      let scalar: unknown;
      for (const member of allOf) {
        const v = walk(member, depth, inner);
        if (isObj(v)) Object.assign(merged, v);
        else if (v !== undefined) scalar = v;
      }
      const own = isObj(node['properties']) ? walk({ ...node, allOf: undefined }, depth, inner) : undefined;
      if (isObj(own)) Object.assign(merged, own);
      return Object.keys(merged).length || scalar === undefined ? merged : scalar;
    }
    const options = arr(node['oneOf']).length ? arr(node['oneOf']) : arr(node['anyOf']);
    if (options.length && !isObj(node['properties'])) return walk(options[0], depth, inner);
    const t = node['type'];
    const types = Array.isArray(t) ? t.map(str) : [str(t)];
    const type = types.find((x) => x && x !== 'null') ?? (isObj(node['properties']) ? 'object' : node['items'] !== undefined ? 'array' : '');
    switch (type) {
      case 'object': {
        if (depth > 6) return {};
        const out: Obj = {};
        for (const [name, prop] of entries(node['properties'])) {
          const p = deref(doc, prop).node;
          if (direction === 'request' && p['readOnly'] === true) continue;
          if (direction === 'response' && p['writeOnly'] === true) continue;
          const v = walk(prop, depth + 1, inner);
          if (v !== undefined) out[name] = v;
          if (budget < 0) break;
        }
        const extra = node['additionalProperties'];
        if (!Object.keys(out).length && isObj(extra)) {
          const v = walk(extra, depth + 1, inner);
          if (v !== undefined) out['key'] = v;
        }
        return out;
      }
      case 'array': {
        if (depth > 6) return [];
        const item = walk(node['items'], depth + 1, inner);
        return item === undefined ? [] : [item];
      }
      case 'string':
        return FORMAT_SAMPLES[str(node['format'])] ?? 'string';
      case 'integer':
        return typeof node['minimum'] === 'number' ? Math.ceil(node['minimum']) : 0;
      case 'number':
        return typeof node['minimum'] === 'number' ? node['minimum'] : 0;
      case 'boolean':
        return true;
      default:
        return undefined;
    }
  };
  return walk(raw, 0, new Set());
}

function languageOf(mediaType: string): ExampleModel['language'] {
  const m = mediaType.toLowerCase();
  if (m.includes('json')) return 'json';
  if (m.includes('yaml')) return 'yaml';
  if (m.includes('xml')) return 'xml';
  return 'text';
}

/** Cuts text at a line boundary so that it stays under `max` characters. */
export function truncateText(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const cut = text.lastIndexOf('\n', max);
  return { text: `${text.slice(0, cut > max / 2 ? cut : max)}\n…`, truncated: true };
}

/** An example value as text for its media type, cut to the limit. */
export function formatExample(value: unknown, mediaType: string, maxChars: number): { code: string; language: ExampleModel['language']; truncated: boolean } {
  let language = languageOf(mediaType);
  let code: string;
  if (typeof value === 'string' && language !== 'json') code = value;
  else if (language === 'yaml') code = stringify(value, { aliasDuplicateObjects: false });
  else {
    code = JSON.stringify(value, null, 2) ?? String(value);
    language = 'json';
  }
  const cut = truncateText(code, maxChars);
  return { code: cut.text, language, truncated: cut.truncated };
}

/** An example value that is only a `$ref` (a file the bundler could not inline) is no example. */
function isPlaceholder(value: unknown): boolean {
  return isObj(value) && typeof value['$ref'] === 'string' && Object.keys(value).length === 1;
}

/**
 * The examples for one media type object: named `examples`, else `example`, else the schema's own
 * example, else a generated one.
 */
export function examplesFor(doc: unknown, media: Obj, mediaType: string, direction: Direction, limits: ExampleLimits): Pick<MediaTypeModel, 'examples' | 'omittedExamples'> {
  const examples: ExampleModel[] = [];
  const named = entries(media['examples']);
  for (const [name, rawExample] of named.slice(0, limits.maxExamples)) {
    const ex = deref(doc, rawExample).node;
    const model: ExampleModel = {
      label: name,
      summary: str(ex['summary']),
      descriptionHtml: renderMarkdown(ex['description'], { headingLevel: 6 }),
      code: '',
      language: languageOf(mediaType),
      generated: false,
      truncated: false,
    };
    if (ex['value'] !== undefined && !isPlaceholder(ex['value'])) {
      Object.assign(model, formatExample(ex['value'], mediaType, limits.maxExampleChars));
    } else if (str(ex['externalValue'])) {
      const url = str(ex['externalValue']);
      if (isSafeUrl(url) && isExternalUrl(url)) model.external = { label: url, url, external: true };
      else continue;
    } else continue;
    examples.push(model);
  }
  const omittedExamples = Math.max(0, named.length - limits.maxExamples);
  if (examples.length) return { examples, omittedExamples };

  const schema = media['schema'];
  const direct = media['example'];
  if (direct !== undefined && !isPlaceholder(direct)) {
    return { examples: [{ label: 'Example', summary: '', descriptionHtml: '', generated: false, ...formatExample(direct, mediaType, limits.maxExampleChars) }], omittedExamples };
  }
  if (schema === undefined) return { examples: [], omittedExamples };
  const value = generateExample(doc, schema, direction);
  if (value === undefined) return { examples: [], omittedExamples };
  const fromSchema = deref(doc, schema).node;
  const own = fromSchema['example'] !== undefined || (Array.isArray(fromSchema['examples']) && fromSchema['examples'].length > 0);
  return {
    examples: [
      {
        label: own ? 'Example' : 'Example generated from the schema',
        summary: '',
        descriptionHtml: '',
        generated: !own,
        ...formatExample(value, mediaType, limits.maxExampleChars),
      },
    ],
    omittedExamples,
  };
}
