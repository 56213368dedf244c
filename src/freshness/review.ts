/**
 * When each entry was last reviewed by its owners and when it is due again: `reviewAfterDays`
 * (catalogue/config.yaml) after `dates.lastReviewed`. An imported entry its owners have not reviewed
 * yet is due from the day it was imported. A retired entry is not due: it was switched off and
 * stays only for the record.
 */
import { awaitingOwnerReview, type Entry } from '../catalogue/schema.ts';

export interface ReviewState {
  lastReviewed?: string;
  /** The day a review is due, YYYY-MM-DD. */
  due: string;
  /** `today` is the due day or later (and the entry is not retired). */
  overdue: boolean;
  /** Imported, and not yet reviewed by its owners. */
  awaitingOwners: boolean;
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function reviewState(entry: Pick<Entry, 'dates' | 'provenance' | 'status'>, reviewAfterDays: number, today: string): ReviewState {
  const awaitingOwners = awaitingOwnerReview(entry);
  const last = entry.dates.lastReviewed;
  const due = last ? addDays(last, reviewAfterDays) : (entry.provenance?.imported ?? entry.dates.added);
  return { ...(last ? { lastReviewed: last } : {}), due, overdue: entry.status !== 'retired' && due <= today, awaitingOwners };
}

/** Entries due for review, most overdue first (then by name): what the review page lists. */
export function dueForReview<T extends { entry: Pick<Entry, 'name'>; review: ReviewState }>(views: readonly T[]): T[] {
  return views.filter((v) => v.review.overdue).sort((a, b) => a.review.due.localeCompare(b.review.due) || a.entry.name.localeCompare(b.entry.name, 'en', { sensitivity: 'base' }));
}
