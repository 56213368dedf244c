/**
 * The search page's filters: the result type, then every browse facet (src/site/browse.ts), with
 * the number of entries behind each value. The page shows these counts until a search runs; then
 * the script shows the counts for the query.
 */
import type { SiteModel } from './build-model.ts';
import { facets, type FacetId } from './browse.ts';
import { RESULT_TYPES } from './search-words.ts';

export interface FilterOption {
  /** The search index's filter value (and the form field's value). */
  value: string;
  label: string;
  count?: number;
}

export interface FilterGroup {
  /** The search index's filter name, also the form field's name. */
  name: 'type' | FacetId;
  legend: string;
  options: FilterOption[];
}

export function searchFilterGroups(model: SiteModel): FilterGroup[] {
  return [
    {
      name: 'type',
      legend: 'Result type',
      options: [
        { value: RESULT_TYPES.entry, label: 'APIs, components and registers', count: model.counts.entries },
        { value: RESULT_TYPES.reference, label: 'API reference pages (operations and schemas)' },
      ],
    },
    ...facets(model, { includeRetired: true }).map((f) => ({
      name: f.id,
      legend: f.title,
      options: f.values.filter((v) => v.entries.length > 0).map((v) => ({ value: v.label, label: v.label, count: v.entries.length })),
    })),
  ];
}
