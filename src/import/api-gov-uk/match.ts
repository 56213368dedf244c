/**
 * Which catalogue entry a row describes: the same production URL, the same documentation URL, the
 * same name (or alternative name) and organisation, or that name without a last word "API", tried
 * in that order. A criterion that finds
 * several entries keeps the API among them when there is exactly one (a component and the API it
 * provides share their documentation); otherwise the row is ambiguous and nothing is merged.
 */
import { endpointKey } from '../../catalogue/cross-checks.ts';
import type { Entry } from '../../catalogue/schema.ts';

export type MatchCriterion = 'production URL' | 'documentation URL' | 'name and organisation';

export interface IndexedEntry {
  id: string;
  kind: Entry['kind'];
}

/** A documentation address as compared: the whole URL (portals tell their pages apart by the #fragment), without a trailing slash. */
const pageKey = (url: string): string => url.replace(/\/+(?=$|#|\?)/, '');

/** A name as compared: in lower case, "&" as "and", spaces collapsed. */
const nameKey = (organisation: string, name: string): string => `${organisation}\n${name.toLowerCase().replace(/&/g, ' and ').replace(/\s+/g, ' ').trim()}`;

/**
 * A name without a last word "API", which lists add or leave out: the row "Push Pull Notifications"
 * is the entry "Push Pull Notifications API". A name that is only "API" stays as it is.
 */
const nameWithoutApi = (organisation: string, name: string): string => nameKey(organisation, name).replace(/(?<=\S) api$/, '');

export class EntryIndex {
  private readonly byProduction = new Map<string, IndexedEntry[]>();
  private readonly byDocumentation = new Map<string, IndexedEntry[]>();
  private readonly byName = new Map<string, IndexedEntry[]>();
  private readonly byNameWithoutApi = new Map<string, IndexedEntry[]>();

  /**
   * Adds an entry. `nameVariants`: whether a row may also match it by its name without a last word
   * "API". True for the entries in the catalogue before an import; false for the entries an import
   * makes from earlier rows, because two rows of one list ("GOV.UK Notify" and "GOV.UK Notify API")
   * are two listings, not one.
   */
  add(e: Pick<Entry, 'id' | 'kind' | 'name' | 'organisation'> & { alternativeNames?: string[]; documentationUrl?: string | undefined; endpoints?: { environment: string; url: string }[] }, options: { nameVariants?: boolean } = {}): void {
    const item = { id: e.id, kind: e.kind };
    const put = (map: Map<string, IndexedEntry[]>, key: string) => {
      const list = map.get(key) ?? [];
      if (!list.some((x) => x.id === item.id)) map.set(key, [...list, item]);
    };
    for (const ep of e.endpoints ?? []) if (ep.environment === 'production') put(this.byProduction, endpointKey(ep.url));
    if (e.documentationUrl) put(this.byDocumentation, pageKey(e.documentationUrl));
    for (const n of [e.name, ...(e.alternativeNames ?? [])]) {
      put(this.byName, nameKey(e.organisation, n));
      if (options.nameVariants ?? true) put(this.byNameWithoutApi, nameWithoutApi(e.organisation, n));
    }
  }

  /** The entry a row describes, or the entries that make it ambiguous. */
  find(q: { productionUrl?: string | undefined; documentationUrl?: string | undefined; name: string; organisation: string }): { match?: { id: string; by: MatchCriterion }; ambiguous?: string[] } {
    const tries: [MatchCriterion, IndexedEntry[] | undefined][] = [
      ['production URL', q.productionUrl ? this.byProduction.get(endpointKey(q.productionUrl)) : undefined],
      ['documentation URL', q.documentationUrl ? this.byDocumentation.get(pageKey(q.documentationUrl)) : undefined],
      ['name and organisation', this.byName.get(nameKey(q.organisation, q.name))],
      ['name and organisation', this.byNameWithoutApi.get(nameWithoutApi(q.organisation, q.name))],
    ];
    for (const [by, hits] of tries) {
      if (!hits || hits.length === 0) continue;
      const apis = hits.length > 1 ? hits.filter((h) => h.kind === 'api') : hits;
      if (apis.length === 1) return { match: { id: (apis[0] as IndexedEntry).id, by } };
      return { ambiguous: hits.map((h) => h.id) };
    }
    return {};
  }
}
