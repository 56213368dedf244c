/**
 * The fields of one OpenAPI document, read from its API reference model (src/openapi/reference-model.ts)
 * rather than by walking the document again: every parameter and every request and response body
 * field of every operation, and every field of every component schema, with where it is (its JSON
 * pointer, as the reference model records it) and which way it travels. The facts recognisers need
 * (type, format, pattern, description, examples) are read from the document at that pointer.
 */
import type { OperationModel, ReferenceModel, SchemaRow, SchemaTable } from '../openapi/reference-types.ts';
import { arr, atPointer, deref, entries, isObj, obj, str, type Obj } from '../openapi/spec-access.ts';
import type { FieldFacts } from './recognise.ts';
import { htmlText, nameTokens } from './words.ts';

/** Which way a field travels: sent to the API, returned (or sent, for webhooks) by it, or only defined in its schemas. */
export const DIRECTIONS = ['accepts', 'returns', 'defines'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface DocumentField {
  facts: FieldFacts;
  direction: Direction;
  /** `path parameter`, `query parameter`, `header`, `request body`, `response 200`, `schema`. */
  location: string;
  /** The field's path inside its location (`recipient.address.postcode`), or the parameter's name. */
  field: string;
  /** JSON pointer, in the rendered (OpenAPI 3) document, of the field's declaration. */
  pointer?: string;
  /** The operation's anchor in the reference, for operation fields. */
  operation?: string;
  /** The component schema's name, for schema fields. */
  schema?: string;
}

const LOCATION_WORDS = { path: 'path parameter', query: 'query parameter', header: 'header', cookie: 'cookie' } as const;
/** Linked schemas expanded under a field, at most this deep. */
const MAX_LINK_DEPTH = 3;

function typesOf(doc: Obj, node: Obj): string[] {
  const own = Array.isArray(node['type']) ? node['type'].map(str) : str(node['type']) ? [str(node['type'])] : [];
  if (!own.length && isObj(node['properties'])) own.push('object');
  if (node['items'] !== undefined) {
    if (!own.includes('array')) own.push('array');
    for (const t of typesOf(doc, deref(doc, node['items']).node)) if (!own.includes(t)) own.push(t);
  }
  return own;
}

function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Example, enum, const and default values of a schema (and of a parameter or media object). */
function valuesOf(doc: Obj, ...nodes: Obj[]): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    const t = asText(v);
    if (t !== undefined && !out.includes(t) && out.length < 12) out.push(t);
  };
  for (const node of nodes) {
    add(node['example']);
    add(node['default']);
    add(node['const']);
    for (const v of arr(node['examples'])) add(v);
    for (const [, e] of entries(node['examples'])) add(deref(doc, e).node['value']);
    for (const v of arr(node['enum']).slice(0, 12)) add(v);
    const items = node['items'] === undefined ? undefined : deref(doc, node['items']).node;
    if (items) {
      add(items['example']);
      for (const v of arr(items['enum']).slice(0, 12)) add(v);
    }
  }
  return out;
}

/** Facts about a schema value declared at `pointer`, named `name`. */
function schemaFacts(doc: Obj, name: string, declared: unknown, context: string, fallback?: SchemaRow): FieldFacts {
  const resolved = deref(doc, declared);
  const node = resolved.node;
  const items = node['items'] === undefined ? undefined : deref(doc, node['items']);
  const description = str(node['description']) || str(node['title']) || (fallback ? htmlText(fallback.descriptionHtml) : '');
  const facts: FieldFacts = {
    name,
    types: typesOf(doc, node),
    format: str(node['format']) || str(items?.node['format']),
    pattern: str(node['pattern']) || str(items?.node['pattern']),
    description,
    values: valuesOf(doc, node),
    context,
  };
  const schemaName = resolved.name ?? items?.name;
  if (schemaName) facts.schemaName = schemaName;
  return facts;
}

function operationContext(op: OperationModel, title: string): string {
  return [op.path.replace(/[{}/_-]+/g, ' '), op.summary, op.tags.join(' '), title].join(' ');
}

