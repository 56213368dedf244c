/**
 * Turns a JSON Schema (OpenAPI 3.0 or 3.1 flavour) into nested property rows. Named component
 * schemas are expanded in place until the nesting limit; a schema that contains itself, or one
 * past the limit, becomes a link to its own section instead. Tables stop at a row limit.
 */
import { renderMarkdown } from './markdown.ts';
import { pathToPointer, pointerToPath } from '../yaml/parse.ts';
import type { LinkRef, SchemaRow, SchemaTable } from './reference-types.ts';
import { arr, deref, entries, isObj, jsonText, str, type Obj, type Resolved } from './spec-access.ts';

export interface SchemaContext {
  doc: unknown;
  /** A link to the section of a named component schema, or undefined when it has none. */
  schemaLink(name: string): LinkRef | undefined;
  /** Deepest nesting shown (0 = top-level fields only). */
  maxDepth: number;
  /** Most rows in one table. */
  maxRows: number;
  /** JSON pointer of the schema in the document, when known; rows then carry their own pointers. */
  at?: string;
}

export const DEFAULT_SCHEMA_LIMITS = { maxDepth: 6, maxRows: 300 };

const DESCRIPTION_HEADING_LEVEL = 5;
const MAX_ENUM_VALUES = 40;

/** Markdown description (or title) of a schema as safe HTML. */
export function describe(node: Obj): string {
  const text = str(node['description']) || str(node['title']);
  return renderMarkdown(text, { headingLevel: DESCRIPTION_HEADING_LEVEL });
}

function typeList(node: Obj): string[] {
  const t = node['type'];
  const types = Array.isArray(t) ? t.map(str).filter(Boolean) : str(t) ? [str(t)] : [];
  if (node['nullable'] === true && !types.includes('null')) types.push('null');
  return types;
}

function inferType(node: Obj): string[] {
  const types = typeList(node);
  if (types.length) return types;
  if (isObj(node['properties']) || node['additionalProperties'] !== undefined) return ['object'];
  if (node['items'] !== undefined || node['prefixItems'] !== undefined) return ['array'];
  const sample = node['const'] ?? arr(node['enum'])[0];
  if (sample !== undefined && sample !== null) {
    if (typeof sample === 'number') return [Number.isInteger(sample) ? 'integer' : 'number'];
    if (typeof sample === 'object') return [Array.isArray(sample) ? 'array' : 'object'];
    return [typeof sample];
  }
  return [];
}

function variantsOf(node: Obj): { keyword: 'oneOf' | 'anyOf'; options: unknown[] } | undefined {
  if (Array.isArray(node['oneOf']) && node['oneOf'].length) return { keyword: 'oneOf', options: node['oneOf'] };
  if (Array.isArray(node['anyOf']) && node['anyOf'].length) return { keyword: 'anyOf', options: node['anyOf'] };
  return undefined;
}

/** A type in words: `string`, `array of Plot`, `object (Address)`, `integer or null`, `Plot or Address`. */
export function typeLabel(doc: unknown, raw: unknown, depth = 0): string {
  const { node, name, unresolved } = deref(doc, raw);
  if (unresolved) return 'unresolved reference';
  let types = inferType(node);
  if (!types.length && Array.isArray(node['allOf'])) {
    const members = node['allOf'].map((m) => deref(doc, m));
    const named = members.find((m) => m.name);
    if (named?.name) return name ? `object (${name})` : named.name;
    types = members.flatMap((m) => inferType(m.node)).slice(0, 1);
  }
  const variants = variantsOf(node);
  if (!types.length && variants && depth < 3) {
    const labels = [...new Set(variants.options.map((o) => typeLabel(doc, o, depth + 1)))];
    const shown = labels.slice(0, 4).join(' or ');
    return labels.length > 4 ? `${shown} or other types` : shown || 'any';
  }
  if (!types.length) return name ?? 'any';
  const words = types
    .filter((t) => t !== 'null')
    .map((t) => {
      if (t === 'array') {
        const items = node['items'];
        if (items === undefined || depth > 3) return 'array';
        const item = deref(doc, items);
        return `array of ${item.name ?? typeLabel(doc, items, depth + 1)}`;
      }
      if (t === 'object') return name ? `object (${name})` : 'object';
      return name ? `${t} (${name})` : t;
    });
  if (types.includes('null')) words.push('null');
  return words.join(' or ');
}

