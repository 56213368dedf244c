/**
 * The field reference, read from the zod schemas through zod's own JSON Schema export (their
 * `description` and `dataService` metadata, types, choices, defaults and limits), so that the
 * contributor guide and the scaffolder's questions can never drift from what the loader accepts.
 */
import { z } from 'zod';
import { entry, ID_PATTERN } from './schema.ts';

export interface FieldDoc {
  /** Dotted path, with `[]` for list items: `access.level`, `endpoints[].url`. */
  path: string;
  /** Required within its parent (conditional requirements are in the description). */
  required: boolean;
  /** What kind of value it takes and its limits, in words: "text on one line, at most 150 characters", "https URL, at most 2048 characters", "list of ids, at most 20" … */
  type: string;
  /** Most characters, for text. */
  maxLength?: number;
  /** Most items, for a list. */
  maxItems?: number;
  /** The allowed values, for a choice. */
  values?: readonly string[];
  /** The default used when the field is left out. */
  defaultValue?: unknown;
  description: string;
  /** The CDDO Metadata Exchange Model DataService property it maps to. */
  dataService?: string;
}

/** The part of JSON Schema that zod writes for our schemas. */
interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  maxLength?: number;
  maxItems?: number;
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  description?: string;
  dataService?: string;
  /** How text is written (see text-rules.ts): one line, several lines, or Markdown. */
  text?: string;
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

function typeOf(s: JsonSchema): { type: string; values?: readonly string[] } {
  if (s.enum) return { type: 'one of the values listed', values: s.enum };
  switch (s.type) {
    case 'boolean':
      return { type: 'true or false' };
    case 'number':
    case 'integer':
      return { type: 'number' };
    case 'object':
      return { type: 'group of the fields below' };
    case 'array': {
      const item = s.items ?? {};
      const most = s.maxItems !== undefined ? `at most ${s.maxItems} ` : '';
      if (item.type === 'object') return { type: `list of ${most}groups of the fields below` };
      const inner = typeOf(item);
      if (inner.values) return { type: 'list of the values listed', values: inner.values };
      if (item.pattern === ID_PATTERN.source) return { type: `list of ${most}ids` };
      const each = item.maxLength !== undefined ? `, each at most ${item.maxLength} characters` : '';
      return { type: `list of ${most}${(item.text ?? 'text').replace(/^text/, 'texts')}${each}` };
    }
    case 'string': {
      const most = s.maxLength !== undefined ? `, at most ${s.maxLength} characters` : '';
      if (s.format === 'uri') return { type: `https URL${most}` };
      if (s.format === 'email') return { type: `email address${most}` };
      if (s.pattern === ID_PATTERN.source) return { type: `id (lowercase words joined by hyphens)${most}` };
      if (s.pattern === DATE_PATTERN) return { type: 'date (YYYY-MM-DD)' };
      return { type: `${s.text ?? 'text'}${most}` };
    }
    default:
      return { type: s.type ?? 'any value' };
  }
}

function walk(object: JsonSchema, prefix: string, out: FieldDoc[]): void {
  const required = new Set(object.required ?? []);
  for (const [key, s] of Object.entries(object.properties ?? {})) {
    const path = `${prefix}${key}`;
    const { type, values } = typeOf(s);
    const emptyDefault = Array.isArray(s.default) && s.default.length === 0;
    out.push({
      path,
      required: required.has(key),
      type,
      ...(s.maxLength !== undefined ? { maxLength: s.maxLength } : {}),
      ...(s.maxItems !== undefined ? { maxItems: s.maxItems } : {}),
      ...(values ? { values } : {}),
      ...(s.default !== undefined && !emptyDefault ? { defaultValue: s.default } : {}),
      description: s.description ?? '',
      ...(s.dataService ? { dataService: s.dataService } : {}),
    });
    if (s.type === 'object') walk(s, `${path}.`, out);
    if (s.type === 'array' && s.items?.type === 'object') walk(s.items, `${path}[].`, out);
  }
}

/** Every field of a schema (the entry by default), parents before their children, in schema order. */
export function fieldReference(schema: z.ZodType = entry): FieldDoc[] {
  const out: FieldDoc[] = [];
  // Input: what a contributor writes (defaults make a field optional). Dates are preprocessed, so
  // their transform has no JSON Schema form; their string pattern is what the reference needs.
  walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '', out);
  return out;
}

/** One field's documentation by its path (`access.level`). */
export function fieldDoc(path: string): FieldDoc {
  const doc = fieldReference().find((f) => f.path === path);
  if (!doc) throw new Error(`internal: no field ${path} in the entry schema`);
  return doc;
}
