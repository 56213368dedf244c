/**
 * Builds the API reference model of one bundled OpenAPI 3.x document (see bundle.ts): overview,
 * operations grouped by tag, component schemas, and pages that each stay under a size budget.
 * Pure: no file or network access; templates render the result without further logic.
 */
import type { Problem } from '../problems/problem.ts';
import { AnchorRegistry, LinkRegistry } from './anchors.ts';
import type { SpecFamily } from './bundle.ts';
import { DEFAULT_EXAMPLE_LIMITS, examplesFor } from './examples.ts';
import { renderMarkdown } from './markdown.ts';
import { buildOperation, collectOperations, type OperationContext, type OperationLimits, type RawOperation } from './operations.ts';
import { buildOverview, OVERVIEW_ANCHOR, type EntryContext } from './overview.ts';
import { estimateBytes, estimateOperationBytes, estimateSchemaBytes, MARKUP_BYTES, paginate, pageUrl } from './paginate.ts';
import type { OperationModel, ReferenceModel, SchemaModel, TagModel } from './reference-types.ts';
import { DEFAULT_SCHEMA_LIMITS, buildSchemaTable } from './schema-table.ts';
import { buildSecuritySchemes } from './security.ts';
import { safeLink } from './servers.ts';
import { arr, deref, entries, obj, str, type Obj } from './spec-access.ts';

export interface BuildReferenceOptions {
  entryId: string;
  /** URL path of the reference's first page, e.g. `/entries/vehicle-enquiry-api/reference/`. */
  baseUrl: string;
  /** Catalogue facts shown in the overview (access, endpoints, status and dates). */
  entry?: EntryContext;
  /** From bundleSpec: the publisher's version, and whether it was converted from 2.0. */
  family?: SpecFamily;
  version?: string;
  converted?: boolean;
  /** Bundling and conversion problems, shown as warnings. */
  problems?: readonly Problem[];
  /** Largest estimated page size in bytes (default 420 000, leaving room under the 600 KB limit). */
  pageBudget?: number;
}

export const PAGE_LIMIT_BYTES = 600 * 1024;
const DEFAULT_BUDGET = 420_000;

/** Limits tried in turn for an operation until it fits on a page. */
const OPERATION_LIMITS: OperationLimits[] = [
  { ...DEFAULT_SCHEMA_LIMITS, ...DEFAULT_EXAMPLE_LIMITS },
  { maxDepth: 4, maxRows: 120, maxExampleChars: 12_000, maxExamples: 3 },
  { maxDepth: 2, maxRows: 40, maxExampleChars: 3_000, maxExamples: 1 },
  { maxDepth: 0, maxRows: 15, maxExampleChars: 1_000, maxExamples: 1 },
];

const SCHEMA_LIMITS = [
  { maxDepth: DEFAULT_SCHEMA_LIMITS.maxDepth, maxRows: DEFAULT_SCHEMA_LIMITS.maxRows, exampleChars: 10_000 },
  { maxDepth: 3, maxRows: 80, exampleChars: 3_000 },
  { maxDepth: 1, maxRows: 20, exampleChars: 0 },
];

const OTHER_TAG = 'Other operations';
const WEBHOOK_TAG = 'Webhooks';

