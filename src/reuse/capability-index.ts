/**
 * The capability index: what every catalogue entry can do and which data it carries, built once per
 * build from the entries and their API reference models. For each entry: its operations (method,
 * path, summary, shape, fields, data items), its schemas and their property names, its tags and
 * topics, and the data items it accepts or returns, each with its evidence (where: JSON pointer and
 * link to the reference; why: the recognisers' reasons). Pure: no files, no network.
 */
import type { Entry } from '../catalogue/schema.ts';
import { originalPointer } from '../openapi/diff/diff-files.ts';
import { pageUrl } from '../openapi/paginate.ts';
import type { OperationModel, ReferenceModel } from '../openapi/reference-types.ts';
import { DATA_ITEMS } from './data-items.ts';
import { DIRECTIONS, documentFields, type Direction } from './fields.ts';
import { recogniseField } from './recognise.ts';
import { fieldKey, operationShape } from './shapes.ts';
import { htmlText } from './words.ts';

/** One OpenAPI document of an entry, as the reference pages have it. */
export interface IndexDocument {
  /** Position in the entry's `specs`. */
  index: number;
  title?: string;
  model: ReferenceModel;
  /** The rendered (OpenAPI 3) document the model was built from. */
  document: unknown;
  /** The publisher's document (what the downloads hold), for Swagger 2.0 pointers. */
  original: unknown;
  converted: boolean;
}

export interface IndexSource {
  entry: Entry;
  organisationName: string;
  documents: readonly IndexDocument[];
}

export interface OperationRef {
  spec: number;
  anchor: string;
  method: string;
  path: string;
  title: string;
  /** Link to the operation in the API reference. */
  href: string;
}

export interface Evidence {
  item: string;
  direction: Direction;
  spec: number;
  /** `query parameter`, `request body`, `response 200`, `schema` … */
  location: string;
  /** The field's path in its location. */
  field: string;
  /** JSON pointer in the entry's downloadable document, when known. */
  pointer?: string;
  operation?: OperationRef;
  schema?: { name: string; href: string };
  strength: 'strong' | 'weak';
  /** Why, in words. */
  why: string[];
}

export interface OperationCapability extends OperationRef {
  summary: string;
  /** `POST notification/sms`. */
  shape: string;
  tags: string[];
  webhook: boolean;
  deprecated: boolean;
  /** Keys of the parameters and body fields it takes and gives (`template id`, `phone number`). */
  fields: string[];
  /** Data items it accepts and returns. */
  accepts: string[];
  returns: string[];
}

export interface SchemaCapability {
  spec: number;
  name: string;
  href: string;
  properties: string[];
}

export interface EntryDataItem {
  id: string;
  directions: Direction[];
  evidence: Evidence[];
}

export interface EntryCapabilities {
  id: string;
  name: string;
  /** Its name and the other names it is known by. */
  names: string[];
  kind: Entry['kind'];
  status: Entry['status'];
  /** When it was added to the catalogue (YYYY-MM-DD): of two likely duplicates, the later one repeats the earlier. */
  added: string;
  organisation: string;
  organisationName: string;
  summary: string;
  topics: string[];
  keywords: string[];
  /** Relations the entry declares: the APIs it provides, its successor, related entries. */
  relations: { provides: string[]; successor?: string; related: string[] };
  /** Plain text that says what the entry does, for text similarity. */
  text: string;
  operations: OperationCapability[];
  schemas: SchemaCapability[];
  tags: string[];
  /** Distinct field keys across its documents. */
  fieldNames: string[];
  dataItems: EntryDataItem[];
}

export interface DataItemSummary {
  id: string;
  /** Entries carrying it, in catalogue order. */
  entries: { id: string; directions: Direction[]; operations: number }[];
  /** Distinct organisations among those entries. */
  organisations: string[];
}

export interface CapabilityIndex {
  entries: EntryCapabilities[];
  dataItems: DataItemSummary[];
  stats: { entries: number; documents: number; operations: number; fields: number; recognitions: number; buildMs: number };
}

function hrefOf(model: ReferenceModel, anchor: string): string {
  const slug = model.anchorPages[anchor] ?? '';
  return `${pageUrl(model.baseUrl, slug)}#${anchor}`;
}

function operationRef(spec: number, model: ReferenceModel, op: OperationModel): OperationRef {
  return { spec, anchor: op.anchor, method: op.method, path: op.path, title: op.title, href: hrefOf(model, op.anchor) };
}

const sortUnique = (values: Iterable<string>) => [...new Set(values)].sort();

function entryText(source: IndexSource): string {
  const e = source.entry;
  const ops = source.documents.flatMap((d) => d.model.tags.flatMap((t) => [t.name, ...t.operations.map((o) => o.summary)]));
  return [e.name, ...e.alternativeNames, e.summary, e.description, ...e.keywords, ...ops].join('\n');
}

