/**
 * The reuse report across the catalogue: clusters of likely duplicates (entries over the duplicate
 * threshold that declare no relation), the closest pairs below it, data items that more than one
 * organisation offers (returns from an operation), and the components most reused; each with the
 * evidence behind it. Pure: takes the capability index, the similarity model and the consumers.
 */
import type { CapabilityIndex, EntryCapabilities, OperationRef } from './capability-index.ts';
import type { ConsumersModel, EntryConsumers } from './consumers.ts';
import { dataItem, type DataItem } from './data-items.ts';
import { declaredRelation, DUPLICATE_THRESHOLD, isDuplicate, SIMILAR_THRESHOLD } from './duplicates.ts';
import type { Comparison, SimilarityModel } from './similarity.ts';

export interface EntryRef {
  id: string;
  name: string;
  organisation: string;
  organisationName: string;
}

export interface DuplicateCluster {
  entries: EntryRef[];
  /** Distinct organisations, by name. */
  organisations: string[];
  /** The most alike pairs in it, at most MAX_PAIRS. */
  pairs: { a: EntryRef; b: EntryRef; score: number; reasons: string[] }[];
  /** How many likely-duplicate pairs join its entries. */
  totalPairs: number;
}

/** Pairs described per cluster, and clusters in the report: a large catalogue with many copies stays readable. */
export const MAX_PAIRS = 5;
export const MAX_CLUSTERS = 15;

export interface SharedDataItem {
  item: DataItem;
  organisations: { slug: string; name: string; entries: { entry: EntryRef; operations: OperationRef[] }[] }[];
}

export interface ReuseReport {
  threshold: number;
  clusters: DuplicateCluster[];
  /** How many clusters there are in all. */
  totalClusters: number;
  /** The most similar pairs that are not likely duplicates and declare no relation, for judging the threshold. */
  closest: DuplicateCluster['pairs'];
  sharedDataItems: SharedDataItem[];
  mostReused: EntryConsumers[];
}

const ref = (e: EntryCapabilities): EntryRef => ({ id: e.id, name: e.name, organisation: e.organisation, organisationName: e.organisationName });
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

type PairInWords = DuplicateCluster['pairs'][number];

/** A pair with its entries named and its reasons written. */
function inWords(model: SimilarityModel, entries: Map<string, EntryCapabilities>, c: Comparison): PairInWords {
  const named = (id: string) => {
    const e = entries.get(id);
    return e ? ref(e) : { id, name: id, organisation: '', organisationName: '' };
  };
  return { a: named(c.a), b: named(c.b), score: c.score, reasons: model.compare(c.a, c.b).reasons };
}

/** Groups the entries joined by likely-duplicate pairs. */
function clusters(model: SimilarityModel, pairs: Comparison[], entries: Map<string, EntryCapabilities>): DuplicateCluster[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const c of pairs) parent.set(find(c.a), find(c.b));
  const groups = new Map<string, Comparison[]>();
  for (const c of pairs) groups.set(find(c.a), [...(groups.get(find(c.a)) ?? []), c]);
  return [...groups.values()]
    .map((group) => {
      const ids = [...new Set(group.flatMap((c) => [c.a, c.b]))];
      const members = ids.map((id) => entries.get(id)).filter((e): e is EntryCapabilities => e !== undefined).map(ref).sort(byName);
      return {
        entries: members,
        organisations: [...new Set(members.map((m) => m.organisationName))].sort(),
        pairs: group.sort((x, y) => y.score - x.score).slice(0, MAX_PAIRS).map((c) => inWords(model, entries, c)),
        totalPairs: group.length,
      };
    })
    .sort((x, y) => y.organisations.length - x.organisations.length || y.entries.length - x.entries.length || (y.pairs[0]?.score ?? 0) - (x.pairs[0]?.score ?? 0));
}

function offered(index: CapabilityIndex): SharedDataItem[] {
  const out: SharedDataItem[] = [];
  for (const summary of index.dataItems) {
    const item = dataItem(summary.id);
    if (!item) continue;
    const orgs = new Map<string, SharedDataItem['organisations'][number]>();
    for (const e of index.entries) {
      const found = e.dataItems.find((d) => d.id === summary.id);
      const returning = found?.evidence.filter((ev) => ev.direction === 'returns' && ev.operation) ?? [];
      if (!returning.length) continue;
      const operations = [...new Map(returning.map((ev) => [`${ev.operation?.spec}#${ev.operation?.anchor}`, ev.operation as OperationRef])).values()];
      const org = orgs.get(e.organisation) ?? { slug: e.organisation, name: e.organisationName, entries: [] };
      org.entries.push({ entry: ref(e), operations });
      orgs.set(e.organisation, org);
    }
    if (orgs.size > 1) out.push({ item, organisations: [...orgs.values()].sort(byName) });
  }
  return out.sort((a, b) => b.organisations.length - a.organisations.length || byName(a.item, b.item));
}

export function buildReuseReport(index: CapabilityIndex, model: SimilarityModel, consumers: ConsumersModel, options: { closest?: number; mostReused?: number } = {}): ReuseReport {
  const entries = new Map(index.entries.map((e) => [e.id, e]));
  // Pairs below the similar threshold are neither duplicates nor close enough to show.
  const pairs = model.pairsAbove(SIMILAR_THRESHOLD);
  const duplicates = pairs.filter((c) => isDuplicate(model, c));
  const all = clusters(model, duplicates, entries);
  const closest = pairs
    .filter((c) => !isDuplicate(model, c) && declaredRelation(model, c.a, c.b) === undefined)
    .sort((x, y) => y.score - x.score)
    .slice(0, options.closest ?? 5)
    .map((c) => inWords(model, entries, c));
  return {
    threshold: DUPLICATE_THRESHOLD,
    clusters: all.slice(0, MAX_CLUSTERS),
    totalClusters: all.length,
    closest,
    sharedDataItems: offered(index),
    mostReused: consumers.mostReused.slice(0, options.mostReused ?? 10),
  };
}