function normaliseBase(baseUrl: string): string {
  const withLead = baseUrl.startsWith('/') ? baseUrl : `/${baseUrl}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

export function buildReference(bundled: unknown, options: BuildReferenceOptions): ReferenceModel {
  const started = performance.now();
  const doc: Obj = obj(bundled);
  const baseUrl = normaliseBase(options.baseUrl);
  const budget = options.pageBudget ?? DEFAULT_BUDGET;
  const anchors = new AnchorRegistry();
  const links = new LinkRegistry();

  // Anchors in a fixed order (schemes, schemas, tags, operations), so they depend only on the document.
  const { schemes, anchorOf: schemeAnchors } = buildSecuritySchemes(doc, anchors);
  const schemaEntries = entries(obj(doc['components'])['schemas']);
  const schemaAnchors = new Map<string, string>();
  for (const [name] of schemaEntries) schemaAnchors.set(name, anchors.claim(`schema ${name}`, 'schema'));

  const rawOps = collectOperations(doc);
  const declaredTags = arr(doc['tags']).map((t) => obj(t));
  const tagNames: string[] = [];
  const addTag = (name: string) => {
    if (!tagNames.includes(name)) tagNames.push(name);
  };
  for (const t of declaredTags) if (str(t['name'])) addTag(str(t['name']));
  const homeTag = (raw: RawOperation) => {
    if (raw.webhook) return WEBHOOK_TAG;
    return arr(raw.operation['tags']).map(str).find(Boolean) ?? OTHER_TAG;
  };
  for (const raw of rawOps) {
    if (!raw.webhook) for (const t of arr(raw.operation['tags']).map(str).filter(Boolean)) addTag(t);
  }
  if (rawOps.some((r) => !r.webhook && homeTag(r) === OTHER_TAG)) addTag(OTHER_TAG);
  if (rawOps.some((r) => r.webhook)) addTag(WEBHOOK_TAG);
  // Tags with no operation are not shown.
  const usedTags = tagNames.filter((name) => rawOps.some((r) => homeTag(r) === name || (!r.webhook && arr(r.operation['tags']).map(str).includes(name))));
  const tagAnchors = new Map(usedTags.map((name) => [name, anchors.claim(`tag ${name}`, 'tag')]));
  const opAnchors = rawOps.map((raw) => anchors.claim(str(raw.operation['operationId']) || `${raw.method} ${raw.path}`, 'operation'));

  const ctx: OperationContext = { doc, links, schemaAnchors, schemeAnchors, endpoints: options.entry?.endpoints ?? [] };
  const opBudget = budget - MARKUP_BYTES.page - 20_000;
  const built = rawOps.map((raw, i) => {
    const anchor = opAnchors[i] ?? `operation-${i}`;
    let model: OperationModel | undefined;
    for (const [level, limits] of OPERATION_LIMITS.entries()) {
      model = buildOperation(raw, anchor, ctx, limits);
      model.reduced = level > 0;
      if (estimateOperationBytes(model) <= opBudget) break;
    }
    return { raw, model: model as OperationModel };
  });

  const schemas: SchemaModel[] = schemaEntries.map(([name, raw]) => {
    const anchor = schemaAnchors.get(name) ?? `schema-${name}`;
    const node = deref(doc, raw).node;
    let model: SchemaModel | undefined;
    for (const limits of SCHEMA_LIMITS) {
      // Through its reference, so that the schema counts as already shown inside itself.
      const table = buildSchemaTable({ $ref: `#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}` }, {
        doc,
        maxDepth: limits.maxDepth,
        maxRows: limits.maxRows,
        schemaLink: (target) => {
          const a = schemaAnchors.get(target);
          return a ? links.make(target, a, anchor) : undefined;
        },
      });
      // The section's own link would point at itself.
      delete table.link;
      model = { name, anchor, deprecated: node['deprecated'] === true, table };
      if (limits.exampleChars > 0) {
        const { examples } = examplesFor(doc, { schema: raw }, 'application/json', 'response', { maxExampleChars: limits.exampleChars, maxExamples: 1 });
        if (examples[0]) model.example = examples[0];
      }
      if (estimateSchemaBytes(model) <= opBudget) break;
    }
    return model as SchemaModel;
  });

  const tags: TagModel[] = usedTags.map((name) => {
    const declared = declaredTags.find((t) => str(t['name']) === name) ?? {};
    const anchor = tagAnchors.get(name) ?? 'tag';
    const docsRaw = obj(declared['externalDocs']);
    const docs = safeLink(str(docsRaw['url']), str(docsRaw['description']) || 'More documentation');
    const operations = built.filter(({ raw }) => homeTag(raw) === name).map(({ model }) => model);
    const alsoIn = built
      .filter(({ raw }) => !raw.webhook && homeTag(raw) !== name && arr(raw.operation['tags']).map(str).includes(name))
      .map(({ model }) => links.make(model.title, model.anchor, anchor));
    return {
      name,
      anchor,
      descriptionHtml: renderMarkdown(declared['description'], { headingLevel: 3 }),
      ...(docs ? { externalDocs: docs } : {}),
      operations,
      alsoIn,
    };
  });

  const overview = buildOverview({
    doc,
    ...(options.family ? { family: options.family } : {}),
    ...(options.version ? { version: options.version } : {}),
    converted: options.converted === true,
    ...(options.problems ? { problems: options.problems } : {}),
    ...(options.entry ? { entry: options.entry } : {}),
    schemes,
    schemeAnchors,
    links,
    operations: built,
    schemas,
  });

  const { pages, anchorPages } = paginate({
    baseUrl,
    title: overview.title,
    overviewBytes: MARKUP_BYTES.overview + estimateBytes(overview),
    tags,
    schemas,
    budget,
    sizeOf: { operation: estimateOperationBytes, schema: estimateSchemaBytes },
  });
  // Overview sections and security schemes live on the first page.
  anchorPages.set(OVERVIEW_ANCHOR, '');
  for (const s of schemes) anchorPages.set(s.anchor, '');
  links.resolve((anchor) => {
    const slug = anchorPages.get(anchor);
    return slug === undefined ? undefined : pageUrl(baseUrl, slug);
  });

  const largest = Math.max(...pages.map((p) => p.estimatedBytes));
  return {
    entryId: options.entryId,
    baseUrl,
    overview,
    tags,
    schemas,
    pages,
    anchorPages: Object.fromEntries(anchorPages),
    stats: {
      operations: built.length,
      schemas: schemas.length,
      pages: pages.length,
      largestPageBytes: largest,
      buildMs: Math.round(performance.now() - started),
    },
  };
}