function plural(n: unknown, one: string, many: string): string {
  return `${str(n)} ${Number(n) === 1 ? one : many}`;
}

/** Validation keywords in words. */
export function constraintsOf(node: Obj): string[] {
  const out: string[] = [];
  const has = (k: string) => typeof node[k] === 'number';
  if (has('minLength') && has('maxLength') && node['minLength'] === node['maxLength']) out.push(`exactly ${plural(node['minLength'], 'character', 'characters')}`);
  else {
    if (has('minLength') && node['minLength'] !== 0) out.push(`at least ${plural(node['minLength'], 'character', 'characters')}`);
    if (has('maxLength')) out.push(`at most ${plural(node['maxLength'], 'character', 'characters')}`);
  }
  if (has('minimum')) out.push(node['exclusiveMinimum'] === true ? `more than ${str(node['minimum'])}` : `minimum ${str(node['minimum'])}`);
  if (has('exclusiveMinimum')) out.push(`more than ${str(node['exclusiveMinimum'])}`);
  if (has('maximum')) out.push(node['exclusiveMaximum'] === true ? `less than ${str(node['maximum'])}` : `maximum ${str(node['maximum'])}`);
  if (has('exclusiveMaximum')) out.push(`less than ${str(node['exclusiveMaximum'])}`);
  if (has('multipleOf')) out.push(`multiple of ${str(node['multipleOf'])}`);
  if (str(node['pattern'])) out.push(`pattern ${str(node['pattern'])}`);
  if (has('minItems') && node['minItems'] !== 0) out.push(`at least ${plural(node['minItems'], 'item', 'items')}`);
  if (has('maxItems')) out.push(`at most ${plural(node['maxItems'], 'item', 'items')}`);
  if (node['uniqueItems'] === true) out.push('items must be unique');
  if (has('minProperties') && node['minProperties'] !== 0) out.push(`at least ${plural(node['minProperties'], 'field', 'fields')}`);
  if (has('maxProperties')) out.push(`at most ${plural(node['maxProperties'], 'field', 'fields')}`);
  if (node['const'] !== undefined) out.push(`always ${jsonText(node['const'], 120)}`);
  if (str(node['contentEncoding'])) out.push(`encoded as ${str(node['contentEncoding'])}`);
  if (str(node['contentMediaType'])) out.push(`content type ${str(node['contentMediaType'])}`);
  const discriminator = node['discriminator'];
  const discriminatorField = isObj(discriminator) ? str(discriminator['propertyName']) : str(discriminator);
  if (discriminatorField) out.push(`the field "${discriminatorField}" says which option applies`);
  return out;
}

/** Enum values as JSON text, capped. */
export function enumOf(node: Obj): string[] {
  const values = arr(node['enum']);
  const shown = values.slice(0, MAX_ENUM_VALUES).map((v) => jsonText(v, 120));
  if (values.length > MAX_ENUM_VALUES) shown.push(`… and ${values.length - MAX_ENUM_VALUES} more`);
  return shown;
}

/** The schema's own example as short JSON text (`example`, or the first of 3.1 `examples`). */
export function exampleOf(node: Obj): string {
  if (node['example'] !== undefined) return jsonText(node['example'], 160);
  const examples = node['examples'];
  if (Array.isArray(examples) && examples.length) return jsonText(examples[0], 160);
  return '';
}

function flagsOf(node: Obj): string[] {
  const flags: string[] = [];
  if (node['deprecated'] === true) flags.push('deprecated');
  if (node['readOnly'] === true) flags.push('read only');
  if (node['writeOnly'] === true) flags.push('write only');
  return flags;
}

/** A JSON pointer below `at`, or undefined when `at` is unknown. */
function below(at: string | undefined, ...segments: (string | number)[]): string | undefined {
  return at === undefined ? undefined : `${at}${pathToPointer(segments)}`;
}

/** Where a value sits in the document: the target of its last `$ref`, or its own place. */
export function pointerOf(resolved: Pick<Resolved, 'ref'>, own: string | undefined): string | undefined {
  if (resolved.ref === undefined) return own;
  return resolved.ref.startsWith('#') ? pathToPointer(pointerToPath(resolved.ref)) : undefined;
}

/** A schema value with the JSON pointer of the place it is written, when known. */
interface Placed {
  raw: unknown;
  at: string | undefined;
}

interface Shape {
  properties: [string, Placed][];
  required: Set<string>;
  additional: Placed | undefined;
  items: Placed | undefined;
  variants: { keyword: 'oneOf' | 'anyOf'; options: Placed[] } | undefined;
}

