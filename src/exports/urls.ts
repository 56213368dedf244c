/**
 * The paths of the catalogue's open data: every export, feed and changelog page. Exports, pages
 * and the "Use this data" page build their links here, never by hand.
 */
import { downloadUrls, referenceUrl } from '../openapi/entry-reference.ts';

export const exportUrls = {
  entry: (id: string) => `/entries/${id}/`,
  conformance: (id: string) => `/entries/${id}/conformance/`,
  organisation: (slug: string) => `/organisations/${slug}/`,
  topic: (id: string) => `/topics/${id}/`,
  reference: (id: string, specIndex = 0) => referenceUrl(id, specIndex),
  openapiYaml: (id: string, specIndex = 0) => downloadUrls(id, specIndex).yaml,
  openapiJson: (id: string, specIndex = 0) => downloadUrls(id, specIndex).json,

  /** The page that describes every export. */
  useThisData: () => '/use-this-data/',
  catalogueJson: () => '/catalogue.json',
  catalogueSchema: () => '/catalogue.schema.json',
  catalogueCsv: () => '/catalogue.csv',
  organisationsCsv: () => '/organisations.csv',
  csvMetadata: () => '/catalogue.csv-metadata.json',
  dataserviceJson: () => '/dataservice.json',
  dcat: () => '/catalogue.jsonld',
  apiCatalog: () => '/.well-known/api-catalog',
  apisJson: () => '/apis.json',
  backstage: () => '/backstage/catalog-info.yaml',
  sitemap: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
  /** One entry's record of catalogue.json, and its lifecycle and conformance status. */
  entryJson: (id: string) => `/entries/${id}/entry.json`,
  entryStatus: (id: string) => `/entries/${id}/status.json`,

  /** What changed: across the catalogue, per organisation, per entry (pages and Atom feeds). */
  changes: (page = 1) => (page <= 1 ? '/changes/' : `/changes/page/${page}/`),
  changesFeed: () => '/changes.atom',
  organisationFeed: (slug: string) => `/organisations/${slug}/changes.atom`,
  entryChanges: (id: string) => `/entries/${id}/changes/`,
  entryFeed: (id: string) => `/entries/${id}/changes.atom`,
} as const;

/** A path on the site as an absolute URL, given the site's address (`https://host/` or `https://host/base/`). */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path.replace(/^\//, ''), site.endsWith('/') ? site : `${site}/`).toString();
}
