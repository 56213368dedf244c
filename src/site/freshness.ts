/** Freshness in words for the pages: review dates, gaps of imported entries, link states. */
import type { LinkResult } from '../links/report-file.ts';
import type { ReviewState } from '../freshness/review.ts';
import { formatDate } from './labels.ts';

const GAP_LABELS: Readonly<Record<string, string>> = {
  access: 'Who may use it and how to get access',
  contact: 'Contact',
  documentationUrl: 'Documentation',
  endpoints: 'Production base URL',
  licence: 'Licence',
  areaServed: 'Area served',
  'dates.released': 'Release date',
  'dates.deprecated': 'Deprecation date',
};

export const gapLabel = (field: string): string => GAP_LABELS[field] ?? field;

/** "Last reviewed on 3 May 2026; next review due by 3 May 2027." and the like. */
export function reviewWords(r: ReviewState): string {
  if (r.awaitingOwners) return `Not reviewed by its owners yet: it was imported, and a review has been due since ${formatDate(r.due)}.`;
  if (!r.lastReviewed) return '';
  return r.overdue
    ? `Last reviewed on ${formatDate(r.lastReviewed)}; a review has been due since ${formatDate(r.due)}: check the details with the team before you rely on them.`
    : `Last reviewed on ${formatDate(r.lastReviewed)}; next review due by ${formatDate(r.due)}.`;
}

export const LINK_STATE_WORDS: Record<LinkResult['state'], string> = {
  ok: 'Works',
  redirected: 'Moved',
  unverified: 'Could not be checked',
  broken: 'Broken',
};

/** A checked link's result in words: "Broken: 404", "Moved: now https://…". */
export function linkResultWords(l: Pick<LinkResult, 'state' | 'finalUrl' | 'reason'>): string {
  return `${LINK_STATE_WORDS[l.state]}: ${l.state === 'redirected' ? `now ${l.finalUrl ?? ''}` : l.reason ?? ''}`;
}
