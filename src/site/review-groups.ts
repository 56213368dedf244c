/** The review page's model: entries due for review, grouped by the organisation that owns them. */
import { dueForReview } from '../freshness/review.ts';
import type { EntryView, SiteModel } from './build-model.ts';

export interface ReviewGroup {
  organisation: EntryView['organisation'];
  entries: EntryView[];
  /** How many of them were imported and never reviewed by the organisation. */
  awaitingOwners: number;
}

/** Entries due for review on one page of the review list. */
export interface ReviewPage {
  /** 1-based, of `count` pages. */
  number: number;
  count: number;
  /** The organisations on this page; `continued` when the group began on the page before. */
  groups: (ReviewGroup & { continued: boolean; total: number })[];
  /** 1-based position of the page's first entry in the whole list, and the list's length. */
  first: number;
  total: number;
}

/**
 * What a review page holds, counted in table rows: an organisation's heading, its owners and its
 * table's head weigh as much as `GROUP_WEIGHT` rows. On the generated catalogue of 1,000 entries
 * (310 due) a page of 150 is about 80 KB of HTML, well under the 150 KB a list page may weigh
 * however many organisations it has, and the catalogue's own 207 entries due read on two pages.
 */
export const REVIEW_PAGE_SIZE = 150;
const GROUP_WEIGHT = 2;

export function reviewGroups(model: Pick<SiteModel, 'entries'>): ReviewGroup[] {
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

/**
 * The groups in pages of at most `size` rows (see REVIEW_PAGE_SIZE), in the same order; an
 * organisation whose entries cross a page boundary is continued on the next page under its heading.
 */
export function reviewPages(groups: readonly ReviewGroup[], size = REVIEW_PAGE_SIZE): ReviewPage[] {
  const pages: ReviewPage['groups'][] = [[]];
  let used = 0;
  for (const group of groups) {
    group.entries.forEach((view, index) => {
      let current = pages.at(-1)!;
      let last = current.at(-1);
      const sameGroup = last?.organisation.slug === group.organisation.slug;
      const cost = 1 + (sameGroup ? 0 : GROUP_WEIGHT);
      if (used + cost > size && used > 0) {
        current = [];
        pages.push(current);
        used = 0;
        last = undefined;
      }
      if (last && last.organisation.slug === group.organisation.slug) {
        last.entries.push(view);
        if (view.review.awaitingOwners) last.awaitingOwners += 1;
        used += 1;
      } else {
        current.push({ organisation: group.organisation, entries: [view], awaitingOwners: view.review.awaitingOwners ? 1 : 0, continued: index > 0, total: group.entries.length });
        used += 1 + GROUP_WEIGHT;
      }
    });
  }
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  let first = 1;
  return pages.map((onPage, i) => {
    const page = { number: i + 1, count: pages.length, groups: onPage, first, total };
    first += onPage.reduce((n, g) => n + g.entries.length, 0);
    return page;
  });
}
