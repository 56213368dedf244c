/**
 * What search indexes, built from the site model rather than scraped from pages: one record per
 * entry (its names, summary, description, keywords, and the synonyms of what it says), and one per
 * API reference page, where each operation and schema is a heading that Pagefind's sub-results point
 * to, so that a result links to the operation that matched. Page furniture (navigation, dates,
 * tables of details) is never indexed, which keeps the index and the result fragments small.
 *
 * Records are small HTML documents for Pagefind's `addHTMLFile`; every value from an entry or an
 * OpenAPI document is escaped.
 */
import type { EntryView, SiteModel } from './build-model.ts';
import { facetLabels, type FacetId } from './browse.ts';
import { html, type SafeHtml } from './html.ts';
import { KIND_LABELS, STATUS_LABELS, accessSummary } from './labels.ts';
import { RESULT_TYPES, SYNONYMS, phraseKeys, synonymsFor, buildVocabulary, words, type Vocabulary } from './search-words.ts';
import { urls } from './urls.ts';
import { renderMarkdown } from '../openapi/markdown.ts';
import { nameWords } from '../openapi/operations.ts';
import type { OperationModel, ReferenceModel, SchemaModel } from '../openapi/reference-types.ts';

export interface SearchRecord {
  url: string;
  /** A small HTML document for Pagefind. */
  content: string;
}

/** Longest description text kept for an operation or schema: enough to match, small to download. */
const MAX_DESCRIPTION = 400;

/** Text of sanitised HTML (tags dropped, entities decoded), on one line. */
export function htmlText(htmlText: string): string {
  return htmlText
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function markdownText(markdown: string): string {
  return htmlText(renderMarkdown(markdown));
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
}

function filterTags(type: string, labels: Record<FacetId, string[]>): SafeHtml {
  const all: [string, string][] = [['type', type], ...Object.entries(labels).flatMap(([name, values]) => values.map((v): [string, string] => [name, v]))];
  return html`${all.map(([name, value]) => html`<span data-pagefind-filter="${name}">${value}</span>`)}`;
}

function metaTags(meta: Record<string, string>): SafeHtml {
  return html`${Object.entries(meta).map(([name, value]) => html`<span data-pagefind-meta="${name}">${value}</span>`)}`;
}

function document(title: string, body: SafeHtml, hidden: SafeHtml): string {
  return html`<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body>${body}</main><div hidden data-pagefind-ignore>${hidden}</div></body></html>`.value;
}

/** The words an entry is found by, in the order they matter. */
export function entryText(view: EntryView): { names: string[]; summary: string; description: string; context: string[] } {
  const e = view.entry;
  return {
    names: [...e.alternativeNames, ...e.keywords, ...(view.organisation.abbreviation ? [view.organisation.abbreviation] : [])],
    summary: e.summary,
    description: markdownText(e.description),
    context: [view.organisation.name, KIND_LABELS[e.kind].singular, ...view.topics.map((t) => t.name), ...view.provides.map((p) => p.name)],
  };
}

export function entryRecord(model: SiteModel, view: EntryView): SearchRecord {
  const e = view.entry;
  const t = entryText(view);
  const names = [e.name, ...t.names].join('; ');
  // Each synonym group's key goes where the entry says the phrase, so it ranks as that text does.
  const seen = new Set<string>();
  const keys = (text: string) => phraseKeys(text).filter((k) => !seen.has(k) && seen.add(k)).join(' ');
  const [nameKeys, summaryKeys, descriptionKeys] = [keys(names), keys(t.summary), keys(`${t.description} ${t.context.join(' ')}`)];
  // Synonyms help an entry be found, not rank: each word once, at half the weight of its own text.
  const extra = [...new Set(synonymsFor([names, t.summary, t.description].join(' \n ')).flatMap(words))];
  const body = html`<h1>${e.name}</h1><p data-pagefind-weight="8">${t.names.join('; ')} ${nameKeys}</p>${extra.length > 0 ? html`<p data-pagefind-weight="0.5">${extra.join(' ')}</p>` : ''}<p data-pagefind-weight="3">${t.summary} ${summaryKeys}</p><p>${t.description}</p><p>${t.context.join('; ')} ${descriptionKeys}</p>`;
  const access = accessSummary(e);
  const hidden = html`${metaTags({ title: e.name, summary: e.summary, organisation: view.organisation.name, kind: KIND_LABELS[e.kind].singular, status: STATUS_LABELS[e.status].label, statusTag: STATUS_LABELS[e.status].tagClass, access: access.label })}${filterTags(RESULT_TYPES.entry, facetLabels(model, view))}`;
  return { url: urls.entry(e.id), content: document(e.name, body, hidden) };
}

function operationSection(op: OperationModel): SafeHtml {
  const description = clip(htmlText(op.descriptionHtml), MAX_DESCRIPTION);
  const title = op.title === `${op.method} ${op.path}` ? op.title : `${op.method} ${op.path}: ${op.title}`;
  const text = [op.summary === op.title ? '' : op.summary, description, op.operationId ? nameWords(op.operationId) : '', op.searchText].filter(Boolean).join('. ');
  return html`<h2 id="${op.anchor}">${title}</h2><p>${text} ${phraseKeys(`${title} ${text}`).join(' ')}</p>`;
}

function schemaSection(schema: SchemaModel): SafeHtml {
  const fields = schema.table.rows.filter((r) => r.kind === 'property').map((r) => nameWords(r.name));
  return html`<h2 id="${schema.anchor}">${schema.name} schema</h2><p>${[nameWords(schema.name), clip(htmlText(schema.table.descriptionHtml), MAX_DESCRIPTION), [...new Set(fields)].join(' ')].filter(Boolean).join('. ')}</p>`;
}

/** One record per page of an API reference that has operations or schemas. */
export function referenceRecords(model: SiteModel, view: EntryView, reference: ReferenceModel): SearchRecord[] {
  const labels = facetLabels(model, view);
  return reference.pages.flatMap((page) => {
    const operations = page.sections.flatMap((s) => s.operations);
    if (operations.length === 0 && page.schemas.length === 0) return [];
    const body = html`${operations.map(operationSection)}${page.schemas.map(schemaSection)}`;
    const title = page.showOverview ? `${reference.overview.title}: API reference` : `${page.title} – ${reference.overview.title}`;
    const hidden = html`${metaTags({ title, entry: view.entry.name, entryUrl: urls.entry(view.entry.id), organisation: view.organisation.name })}${filterTags(RESULT_TYPES.reference, labels)}`;
    return [{ url: page.url, content: document(title, body, hidden) }];
  });
}

/** Every record of the catalogue; `reference` gives an entry's API reference (built once per build). */
export async function searchRecords(model: SiteModel, reference: (view: EntryView, specIndex: number) => Promise<ReferenceModel>): Promise<SearchRecord[]> {
  const records = model.entries.map((view) => entryRecord(model, view));
  for (const view of model.entries) {
    for (const spec of view.specs) records.push(...referenceRecords(model, view, await reference(view, spec.index)));
  }
  return records;
}

/** The words "did you mean" corrects to: everything an entry's record says, and the synonyms. */
export function searchVocabulary(model: SiteModel): Vocabulary {
  return buildVocabulary([
    ...model.entries.flatMap((view) => {
      const t = entryText(view);
      return [view.entry.name, ...t.names, t.summary, t.description, ...t.context];
    }),
    ...model.organisations.map((o) => o.organisation.name),
    ...SYNONYMS.flat(),
  ]);
}
