/**
 * Splits a reference into pages that each stay under a size budget: everything on one page when it
 * fits; otherwise an overview page with the contents, one page per tag, one page per operation for
 * a tag that is still too big, and schema pages. Sizes are estimates of the rendered HTML, from the
 * text in the model plus a fixed cost for each row, table and section of markup.
 */
import type { ContentsItem, OperationModel, ReferencePage, SchemaModel, TagModel } from './reference-types.ts';

/** Markup cost of each kind of model object, in bytes (measured on the reference templates). */
export const MARKUP_BYTES = {
  page: 24_000,
  overview: 5_000,
  operation: 1_800,
  parameter: 330,
  response: 450,
  mediaType: 200,
  schemaRow: 320,
  example: 380,
  schema: 450,
  contentsItem: 160,
};

/** Escaped text grows: quotes, ampersands and angle brackets become entities. */
const TEXT_FACTOR = 1.15;
/** Code (JSON examples, curl) is mostly quotes and punctuation. */
const CODE_FACTOR = 1.6;

function textBytes(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length * TEXT_FACTOR;
  if (depth > 40 || value === null || typeof value !== 'object') return 0;
  let total = 0;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'code' || key === 'curl') total += typeof v === 'string' ? v.length * CODE_FACTOR : 0;
    else if (key === 'href') total += typeof v === 'string' ? v.length : 0;
    else total += textBytes(v, depth + 1);
  }
  return total;
}

function rowsIn(value: unknown, depth = 0): { rows: number; media: number; examples: number } {
  const count = { rows: 0, media: 0, examples: 0 };
  const walk = (v: unknown, d: number) => {
    if (d > 40 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const item of v) walk(item, d + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o['path'] === 'string' && typeof o['depth'] === 'number') count.rows += 1;
    if (Array.isArray(o['mediaTypes'])) count.media += 1;
    if (typeof o['code'] === 'string') count.examples += 1;
    for (const child of Object.values(o)) walk(child, d + 1);
  };
  walk(value, depth);
  return count;
}

export function estimateOperationBytes(op: OperationModel): number {
  const { rows, media, examples } = rowsIn(op);
  const params = op.parameters.reduce((n, g) => n + g.rows.length, 0);
  return (
    MARKUP_BYTES.operation +
    params * MARKUP_BYTES.parameter +
    op.responses.length * MARKUP_BYTES.response +
    media * MARKUP_BYTES.mediaType +
    rows * MARKUP_BYTES.schemaRow +
    examples * MARKUP_BYTES.example +
    textBytes(op)
  );
}

export function estimateSchemaBytes(schema: SchemaModel): number {
  const { rows, examples } = rowsIn(schema);
  return MARKUP_BYTES.schema + rows * MARKUP_BYTES.schemaRow + examples * MARKUP_BYTES.example + textBytes(schema);
}

export function estimateBytes(value: unknown): number {
  return textBytes(value);
}

export interface PaginateInput {
  baseUrl: string;
  title: string;
  overviewBytes: number;
  tags: TagModel[];
  schemas: SchemaModel[];
  budget: number;
  sizeOf: { operation(op: OperationModel): number; schema(s: SchemaModel): number };
}

interface Draft {
  slug: string;
  title: string;
  showOverview: boolean;
  sections: ReferencePage['sections'];
  schemas: SchemaModel[];
  bytes: number;
}

export interface Pagination {
  pages: ReferencePage[];
  /** Page slug for each anchor of an operation, tag or schema. */
  anchorPages: Map<string, string>;
}

export function pageUrl(baseUrl: string, slug: string): string {
  return slug ? `${baseUrl}${slug}/` : baseUrl;
}

