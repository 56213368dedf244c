/** The search page's filter groups, with the number of entries behind each value. */
import { ACCESS_LABELS, KIND_LABELS, STATUS_LABELS } from './labels.ts';
import type { SiteModel } from './build-model.ts';

export interface FilterGroup {
  /** Pagefind filter name, also the form field name. */
  name: 'type' | 'organisation' | 'kind' | 'status' | 'access' | 'topic';
  legend: string;
  /** Values with the number of entries behind them (none for result types: pages are counted by search). */
  options: { value: string; count?: number }[];
}

function tally(values: string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
}

export function searchFilterGroups(model: SiteModel): FilterGroup[] {
  const e = model.entries;
  return [
    { name: 'type', legend: 'Result type', options: [{ value: 'Entry' }, { value: 'Operation' }, { value: 'API reference' }] },
    { name: 'organisation', legend: 'Organisation', options: tally(e.map((v) => v.organisation.name)) },
    { name: 'kind', legend: 'Kind', options: tally(e.map((v) => KIND_LABELS[v.entry.kind].singular)) },
    { name: 'status', legend: 'Status', options: tally(e.map((v) => STATUS_LABELS[v.entry.status].label)) },
    { name: 'access', legend: 'Access', options: tally(e.map((v) => (v.entry.access ? ACCESS_LABELS[v.entry.access.level].label : 'Not stated yet'))) },
    { name: 'topic', legend: 'Topic', options: tally(e.flatMap((v) => v.topics.map((t) => t.name))) },
  ];
}
