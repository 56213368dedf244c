/**
 * The reuse model in the words pages show: relations, how alike two entries are, which way a data
 * item travels, where a piece of evidence is. Pure; the templates only place these strings.
 */
import type { SiteModel } from '../site/build-model.ts';
import { html, type SafeHtml } from '../site/html.ts';
import type { ReuseModel } from './build.ts';
import type { Evidence } from './capability-index.ts';
import type { Direction } from './fields.ts';
import { DUPLICATE_THRESHOLD, type Relation, type SimilarEntry } from './duplicates.ts';

/**
 * Entries on one page of a data item: each shows its operations and evidence, so fewer than a plain
 * list of entries, to stay under the 150 KB page limit (20 entries with their evidence come to about 130 KB).
 */
export const CARRIERS_PER_PAGE = 15;
/** Places of evidence shown for one entry on a data item page; all are in /data-items.json. */
export const EVIDENCE_SHOWN = 6;

/** The reuse model of a built site; the pipeline always sets it. */
export function reuseOf(model: SiteModel): ReuseModel {
  if (!model.reuse) throw new Error('internal: the site model has no reuse model (built outside the pipeline?)');
  return model.reuse;
}

/** A declared relation from the entry being shown to the similar one. */
export const RELATION_WORDS: Record<Relation, string> = {
  provides: 'this entry provides it',
  'provided-by': 'it provides this entry',
  successor: 'it replaces this entry',
  predecessor: 'this entry replaces it',
  related: 'listed as related',
};

/** How alike, in words: a likely duplicate, very similar, similar. */
export function likeness(s: SimilarEntry): string {
  if (s.duplicate) return 'Likely duplicate';
  if (s.comparison.score >= DUPLICATE_THRESHOLD) return 'Very similar';
  return s.comparison.score >= 0.2 ? 'Similar' : 'Somewhat similar';
}

export const DIRECTION_WORDS: Record<Direction, string> = { accepts: 'accepts', returns: 'returns', defines: 'defines' };

/** `accepts and returns`, `returns`, `defines in its schemas`. */
export function directionWords(directions: readonly Direction[]): string {
  const used = directions.filter((d) => d !== 'defines');
  if (!used.length) return 'defines it in its schemas';
  return used.map((d) => DIRECTION_WORDS[d]).join(' and ');
}

/** Where a piece of evidence is, in words: `POST /v1/permits, request body field uprn`. */
export function evidencePlace(e: Evidence): string {
  const place = e.location === 'schema' ? `schema ${e.schema?.name ?? ''} field` : `${e.location} ${e.location.includes('parameter') || e.location === 'header' || e.location === 'cookie' ? '' : 'field '}`;
  const owner = e.operation ? `${e.operation.method} ${e.operation.path}, ` : '';
  return `${owner}${place.replace(/\s+$/, '')} ${e.field}`.replace(/\s+/g, ' ').trim();
}

/** `2 entries`, `1 organisation`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Reasons as a small bulleted list. */
export function reasonList(reasons: readonly string[]): SafeHtml {
  return html`<ul class="govuk-list govuk-list--bullet govuk-!-font-size-16 govuk-!-margin-bottom-0">${reasons.map((r) => html`<li>${r}</li>`)}</ul>`;
}


export { listed } from './words.ts';
