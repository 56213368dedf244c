/**
 * The ways to browse the catalogue without search: by organisation, kind, status, access, topic and
 * the data items its APIs carry.
 * Each facet lists its values with the entries behind them and the URL of their page. The static
 * browse pages, the browse hub, the search page's filters and the search index's filters all come
 * from here, so a new facet (data items, for instance) is added once, in FACETS below.
 */
import { ACCESS_LEVELS, KINDS, STATUSES } from '../catalogue/schema.ts';
import { DATA_ITEMS } from '../reuse/data-items.ts';
import { isListed, type EntryView, type SiteModel } from './build-model.ts';
import { ACCESS_LABELS, ACCESS_NOT_STATED, KIND_LABELS, OPENAPI_LABELS, OPENAPI_VALUES, STATUS_LABELS, type AccessValue } from './labels.ts';
import { splitIntoPages, type ListPage } from './list-pages.ts';
import { urls } from './urls.ts';

export type FacetId = 'organisation' | 'kind' | 'status' | 'access' | 'topic' | 'openapi' | 'dataItem';

/** Facets whose values have pages of their own, with more than a list of entries (src/pages/organisations/, src/pages/data-items/). */
const OWN_ROUTES: readonly FacetId[] = ['organisation', 'dataItem'];

export interface FacetValue {
  /** The id in URLs (organisation slug, kind, status, access level, topic id). */
  id: string;
  /** The words shown to users, and the search filter's value. */
  label: string;
  description: string;
  entries: EntryView[];
  /** Page `n` of the value's list of entries. */
  url(page?: number): string;
}

export interface Facet {
  id: FacetId;
  /** "Organisation": the filter's legend. */
  title: string;
  /** "By organisation": the heading on the browse page. */
  heading: string;
  values: FacetValue[];
}

interface FacetDefinition {
  id: FacetId;
  title: string;
  heading: string;
  /** The values in the order people read them, before entries are counted. */
  values(model: SiteModel): Omit<FacetValue, 'entries'>[];
  /** Which values an entry has. */
  of(view: EntryView): string[];
}

const FACETS: readonly FacetDefinition[] = [
  {
    id: 'kind',
    title: 'Kind',
    heading: 'By kind',
    values: () => KINDS.map((k) => ({ id: k, label: KIND_LABELS[k].plural, description: KIND_LABELS[k].description, url: (page?: number) => urls.kind(k, page) })),
    of: (v) => [v.entry.kind],
  },
  {
    id: 'organisation',
    title: 'Organisation',
    heading: 'By organisation',
    values: (model) => model.organisations.map((o) => ({ id: o.organisation.slug, label: o.organisation.name, description: '', url: (page?: number) => urls.organisation(o.organisation.slug, page) })),
    of: (v) => [v.organisation.slug],
  },
  {
    id: 'topic',
    title: 'Topic',
    heading: 'By topic',
    values: (model) => model.topics.map((t) => ({ id: t.topic.id, label: t.topic.name, description: t.topic.description, url: (page?: number) => urls.topic(t.topic.id, page) })),
    of: (v) => v.topics.map((t) => t.id),
  },
  {
    id: 'status',
    title: 'Status',
    heading: 'By lifecycle status',
    values: () => STATUSES.map((s) => ({ id: s, label: STATUS_LABELS[s].label, description: STATUS_LABELS[s].description, url: (page?: number) => urls.status(s, page) })),
    of: (v) => [v.entry.status],
  },
  {
    id: 'access',
    title: 'Access',
    heading: 'By who can use it',
    values: () => ([...ACCESS_LEVELS, ACCESS_NOT_STATED] as AccessValue[]).map((a) => ({ id: a, label: ACCESS_LABELS[a].label, description: ACCESS_LABELS[a].description, url: (page?: number) => urls.access(a, page) })),
    // A retired entry was switched off: it is in no access group.
    of: (v) => (v.entry.status === 'retired' ? [] : [v.entry.access?.level ?? ACCESS_NOT_STATED]),
  },
  {
    id: 'openapi',
    title: 'OpenAPI document',
    heading: 'By OpenAPI document',
    values: () => OPENAPI_VALUES.map((d) => ({ id: d, label: OPENAPI_LABELS[d].label, description: OPENAPI_LABELS[d].description, url: (page?: number) => urls.openapi(d, page) })),
    // APIs either publish a document or not; components and registers only count when they do.
    of: (v) => (v.entry.specs.length > 0 ? ['published'] : v.entry.kind === 'api' ? ['none'] : []),
  },
  {
    id: 'dataItem',
    title: 'Data item',
    heading: 'By the data they carry',
    values: () => DATA_ITEMS.map((d) => ({ id: d.id, label: d.name, description: d.description, url: (page?: number) => urls.dataItem(d.id, page) })),
    of: (v) => v.dataItems,
  },
];

/** Retired entries leave every default listing but the Retired one; search still finds them. */
const inFacet = (id: FacetId, view: EntryView): boolean => id === 'status' || isListed(view);

/**
 * Every facet with its values and their entries (in the model's order, by name). Browse pages leave
 * retired entries out of every facet but status; search filters (`includeRetired`) count them,
 * since search finds them.
 */
export function facets(model: SiteModel, options: { includeRetired?: boolean } = {}): Facet[] {
  return FACETS.map((def) => {
    const byValue = new Map<string, EntryView[]>();
    for (const view of model.entries) if (options.includeRetired || inFacet(def.id, view)) for (const id of def.of(view)) byValue.set(id, [...(byValue.get(id) ?? []), view]);
    return { id: def.id, title: def.title, heading: def.heading, values: def.values(model).map((v) => ({ ...v, entries: byValue.get(v.id) ?? [] })) };
  });
}

export function facet(model: SiteModel, id: FacetId): Facet {
  const found = facets(model).find((f) => f.id === id);
  if (!found) throw new Error(`internal: no facet ${id}`);
  return found;
}

/** The labels of an entry's values in each facet: the search index's filters. */
export function facetLabels(model: SiteModel, view: EntryView): Record<FacetId, string[]> {
  const out = {} as Record<FacetId, string[]>;
  for (const def of FACETS) {
    const labels = new Map(def.values(model).map((v) => [v.id, v.label]));
    out[def.id] = def.of(view).map((id) => labels.get(id) ?? id);
  }
  return out;
}

/** Every page of every value of a facet (values with no entries keep one page saying so). */
export function browsePages(model: SiteModel, id: FacetId): { facet: Facet; value: FacetValue; page: ListPage<EntryView> }[] {
  const f = facet(model, id);
  return f.values.flatMap((value) => splitIntoPages(value.entries).map((page) => ({ facet: f, value, page })));
}

/**
 * Route parameters of the browse pages with their own route (every facet but organisations), from
 * their URLs: `/kinds/api/page/2/` is section `kinds`, value `api`, page `page/2`.
 */
export function browsePageRoutes(model: SiteModel): { params: { section: string; value: string; page: string | undefined }; props: ReturnType<typeof browsePages>[number] }[] {
  const ids = FACETS.map((f) => f.id).filter((id) => !OWN_ROUTES.includes(id));
  return ids.flatMap((id) =>
    browsePages(model, id).map((props) => {
      const [section = '', value = '', ...rest] = props.value.url(props.page.number).split('/').filter(Boolean);
      return { params: { section, value, page: rest.length ? rest.join('/') : undefined }, props };
    }),
  );
}