function placedVariants(node: Obj, at: string | undefined): Shape['variants'] {
  const v = variantsOf(node);
  return v && { keyword: v.keyword, options: v.options.map((raw, i) => ({ raw, at: below(at, v.keyword, i) })) };
}

/** The fields of a schema with its `allOf` members merged in (own fields first). `at` is the node's pointer. */
function shapeOf(doc: unknown, node: Obj, seen: Set<string>, at: string | undefined, depth = 0): Shape {
  const properties = new Map<string, Placed>(entries(node['properties']).map(([k, raw]) => [k, { raw, at: below(at, 'properties', k) }]));
  const required = new Set(arr(node['required']).map(str));
  let additional: Placed | undefined = node['additionalProperties'] === undefined ? undefined : { raw: node['additionalProperties'], at: below(at, 'additionalProperties') };
  let items: Placed | undefined = node['items'] === undefined ? undefined : { raw: node['items'], at: below(at, 'items') };
  let variants = placedVariants(node, at);
  if (depth < 10) {
    arr(node['allOf']).forEach((member, i) => {
      const m = deref(doc, member);
      if (m.unresolved || (m.ref && seen.has(m.ref))) return;
      const inner = shapeOf(doc, m.node, m.ref ? new Set([...seen, m.ref]) : seen, pointerOf(m, below(at, 'allOf', i)), depth + 1);
      for (const [k, v] of inner.properties) if (!properties.has(k)) properties.set(k, v);
      for (const r of inner.required) required.add(r);
      additional ??= inner.additional;
      items ??= inner.items;
      variants ??= inner.variants;
    });
  }
  return { properties: [...properties], required, additional, items, variants };
}

function hasChildren(doc: unknown, node: Obj, seen: Set<string>): boolean {
  const shape = shapeOf(doc, node, seen, undefined);
  if (shape.properties.length || shape.variants || isObj(shape.additional?.raw)) return true;
  if (shape.items !== undefined) {
    const item = deref(doc, shape.items.raw);
    if (item.unresolved) return false;
    if (item.ref && seen.has(item.ref)) return true;
    return hasChildren(doc, item.node, item.ref ? new Set([...seen, item.ref]) : seen);
  }
  return false;
}

function unwrapSingleAllOf(doc: unknown, resolved: Resolved): Resolved {
  const members = arr(resolved.node['allOf']);
  const single = members[0];
  if (members.length !== 1 || isObj(resolved.node['properties']) || !isObj(single) || typeof single['$ref'] !== 'string') return resolved;
  const inner = deref(doc, single);
  return inner.unresolved ? resolved : inner;
}

class TableBuilder {
  readonly rows: SchemaRow[] = [];
  omitted = 0;
  readonly #ctx: SchemaContext;

  constructor(ctx: SchemaContext) {
    this.#ctx = ctx;
  }