/** Fields of a table, with the rows of linked schemas expanded under the row that links to them. */
function tableFields(
  doc: Obj,
  model: ReferenceModel,
  table: SchemaTable | undefined,
  base: Omit<DocumentField, 'facts' | 'field' | 'pointer'>,
  context: string,
  prefix = '',
  depth = 0,
): DocumentField[] {
  if (!table) return [];
  const out: DocumentField[] = [];
  const skip = base.direction === 'accepts' ? 'read only' : base.direction === 'returns' ? 'write only' : '';
  for (const row of table.rows) {
    if (row.kind !== 'property' || (skip && row.flags.includes(skip))) continue;
    const path = prefix ? `${prefix}.${row.path}` : row.path;
    const parents = path.split('.').slice(0, -1).flatMap((p) => nameTokens(p.replace(/\[\]|\(option \d+\)/g, ''))).join(' ');
    const declared = row.pointer === undefined ? undefined : atPointer(doc, `#${row.pointer}`);
    const facts = declared === undefined ? rowFacts(row, context) : schemaFacts(doc, row.name, declared, `${parents} ${context}`, row);
    out.push({ ...base, facts, field: path, ...(row.pointer === undefined ? {} : { pointer: row.pointer }) });
    if (row.link && depth < MAX_LINK_DEPTH) {
      const linked = model.schemas.find((s) => s.anchor === row.link?.anchor);
      if (linked && row.linkReason === 'depth') out.push(...tableFields(doc, model, linked.table, base, context, `${path}${row.type.startsWith('array') ? '[]' : ''}`, depth + 1));
    }
  }
  return out;
}

/** Facts from a row alone, when the document cannot be read at its pointer. */
function rowFacts(row: SchemaRow, context: string): FieldFacts {
  const pattern = row.constraints.find((c) => c.startsWith('pattern '))?.slice('pattern '.length) ?? '';
  const types = row.type.split(/ or |\s+of\s+|\s*\(/).map((t) => t.trim()).filter((t) => ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null'].includes(t));
  let example: unknown;
  try {
    example = row.example ? JSON.parse(row.example) : undefined;
  } catch {
    example = undefined;
  }
  const value = asText(example);
  return { name: row.name, types, format: row.format, pattern, description: htmlText(row.descriptionHtml), values: value === undefined ? [] : [value], context };
}

/** Every field of a document's operations and component schemas, in reference order. */
export function documentFields(model: ReferenceModel, document: unknown): DocumentField[] {
  const doc = obj(document);
  const title = model.overview.title;
  const out: DocumentField[] = [];
  for (const tag of model.tags) {
    for (const op of tag.operations) {
      const context = operationContext(op, title);
      // A webhook's request is what the API sends.
      const sent: Direction = op.webhook ? 'returns' : 'accepts';
      for (const group of op.parameters) {
        for (const row of group.rows) {
          const param = row.pointer === undefined ? {} : obj(atPointer(doc, `#${row.pointer}`));
          const location = LOCATION_WORDS[row.location];
          const schema = param['schema'] ?? obj(entries(param['content'])[0]?.[1])['schema'];
          const facts: FieldFacts = schema === undefined
            ? { name: row.name, types: [], format: row.format, pattern: '', description: str(param['description']), values: [], context }
            : schemaFacts(doc, row.name, schema, context);
          facts.description = str(param['description']) || facts.description;
          facts.values = [...valuesOf(doc, param), ...facts.values];
          out.push({ facts, direction: sent, location, field: row.name, operation: op.anchor, ...(row.pointer === undefined ? {} : { pointer: row.pointer }) });
          out.push(...tableFields(doc, model, row.table, { direction: sent, location, operation: op.anchor }, context, row.name));
        }
      }
      for (const media of op.requestBody?.contents ?? []) {
        out.push(...tableFields(doc, model, media.table, { direction: sent, location: 'request body', operation: op.anchor }, context));
      }
      for (const response of op.responses) {
        for (const media of response.contents) {
          out.push(...tableFields(doc, model, media.table, { direction: 'returns', location: `response ${response.status}`, operation: op.anchor }, context));
        }
      }
    }
  }
  for (const schema of model.schemas) {
    out.push(...tableFields(doc, model, schema.table, { direction: 'defines', location: 'schema', schema: schema.name }, `${schema.name} ${title}`));
  }
  return dedupe(out);
}

/** The same field reached twice in one place (two media types, two linked paths) counts once. */
function dedupe(fields: DocumentField[]): DocumentField[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    const key = `${f.direction}|${f.operation ?? f.schema}|${f.location}|${f.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