/** The capabilities of one entry. Returns the number of fields read as well. */
export function indexEntry(source: IndexSource): { capabilities: EntryCapabilities; fields: number } {
  const e = source.entry;
  const operations: OperationCapability[] = [];
  const schemas: SchemaCapability[] = [];
  const evidence: Evidence[] = [];
  const tags = new Set<string>();
  const fieldNames = new Set<string>();
  let fieldCount = 0;

  for (const doc of source.documents) {
    const { model } = doc;
    const byAnchor = new Map<string, OperationModel>();
    for (const tag of model.tags) {
      if (tag.name !== 'Other operations' && tag.name !== 'Webhooks') tags.add(tag.name);
      for (const op of tag.operations) byAnchor.set(op.anchor, op);
    }
    const fields = documentFields(model, doc.document);
    fieldCount += fields.length;
    const opFields = new Map<string, Set<string>>();
    const opItems = new Map<string, { accepts: Set<string>; returns: Set<string> }>();
    for (const f of fields) {
      const key = fieldKey(f.facts.name);
      if (key) fieldNames.add(key);
      if (f.operation) {
        const set = opFields.get(f.operation) ?? new Set<string>();
        if (key) set.add(key);
        opFields.set(f.operation, set);
      }
      for (const r of recogniseField(f.facts)) {
        const op = f.operation ? byAnchor.get(f.operation) : undefined;
        const pointer = f.pointer === undefined ? undefined : doc.converted ? originalPointer(f.pointer, { original: doc.original as Record<string, unknown>, document: doc.document as Record<string, unknown> }) : f.pointer;
        const schema = f.schema === undefined ? undefined : model.schemas.find((s) => s.name === f.schema);
        evidence.push({
          item: r.item.id,
          direction: f.direction,
          spec: doc.index,
          location: f.location,
          field: f.field,
          ...(pointer === undefined ? {} : { pointer }),
          ...(op ? { operation: operationRef(doc.index, model, op) } : {}),
          ...(schema ? { schema: { name: schema.name, href: hrefOf(model, schema.anchor) } } : {}),
          strength: r.strength,
          why: r.signals.map((s) => s.reason),
        });
        if (op && f.direction !== 'defines') {
          const sets = opItems.get(op.anchor) ?? { accepts: new Set<string>(), returns: new Set<string>() };
          sets[f.direction].add(r.item.id);
          opItems.set(op.anchor, sets);
        }
      }
    }
    for (const op of byAnchor.values()) {
      const items = opItems.get(op.anchor);
      operations.push({
        ...operationRef(doc.index, model, op),
        summary: op.summary || htmlText(op.descriptionHtml).split(/(?<=\.)\s/)[0] || '',
        shape: operationShape(op.method, op.path),
        tags: op.tags,
        webhook: op.webhook,
        deprecated: op.deprecated,
        fields: sortUnique(opFields.get(op.anchor) ?? []),
        accepts: sortUnique(items?.accepts ?? []),
        returns: sortUnique(items?.returns ?? []),
      });
    }
    for (const s of model.schemas) {
      schemas.push({ spec: doc.index, name: s.name, href: hrefOf(model, s.anchor), properties: sortUnique(s.table.rows.filter((r) => r.kind === 'property' && r.depth === 0).map((r) => fieldKey(r.name))) });
    }
  }

  const dataItems: EntryDataItem[] = DATA_ITEMS.flatMap((item) => {
    const found = evidence.filter((ev) => ev.item === item.id);
    if (!found.length) return [];
    const directions = DIRECTIONS.filter((d) => found.some((ev) => ev.direction === d));
    return [{ id: item.id, directions, evidence: found }];
  });

  return {
    fields: fieldCount,
    capabilities: {
      id: e.id,
      name: e.name,
      names: [e.name, ...e.alternativeNames],
      kind: e.kind,
      status: e.status,
      added: e.dates.added,
      organisation: e.organisation,
      organisationName: source.organisationName,
      summary: e.summary,
      topics: [...e.topics],
      keywords: [...e.keywords],
      relations: { provides: [...e.provides], related: [...e.related], ...(e.successor ? { successor: e.successor } : {}) },
      text: entryText(source),
      operations,
      schemas,
      tags: [...tags],
      fieldNames: sortUnique(fieldNames),
      dataItems,
    },
  };
}

/** The capability index of a whole catalogue. */
export function buildCapabilityIndex(sources: readonly IndexSource[]): CapabilityIndex {
  const started = performance.now();
  let fields = 0;
  const entries = sources.map((s) => {
    const built = indexEntry(s);
    fields += built.fields;
    return built.capabilities;
  });
  const dataItems: DataItemSummary[] = DATA_ITEMS.map((item) => {
    const carrying = entries.flatMap((e) => {
      const found = e.dataItems.find((d) => d.id === item.id);
      if (!found) return [];
      const operations = new Set(found.evidence.flatMap((ev) => (ev.operation ? [`${ev.operation.spec}#${ev.operation.anchor}`] : [])));
      return [{ id: e.id, directions: found.directions, operations: operations.size }];
    });
    const organisations = sortUnique(entries.filter((e) => carrying.some((c) => c.id === e.id)).map((e) => e.organisation));
    return { id: item.id, entries: carrying, organisations };
  });
  return {
    entries,
    dataItems,
    stats: {
      entries: entries.length,
      documents: sources.reduce((n, s) => n + s.documents.length, 0),
      operations: entries.reduce((n, e) => n + e.operations.length, 0),
      fields,
      recognitions: entries.reduce((n, e) => n + e.dataItems.reduce((m, d) => m + d.evidence.length, 0), 0),
      buildMs: Math.round(performance.now() - started),
    },
  };
}