  #row(depth: number, name: string, path: string, kind: SchemaRow['kind'], { raw, at }: Placed, required: boolean): SchemaRow | undefined {
    if (this.rows.length >= this.#ctx.maxRows) {
      this.omitted += 1;
      return undefined;
    }
    const { node, unresolved } = deref(this.#ctx.doc, raw);
    const constraints = constraintsOf(node);
    const type = typeLabel(this.#ctx.doc, raw);
    // Say what each item of an array of simple values must be.
    if (type.startsWith('array of') && node['items'] !== undefined) {
      const item = deref(this.#ctx.doc, node['items']).node;
      const itemConstraints = constraintsOf(item);
      if (itemConstraints.length) constraints.push(`each item: ${itemConstraints.join(', ')}`);
      const itemEnum = enumOf(item);
      if (itemEnum.length) constraints.push(`each item one of: ${itemEnum.join(', ')}`);
      if (str(item['format']) && !str(node['format'])) constraints.push(`each item in format ${str(item['format'])}`);
    }
    const row: SchemaRow = {
      depth,
      name,
      path,
      kind,
      type: unresolved ? `unresolved reference (${unresolved})` : type,
      format: str(node['format']),
      required,
      flags: flagsOf(node),
      constraints,
      enumValues: enumOf(node),
      descriptionHtml: describe(node),
      example: exampleOf(node),
      defaultValue: node['default'] === undefined ? '' : jsonText(node['default'], 120),
    };
    if (at !== undefined) row.pointer = at;
    this.rows.push(row);
    return row;
  }

  /** Emits the rows below a schema (at pointer `at`): its fields, items' fields, extra fields, options. */
  children(node: Obj, depth: number, prefix: string, seen: Set<string>, at: string | undefined): void {
    const doc = this.#ctx.doc;
    const shape = shapeOf(doc, node, seen, at);
    for (const [name, placed] of shape.properties) {
      this.#field(depth, name, prefix ? `${prefix}.${name}` : name, 'property', placed, shape.required.has(name), seen);
    }
    const additional = shape.additional;
    if (additional && (isObj(additional.raw) || additional.raw === true)) {
      const placed = additional.raw === true ? { raw: {}, at: additional.at } : additional;
      this.#field(depth, 'additional fields', prefix ? `${prefix}.*` : '*', 'additional', placed, false, seen);
    }
    if (shape.items !== undefined && !shape.properties.length) {
      // An array: its items' fields follow directly, with `[]` in their paths.
      const item = deref(doc, shape.items.raw);
      if (!item.unresolved && !(item.ref && seen.has(item.ref))) {
        this.children(item.node, depth, `${prefix}[]`, item.ref ? new Set([...seen, item.ref]) : seen, pointerOf(item, shape.items.at));
      }
    }
    if (shape.variants) {
      const word = shape.variants.keyword === 'oneOf' ? 'one of' : 'any of';
      shape.variants.options.forEach((option, i) => {
        const label = `option ${i + 1} (${word})`;
        this.#field(depth, label, prefix ? `${prefix} (option ${i + 1})` : `(option ${i + 1})`, 'variant', option, false, seen);
      });
    }
  }

  #field(depth: number, name: string, path: string, kind: SchemaRow['kind'], placed: Placed, required: boolean, seen: Set<string>): void {
    const row = this.#row(depth, name, path, kind, placed, required);
    if (!row) return;
    const doc = this.#ctx.doc;
    const resolved = deref(doc, placed.raw);
    if (resolved.unresolved) return;
    // `allOf: [$ref]` (used to add a description to a reference) stands for the referenced schema.
    let target = unwrapSingleAllOf(doc, resolved);
    let targetAt = target === resolved ? pointerOf(resolved, placed.at) : pointerOf(target, undefined);
    let childPrefix = path;
    if (!isObj(resolved.node['properties']) && !Array.isArray(resolved.node['allOf']) && !variantsOf(resolved.node) && resolved.node['items'] !== undefined) {
      const rawItem = deref(doc, resolved.node['items']);
      const item = unwrapSingleAllOf(doc, rawItem);
      if (item.unresolved) return;
      target = item;
      targetAt = item === rawItem ? pointerOf(item, below(pointerOf(resolved, placed.at), 'items')) : pointerOf(item, undefined);
      childPrefix = `${path}[]`;
    }
    const circular = target.ref !== undefined && seen.has(target.ref);
    const nextSeen = target.ref ? new Set([...seen, target.ref]) : seen;
    if (!circular && !hasChildren(doc, target.node, nextSeen)) return;
    if (circular || depth + 1 > this.#ctx.maxDepth) {
      const link = target.name ? this.#ctx.schemaLink(target.name) : undefined;
      if (link) row.link = link;
      row.linkReason = circular ? 'circular' : 'depth';
      return;
    }
    this.children(target.node, depth + 1, childPrefix, nextSeen, targetAt);
  }
}

/** The table for a schema (a request body, a response, a parameter, or a component). */
export function buildSchemaTable(raw: unknown, ctx: SchemaContext): SchemaTable {
  const resolved = deref(ctx.doc, raw);
  const { node, name, unresolved } = resolved;
  const table: SchemaTable = {
    type: unresolved ? `unresolved reference (${unresolved})` : typeLabel(ctx.doc, raw),
    format: str(node['format']),
    descriptionHtml: describe(node),
    constraints: constraintsOf(node),
    enumValues: enumOf(node),
    rows: [],
    omittedRows: 0,
  };
  if (name) {
    const link = ctx.schemaLink(name);
    if (link) table.link = link;
  }
  const at = pointerOf(resolved, ctx.at);
  if (at !== undefined) table.pointer = at;
  if (unresolved) return table;
  const builder = new TableBuilder(ctx);
  builder.children(node, 0, '', resolved.ref ? new Set([resolved.ref]) : new Set(), at);
  table.rows = builder.rows;
  table.omittedRows = builder.omitted;
  return table;
}