export function paginate(input: PaginateInput): Pagination {
  const { tags, schemas, budget } = input;
  const opBytes = new Map<OperationModel, number>();
  for (const tag of tags) for (const op of tag.operations) opBytes.set(op, input.sizeOf.operation(op));
  const schemaBytes = new Map<SchemaModel, number>();
  for (const s of schemas) schemaBytes.set(s, input.sizeOf.schema(s));
  const opCount = opBytes.size;
  const contentsBytes = (opCount + tags.length + schemas.length + 4) * MARKUP_BYTES.contentsItem;
  const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
  const total = MARKUP_BYTES.page + input.overviewBytes + contentsBytes + sum(opBytes.values()) + sum(schemaBytes.values());

  const drafts: Draft[] = [];
  const usedSlugs = new Set<string>(['']);
  const claimSlug = (wanted: string) => {
    let slug = wanted || 'page';
    for (let n = 2; usedSlugs.has(slug); n += 1) slug = `${wanted}-${n}`;
    usedSlugs.add(slug);
    return slug;
  };

  if (total <= budget) {
    drafts.push({
      slug: '',
      title: input.title,
      showOverview: true,
      sections: tags.map((tag) => ({ tag, operations: tag.operations, part: 1, parts: 1 })),
      schemas,
      bytes: total,
    });
  } else {
    drafts.push({ slug: '', title: input.title, showOverview: true, sections: [], schemas: [], bytes: MARKUP_BYTES.page + input.overviewBytes + contentsBytes });
    const navBytes = (n: number) => (tags.length + n + 4) * MARKUP_BYTES.contentsItem;
    for (const tag of tags) {
      const ops = tag.operations;
      const tagBytes = sum(ops.map((op) => opBytes.get(op) ?? 0)) + estimateBytes(tag.descriptionHtml);
      // Tag anchors are `tag-…`; page slugs drop the prefix for readable URLs.
      const tagSlug = claimSlug(tag.anchor.replace(/^tag-/, ''));
      if (MARKUP_BYTES.page + tagBytes + navBytes(ops.length) <= budget) {
        drafts.push({ slug: tagSlug, title: tag.name, showOverview: false, sections: [{ tag, operations: ops, part: 1, parts: 1 }], schemas: [], bytes: MARKUP_BYTES.page + tagBytes + navBytes(ops.length) });
        continue;
      }
      // Too big for one page: the tag page lists its operations; each operation has its own page.
      drafts.push({ slug: tagSlug, title: tag.name, showOverview: false, sections: [{ tag, operations: [], part: 0, parts: ops.length }], schemas: [], bytes: MARKUP_BYTES.page + navBytes(ops.length) });
      ops.forEach((op, i) => {
        const bytes = MARKUP_BYTES.page + (opBytes.get(op) ?? 0) + navBytes(ops.length);
        drafts.push({ slug: claimSlug(op.anchor), title: op.title, showOverview: false, sections: [{ tag, operations: [op], part: i + 1, parts: ops.length }], schemas: [], bytes });
      });
    }
    if (schemas.length) {
      const schemaNav = (n: number) => (tags.length + n + 4) * MARKUP_BYTES.contentsItem;
      let current: Draft | undefined;
      let part = 0;
      for (const s of schemas) {
        const bytes = schemaBytes.get(s) ?? 0;
        if (!current || current.bytes + bytes + schemaNav(current.schemas.length + 1) > budget) {
          part += 1;
          current = { slug: claimSlug(part === 1 ? 'schemas' : `schemas-${part}`), title: 'Schemas', showOverview: false, sections: [], schemas: [], bytes: MARKUP_BYTES.page };
          drafts.push(current);
        }
        current.schemas.push(s);
        current.bytes += bytes;
      }
      const schemaPages = drafts.filter((d) => d.schemas.length);
      if (schemaPages.length > 1) {
        schemaPages.forEach((d, i) => {
          const first = d.schemas[0]?.name ?? '';
          const last = d.schemas[d.schemas.length - 1]?.name ?? '';
          d.title = `Schemas ${i + 1} of ${schemaPages.length} (${first} to ${last})`;
        });
      }
    }
  }

  const anchorPages = new Map<string, string>();
  for (const d of drafts) {
    for (const section of d.sections) {
      if (section.part <= 1 && !anchorPages.has(section.tag.anchor)) anchorPages.set(section.tag.anchor, d.slug);
      for (const op of section.operations) anchorPages.set(op.anchor, d.slug);
    }
    for (const s of d.schemas) anchorPages.set(s.anchor, d.slug);
  }

  const href = (from: string, anchor: string, to = anchorPages.get(anchor) ?? '') => (to === from ? `#${anchor}` : `${pageUrl(input.baseUrl, to)}#${anchor}`);

  const pages: ReferencePage[] = drafts.map((d, i) => {
    const single = drafts.length === 1;
    const isIndex = d.slug === '';
    const pageTags = new Set(d.sections.map((s) => s.tag));
    const contents: ContentsItem[] = [];
    if (!single) contents.push({ label: 'Overview', href: isIndex ? '#overview' : pageUrl(input.baseUrl, ''), current: isIndex, children: [] });
    for (const tag of tags) {
      const tagPage = anchorPages.get(tag.anchor) ?? '';
      const showChildren = single || isIndex || pageTags.has(tag);
      contents.push({
        label: tag.name,
        href: tagPage === d.slug ? `#${tag.anchor}` : pageUrl(input.baseUrl, tagPage),
        current: tagPage === d.slug && !single,
        children: showChildren
          ? tag.operations.map((op) => ({
              label: op.title,
              href: href(d.slug, op.anchor),
              current: anchorPages.get(op.anchor) === d.slug && !single,
              method: op.method,
              deprecated: op.deprecated,
              children: [],
            }))
          : [],
      });
    }
    const schemaPages = drafts.filter((x) => x.schemas.length);
    for (const sp of schemaPages) {
      const here = sp === d;
      contents.push({
        label: single ? 'Schemas' : sp.title,
        href: here ? '#schemas' : `${pageUrl(input.baseUrl, sp.slug)}#schemas`,
        current: here && !single,
        children: here || single ? sp.schemas.map((s) => ({ label: s.name, href: `#${s.anchor}`, current: true, deprecated: s.deprecated, children: [] })) : [],
      });
    }
    const prev = drafts[i - 1];
    const next = drafts[i + 1];
    return {
      slug: d.slug,
      url: pageUrl(input.baseUrl, d.slug),
      title: d.title,
      showOverview: d.showOverview,
      sections: d.sections,
      schemas: d.schemas,
      contents,
      ...(prev ? { previous: { title: prev.title, url: pageUrl(input.baseUrl, prev.slug) } } : {}),
      ...(next ? { next: { title: next.title, url: pageUrl(input.baseUrl, next.slug) } } : {}),
      estimatedBytes: Math.round(d.bytes),
    };
  });
  return { pages, anchorPages };
}
