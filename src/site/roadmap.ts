/**
 * The roadmap: what is coming and what is going. Entries in discovery, alpha and beta with the next
 * phase their team expects and when; deprecated entries with their sunset dates; retired entries
 * with the day they were switched off. Each section lists the newest change first: the latest date
 * an item names (an expected or sunset date still to come counts as newer than one already past).
 */
import type { Entry, Status } from '../catalogue/schema.ts';

export interface RoadmapItem<V> {
  view: V;
  /** The date the item is ordered by. */
  date?: string;
  /** What happens on `date`, in words: "expected to reach beta", "to be switched off", "switched off". */
  change: string;
}

export interface Roadmap<V> {
  coming: RoadmapItem<V>[];
  deprecated: RoadmapItem<V>[];
  retired: RoadmapItem<V>[];
}

const COMING: readonly Status[] = ['discovery', 'alpha', 'beta'];

const newestFirst = <V>(a: RoadmapItem<V>, b: RoadmapItem<V>): number => (b.date ?? '').localeCompare(a.date ?? '');

export function roadmap<V extends { entry: Entry }>(views: readonly V[], today: string): Roadmap<V> {
  const coming = views
    .filter((v) => COMING.includes(v.entry.status))
    .map((view): RoadmapItem<V> => {
      const next = view.entry.dates.expected;
      return next ? { view, date: next.date, change: `${next.date < today ? 'was expected to reach' : 'expected to reach'} ${next.status}` } : { view, change: 'no date given for its next phase' };
    });
  const deprecated = views
    .filter((v) => v.entry.status === 'deprecated')
    .map((view): RoadmapItem<V> => {
      const sunset = view.entry.dates.retired;
      return sunset ? { view, date: sunset, change: sunset < today ? 'was due to be switched off' : 'to be switched off' } : { view, ...(view.entry.dates.deprecated ? { date: view.entry.dates.deprecated } : {}), change: 'deprecated; no sunset date given' };
    });
  const retired = views.filter((v) => v.entry.status === 'retired').map((view): RoadmapItem<V> => ({ view, ...(view.entry.dates.retired ? { date: view.entry.dates.retired } : {}), change: 'switched off' }));
  return { coming: coming.sort(newestFirst), deprecated: deprecated.sort(newestFirst), retired: retired.sort(newestFirst) };
}

/** The roadmap's sections, in the order shown, each with its heading and what it lists. */
export const ROADMAP_SECTIONS = [
  { id: 'coming', title: 'Coming', intro: 'In discovery, alpha or beta, with the next phase their teams expect.' },
  { id: 'deprecated', title: 'Deprecated', intro: 'Still running, to be switched off: move to their successors before their sunset dates.' },
  { id: 'retired', title: 'Retired', intro: 'Switched off. They stay in the catalogue so that you can find what replaced them.' },
] as const satisfies readonly { id: keyof Roadmap<unknown>; title: string; intro: string }[];

export type RoadmapSectionId = (typeof ROADMAP_SECTIONS)[number]['id'];

/**
 * Items of a section the roadmap page itself shows, newest first; a longer section is listed
 * whole, in pages, on a page of its own (the roadmap stays one short page at 1,000 entries).
 */
export const ROADMAP_SHOWN = 25;
