/**
 * Every URL the site links to, in one place. Pages, components, exports and the search index build
 * their links here; no template writes a path by hand. Each function returns an absolute path ending
 * in `/` (or a file name), matching a route under src/pages/.
 *
 * Add a page: add its function here (and a case to test/site/urls.test.ts), then create the route.
 */
import type { AccessLevel, Kind, Status } from '../catalogue/schema.ts';
import { ruleReference } from '../standards/rule.ts';
import type { RoadmapSectionId } from './roadmap.ts';

/** `/base/` for page 1, `/base/page/<n>/` for the others (lists split at scale). */
function paged(base: string, page = 1): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** The folder of an entry's OpenAPI document: the entry's own for the first, `specs/<n>/` for others. */
function specBase(entryId: string, specIndex: number): string {
  return `/entries/${entryId}/${specIndex === 0 ? '' : `specs/${specIndex + 1}/`}`;
}

/** Letters of the A to Z pages: `a` … `z`, and `0-9` for names that start with anything else. */
export function letterSlug(letter: string): string {
  return /^[A-Za-z]$/.test(letter) ? letter.toLowerCase() : '0-9';
}

export const urls = {
  home: () => '/',
  /** The search page; with a query, the search a user would type. */
  search: (q?: string) => (q ? `/search/?q=${encodeURIComponent(q)}` : '/search/'),
  /** Words the search page suggests from ("did you mean"). */
  searchVocabulary: () => '/search/vocabulary.json',
  /** Pagefind's script, written by the build. */
  pagefind: () => '/pagefind/pagefind.js',

  /** The A to Z: every entry on one page, or the letters, when the catalogue is large. */
  aToZ: () => '/entries/',
  aToZLetter: (letter: string, page = 1) => paged(`/a-to-z/${letterSlug(letter)}/`, page),

  entry: (id: string) => `/entries/${id}/`,
  conformance: (id: string) => `/entries/${id}/conformance/`,
  reference: (id: string, specIndex = 0) => `${specBase(id, specIndex)}reference/`,
  openapiYaml: (id: string, specIndex = 0) => `${specBase(id, specIndex)}openapi.yaml`,
  openapiJson: (id: string, specIndex = 0) => `${specBase(id, specIndex)}openapi.json`,

  /** Every way to browse without search. */
  browse: () => '/browse/',
  organisations: () => '/organisations/',
  organisation: (slug: string, page = 1) => paged(`/organisations/${slug}/`, page),
  topics: () => '/topics/',
  topic: (id: string, page = 1) => paged(`/topics/${id}/`, page),
  kind: (kind: Kind, page = 1) => paged(`/kinds/${kind}/`, page),
  status: (status: Status, page = 1) => paged(`/statuses/${status}/`, page),
  access: (level: AccessLevel | 'not-stated', page = 1) => paged(`/access/${level}/`, page),
  openapi: (value: 'published' | 'none', page = 1) => paged(`/openapi-documents/${value}/`, page),

  /** Entries due for review, with their owners (in pages at scale). */
  review: (page = 1) => paged('/review/', page),
  /** Broken and moved links, from the last link check. */
  links: () => '/links/',
  /** What is coming and going: phases, deprecations and retirements. */
  roadmap: (section?: RoadmapSectionId) => `/roadmap/${section ? `#${section}` : ''}`,
  /** One section of the roadmap, whole, in pages: for sections longer than the roadmap shows. */
  roadmapSection: (section: RoadmapSectionId, page = 1) => paged(`/roadmap/${section}/`, page),

  standards: (section?: 'levels' | 'score' | 'exemptions' | 'rules') => `/standards/${section ? `#${section}` : ''}`,
  rule: (id: string) => ruleReference(id),
  dashboard: () => '/standards/dashboard/',

  /** Data items the catalogue's APIs carry (src/reuse/data-items.ts), and the entries carrying one. */
  dataItems: () => '/data-items/',
  dataItem: (id: string, page = 1) => paged(`/data-items/${id}/`, page),
  /** Every data item with the entries and operations that carry it and the evidence: open data. */
  dataItemsJson: () => '/data-items.json',
  /** The reuse check for architects, the index it searches, and the JSON Schema of its record. */
  beforeYouBuild: () => '/before-you-build/',
  reuseIndexJson: () => '/before-you-build/reuse-index.json',
  reuseRecordSchema: () => '/before-you-build/reuse-check-record.schema.json',
  /** Who uses what: the picture across government, and each entry's consumers. */
  consumers: () => '/consumers/',
  entryConsumers: (id: string) => `/entries/${id}/consumers/`,
  /** Likely duplicates, data items several organisations offer, the most reused components. */
  reuseReport: () => '/reuse-report/',

  about: () => '/about/',
  accessibility: () => '/accessibility/',
  /** The guide for departments: how to add or change an entry. */
  listYourApi: (section?: 'levels-and-waivers') => `/guides/list-your-api/${section ? `#${section}` : ''}`,

  /** The catalogue's open data (src/exports/list.ts describes each) and the page that explains it. */
  useThisData: () => '/use-this-data/',
  catalogueJson: () => '/catalogue.json',
  catalogueSchema: () => '/catalogue.schema.json',
  catalogueCsv: () => '/catalogue.csv',
  organisationsCsv: () => '/organisations.csv',
  catalogueCsvMetadata: () => '/catalogue.csv-metadata.json',
  organisationsCsvMetadata: () => '/organisations.csv-metadata.json',
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
  changes: (page = 1) => paged('/changes/', page),
  changesFeed: () => '/changes.atom',
  organisationFeed: (slug: string) => `/organisations/${slug}/changes.atom`,
  entryChanges: (id: string) => `/entries/${id}/changes/`,
  entryFeed: (id: string) => `/entries/${id}/changes.atom`,

  /** GOV.UK Frontend's images, fonts and stylesheet, copied into /assets/ at build time. */
  asset: (file: string) => `/assets/${file}`,
} as const;

/** A path on the site as an absolute URL, given the site's address (`https://host/` or `https://host/base/`). */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path.replace(/^\//, ''), site.endsWith('/') ? site : `${site}/`).toString();
}

/** Path prefixes of the groups of pages the header's links lead to (to mark the current section). */
export const SECTIONS = {
  search: ['/search/'],
  browse: ['/browse/', '/organisations/', '/topics/', '/kinds/', '/statuses/', '/access/', '/openapi-documents/'],
  aToZ: ['/a-to-z/'],
  standards: ['/standards/'],
  reuse: ['/before-you-build/', '/data-items/', '/consumers/', '/reuse-report/'],
} as const;

/** The route parameter of an entry's OpenAPI document: none for the first, `specs/<n>` for the others. */
export function specParam(specIndex: number): string | undefined {
  return specIndex === 0 ? undefined : `specs/${specIndex + 1}`;
}

/** The route parameter of a list page: none for page 1, `page/<n>` for the others. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}
