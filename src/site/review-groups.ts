/** The review page's model: entries due for review, grouped by the organisation that owns them. */
import { dueForReview } from '../freshness/review.ts';
import type { EntryView, SiteModel } from './build-model.ts';

export interface ReviewGroup {
  organisation: EntryView['organisation'];
  entries: EntryView[];
  /** How many of them were imported and never reviewed by the organisation. */
  awaitingOwners: number;
}

export function reviewGroups(model: SiteModel): ReviewGroup[] {
  const due = dueForReview(model.entries);
  const bySlug = new Map<string, ReviewGroup>();
  for (const v of due) {
    const g = bySlug.get(v.organisation.slug) ?? { organisation: v.organisation, entries: [], awaitingOwners: 0 };
    g.entries.push(v);
    if (v.review.awaitingOwners) g.awaitingOwners += 1;
    bySlug.set(v.organisation.slug, g);
  }
  return [...bySlug.values()].sort((a, b) => b.entries.length - a.entries.length || a.organisation.name.localeCompare(b.organisation.name));
}
