/**
 * `/.well-known/api-catalog` (RFC 9727): the catalogue's APIs as a linkset (RFC 9264, JSON form).
 *
 * The first link context is the API catalog itself, with an `item` link to each API. Then each API
 * (an entry with OpenAPI documents or a production base URL, not retired) is a link context
 * anchored at its production base URL (its page here when it has none, or when another entry shares
 * it) with the link relations of RFC 8631: `service-desc` (each OpenAPI document, JSON and YAML),
 * `service-doc` (its documentation and its API reference here), `service-meta` (its record of
 * catalogue.json) and `status` (its status.json).
 *
 * The file must be served as `application/linkset+json` with RFC 9727's profile; a static host
 * serves it by file extension, so the "Use this data" page says how to set the type.
 */
import type { EntryView, SiteModel } from '../site/build-model.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

export const API_CATALOG_PROFILE = 'https://www.rfc-editor.org/info/rfc9727';
export const LINKSET_MEDIA_TYPE = `application/linkset+json; profile="${API_CATALOG_PROFILE}"`;
export const OPENAPI_JSON = 'application/vnd.oai.openapi+json';
export const OPENAPI_YAML = 'application/vnd.oai.openapi';

export interface Link {
  href: string;
  type?: string;
  title?: string;
}

export type LinkContext = { anchor: string } & Record<string, Link[] | string>;

/** The entries the API catalog lists: not retired, with a document or a production base URL. */
export function catalogApis(model: SiteModel): EntryView[] {
  return model.entries.filter((v) => v.entry.status !== 'retired' && (v.specs.length > 0 || v.entry.endpoints.some((e) => e.environment === 'production')));
}

export function apiCatalog(model: SiteModel, site: string): { linkset: LinkContext[] } {
  const apis = catalogApis(model);
  const production = (v: EntryView) => v.entry.endpoints.find((e) => e.environment === 'production')?.url;
  const uses = new Map<string, number>();
  for (const v of apis) {
    const url = production(v);
    if (url) uses.set(url, (uses.get(url) ?? 0) + 1);
  }
  const anchorOf = (v: EntryView): string => {
    const url = production(v);
    return url && uses.get(url) === 1 ? url : absoluteUrl(site, urls.entry(v.entry.id));
  };
  const self: LinkContext = {
    anchor: absoluteUrl(site, urls.apiCatalog()),
    item: apis.map((v) => ({ href: anchorOf(v), title: v.entry.name })),
  };
  const contexts = apis.map((v): LinkContext => {
    const id = v.entry.id;
    const titled = (s: (typeof v.specs)[number]) => (s.title ? { title: s.title } : {});
    return {
      anchor: anchorOf(v),
      'service-desc': v.specs.flatMap((s) => [
        { href: absoluteUrl(site, urls.openapiJson(id, s.index)), type: OPENAPI_JSON, ...titled(s) },
        { href: absoluteUrl(site, urls.openapiYaml(id, s.index)), type: OPENAPI_YAML, ...titled(s) },
      ]),
      'service-doc': [
        ...(v.entry.documentationUrl ? [{ href: v.entry.documentationUrl, type: 'text/html', title: `${v.entry.name} documentation` }] : []),
        ...v.specs.map((s) => ({ href: absoluteUrl(site, urls.reference(id, s.index)), type: 'text/html', title: `API reference${s.title ? `: ${s.title}` : ''}` })),
      ],
      'service-meta': [{ href: absoluteUrl(site, urls.entryJson(id)), type: 'application/json', title: 'Catalogue record' }],
      status: [{ href: absoluteUrl(site, urls.entryStatus(id)), type: 'application/json' }],
    };
  });
  // RFC 9264: a link relation with no links is left out.
  return { linkset: [self, ...contexts].map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => !Array.isArray(v) || v.length > 0)) as LinkContext) };
}
