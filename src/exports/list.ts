/**
 * The one list of the catalogue's open data: every file the build publishes about the catalogue
 * itself, with what it holds, its format and schema, and how to use it. The catalogue-wide files
 * are built from this list (src/pages/[...export].ts), and the "Use this data" page and every
 * page's footer read it, so none of them can exist without being described and linked. The
 * per-entry and per-organisation files (PER_ITEM_EXPORTS) are described here but have routes of
 * their own (src/pages/entries/[id]/[file].ts, src/pages/organisations/[slug]/changes.atom.ts).
 */
import type { SiteModel } from '../site/build-model.ts';
import { API_CATALOG_PROFILE, apiCatalog, LINKSET_MEDIA_TYPE } from './api-catalog.ts';
import { APIS_JSON_VERSION, apisJson } from './apis-json.ts';
import { backstageYaml } from './backstage.ts';
import { CATALOGUE_FORMAT_VERSION, catalogueJson } from './catalogue-json.ts';
import { catalogueJsonSchema } from './catalogue-schema.ts';
import { catalogueCsv, organisationsCsv } from './csv.ts';
import { catalogueCsvMetadata, organisationsCsvMetadata } from './csvw.ts';
import { dataServices } from './dataservice.ts';
import { dcatCatalogue } from './dcat.ts';
import { ATOM_MEDIA_TYPE, catalogueFeed } from './feeds.ts';
import { robotsTxt } from './robots.ts';
import { dataItemsJson } from './data-items-json.ts';
import { browserIndex } from '../reuse/browser-index.ts';
import { recordJsonSchema } from '../reuse/record.ts';
import { reuseOf } from '../reuse/words-for-pages.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

export interface Link {
  text: string;
  href: string;
}

export interface ExportDescription {
  /** A short name for links, such as "catalogue.csv". */
  name: string;
  /** What it is, for headings. */
  title: string;
  path: string;
  /** The media type it is served with. */
  mediaType: string;
  /** Its format in words. */
  format: string;
  /** What it holds and who it is for, one or two sentences. */
  description: string;
  /** The schema or standard it follows. */
  schema: Link;
  /** Anything a user must know to use it (serving, caveats). */
  notes?: string[];
}

/** An export the build writes once for the whole catalogue. */
export interface CatalogueExport extends ExportDescription {
  render(model: SiteModel, site: string): string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const JSON_TYPE = 'application/json; charset=utf-8';
const ATOM = { mediaType: `${ATOM_MEDIA_TYPE}; charset=utf-8`, format: 'Atom (RFC 4287)', schema: { text: 'RFC 4287', href: 'https://www.rfc-editor.org/rfc/rfc4287' } } as const;

export const CATALOGUE_EXPORTS: readonly CatalogueExport[] = [
  {
    name: 'catalogue.json',
    title: 'The whole catalogue as JSON',
    path: urls.catalogueJson(),
    mediaType: JSON_TYPE,
    format: `JSON, format version ${CATALOGUE_FORMAT_VERSION}`,
    description: 'Every entry with all its fields, its page, its changelog and its conformance result (level, score, minimum, waiver, each OpenAPI document\'s result), and the organisations and topics.',
    schema: { text: 'catalogue.schema.json (JSON Schema 2020-12)', href: urls.catalogueSchema() },
    notes: ['The format version follows semantic versioning: a new field raises the minor number, a change that could break a reader the major one.'],
    render: (model, site) => json(catalogueJson(model, site)),
  },
  {
    name: 'catalogue.schema.json',
    title: 'JSON Schema of catalogue.json',
    path: urls.catalogueSchema(),
    mediaType: 'application/schema+json; charset=utf-8',
    format: 'JSON Schema (draft 2020-12)',
    description: 'Generated from the catalogue\'s entry schema, with every field\'s meaning; the property of the CDDO Metadata Exchange Model a field maps to is in its `$comment`. Validate catalogue.json with any JSON Schema validator.',
    schema: { text: 'JSON Schema 2020-12', href: 'https://json-schema.org/draft/2020-12/schema' },
    render: (_model, site) => json(catalogueJsonSchema(site)),
  },
  {
    name: 'catalogue.csv',
    title: 'The catalogue as a spreadsheet',
    path: urls.catalogueCsv(),
    mediaType: 'text/csv; charset=utf-8; header=present',
    format: 'CSV (RFC 4180), UTF-8',
    description: 'One row per entry. The first twelve columns are api.gov.uk\'s, in its order, so that whatever reads api.gov.uk\'s file reads this one; the catalogue\'s own columns follow (id, status, access, contact, licence, lifecycle dates, OpenAPI documents, conformance level).',
    schema: { text: 'catalogue.csv-metadata.json (CSV on the Web)', href: urls.catalogueCsvMetadata() },
    notes: [
      'Lists in one cell (topics, keywords, documents) are joined by " | ".',
      'Descriptions are Markdown and keep their line breaks inside quoted cells.',
      'A tool that reads only api.gov.uk\'s columns (such as api.gov.uk\'s own import) gets each entry\'s name, description, documentation, production URL, licence URL, contact, places, release and deprecation dates and organisation. Its status, summary, licence name, a team\'s name without a mailbox, and "England and Wales" beside another place are in the catalogue\'s own columns only.',
    ],
    render: (model, site) => catalogueCsv(model, site),
  },
  {
    name: 'organisations.csv',
    title: 'The organisations as a spreadsheet',
    path: urls.organisationsCsv(),
    mediaType: 'text/csv; charset=utf-8; header=present',
    format: 'CSV (RFC 4180), UTF-8',
    description: 'One row per organisation: api.gov.uk\'s four columns (id, name, alternateName, url), then its page here, whether it is on GOV.UK and how many entries it runs. catalogue.csv\'s provider column is its id.',
    schema: { text: 'organisations.csv-metadata.json (CSV on the Web)', href: urls.organisationsCsvMetadata() },
    render: (model, site) => organisationsCsv(model, site),
  },
  {
    name: 'catalogue.csv-metadata.json',
    title: 'Description of catalogue.csv',
    path: urls.catalogueCsvMetadata(),
    mediaType: 'application/csvm+json; charset=utf-8',
    format: 'CSV on the Web (W3C) metadata',
    description: 'Every column of catalogue.csv with its meaning and datatype, which are required, the list separator, the key (id) and the link from provider to organisations.csv, as api.gov.uk published beside its file.',
    schema: { text: 'CSV on the Web', href: 'https://www.w3.org/TR/tabular-metadata/' },
    render: (_model, site) => json(catalogueCsvMetadata(site)),
  },
  {
    name: 'organisations.csv-metadata.json',
    title: 'Description of organisations.csv',
    path: urls.organisationsCsvMetadata(),
    mediaType: 'application/csvm+json; charset=utf-8',
    format: 'CSV on the Web (W3C) metadata',
    description: 'Every column of organisations.csv with its meaning and datatype, and its key (id).',
    schema: { text: 'CSV on the Web', href: 'https://www.w3.org/TR/tabular-metadata/' },
    render: (_model, site) => json(organisationsCsvMetadata(site)),
  },
  {
    name: 'dataservice.json',
    title: 'DataService records (CDDO Metadata Exchange Model)',
    path: urls.dataserviceJson(),
    mediaType: JSON_TYPE,
    format: 'JSON',
    description: 'Every entry as a record of the CDDO Metadata Exchange Model\'s DataService class, with the model\'s field names, as the Data Marketplace takes them.',
    schema: { text: 'CDDO Metadata Exchange Model', href: 'https://co-cddo.github.io/ukgov-metadata-exchange-model/' },
    notes: [
      'securityClassification is OFFICIAL for every entry; serviceType is REST for an entry with an OpenAPI document that does not name its style.',
      'A value the entry does not have (a licence known only by name, GRAPHQL or FILE as service type) is left out rather than made up.',
    ],
    render: (model, site) => json(dataServices(model.entries, site)),
  },
  {
    name: 'catalogue.jsonld',
    title: 'The catalogue as DCAT (JSON-LD)',
    path: urls.dcat(),
    mediaType: 'application/ld+json; charset=utf-8',
    format: 'JSON-LD 1.1, DCAT 3',
    description: 'A dcat:Catalog of dcat:DataService records with the CDDO Metadata Exchange Model\'s properties, for data.gov.uk and other DCAT catalogues. Its context is inline: a JSON-LD processor reads it without fetching anything.',
    schema: { text: 'DCAT 3', href: 'https://www.w3.org/TR/vocab-dcat-3/' },
    render: (model, site) => json(dcatCatalogue(model, site)),
  },
  {
    name: 'api-catalog',
    title: 'API catalog (RFC 9727)',
    path: urls.apiCatalog(),
    mediaType: LINKSET_MEDIA_TYPE,
    format: 'Linkset (RFC 9264), JSON',
    description: 'The well-known API catalog: for each API in service, its OpenAPI documents (service-desc), documentation and API reference (service-doc), its record here (service-meta) and its status.json (status).',
    schema: { text: 'RFC 9727', href: API_CATALOG_PROFILE },
    notes: [
      'RFC 9727 asks for the media type application/linkset+json with its profile. A static host picks the type from a file\'s extension, and this file has none: configure it for this one path, for example in nginx `location = /.well-known/api-catalog { default_type \'application/linkset+json; profile="https://www.rfc-editor.org/info/rfc9727"\'; }`, or in Apache (mod_headers) `<Files "api-catalog"> Header set Content-Type "application/linkset+json; profile=\\"https://www.rfc-editor.org/info/rfc9727\\"" </Files>`. GitHub Pages cannot set it.',
    ],
    render: (model, site) => json(apiCatalog(model, site)),
  },
  {
    name: 'apis.json',
    title: 'APIs.json index',
    path: urls.apisJson(),
    mediaType: JSON_TYPE,
    format: `APIs.json ${APIS_JSON_VERSION}`,
    description: 'The APIs in service for API directories and search engines: each with its page, base URL, tags, contact and properties (OpenAPI documents, API reference, documentation, sign-up, licence, changelog, feed, status).',
    schema: { text: `APIs.json ${APIS_JSON_VERSION}`, href: 'https://apisjson.org/' },
    notes: ['An API without a production base URL gives its documentation as baseURL, which APIs.json requires.'],
    render: (model, site) => json(apisJson(model, site)),
  },
  {
    name: 'catalog-info.yaml',
    title: 'Backstage entities',
    path: urls.backstage(),
    mediaType: 'application/yaml; charset=utf-8',
    format: 'YAML, Backstage catalog entities (backstage.io/v1alpha1)',
    description: 'The catalogue for a Backstage instance: a Group per organisation, an API per OpenAPI document and a Component per component or register, with owner, lifecycle, providesApis and consumesApis, in the namespace gov-api-catalogue.',
    schema: { text: 'Backstage descriptor format', href: 'https://backstage.io/docs/features/software-catalog/descriptor-format' },
    notes: ['Register the file\'s URL as a location. The API definitions are read through Backstage\'s $text placeholder, so allow your backend to read this site (backend.reading.allow).'],
    render: (model, site) => backstageYaml(model, site),
  },
  {
    name: 'changes.atom',
    title: 'What\'s changed (Atom feed)',
    path: urls.changesFeed(),
    ...ATOM,
    description: 'New and changed entries across the catalogue, newest first: breaking changes to OpenAPI documents, deprecations, retirements and updated details. Each organisation and each entry has its own feed, linked from its page.',
    render: (model, site) => catalogueFeed(model, site),
  },
  {
    name: 'data-items.json',
    title: 'Data items and the APIs that carry them',
    path: urls.dataItemsJson(),
    mediaType: JSON_TYPE,
    format: 'JSON',
    description: 'Every data item the catalogue recognises in OpenAPI documents (NHS number, National Insurance number, UPRN, postcode …), the entries that carry it, the operations that accept and return it, and the evidence of each recognition: the field, its JSON pointer in the entry\'s document and the reasons.',
    schema: { text: 'How data items are recognised', href: urls.dataItems() },
    render: (model) => json(dataItemsJson(reuseOf(model))),
  },
  {
    name: 'reuse-index.json',
    title: 'The reuse index',
    path: urls.reuseIndexJson(),
    mediaType: JSON_TYPE,
    format: 'JSON (short keys, for the browser)',
    description: 'What "Before you build" searches: every entry with its data items, every operation with its words, link and the data items it accepts and returns, and the catalogue\'s version.',
    schema: { text: 'src/reuse/browser-index.ts', href: urls.beforeYouBuild() },
    render: (model) => `${JSON.stringify(browserIndex(reuseOf(model)))}\n`,
  },
  {
    name: 'reuse-check-record.schema.json',
    title: 'JSON Schema of a reuse check record',
    path: urls.reuseRecordSchema(),
    mediaType: 'application/schema+json; charset=utf-8',
    format: 'JSON Schema (draft 2020-12)',
    description: 'The shape of the record "Before you build" downloads: what was searched and when, what was found with links, the catalogue\'s version, notes and what the check cannot know.',
    schema: { text: 'JSON Schema 2020-12', href: 'https://json-schema.org/draft/2020-12/schema' },
    render: (_model, site) => json(recordJsonSchema(absoluteUrl(site, urls.reuseRecordSchema()))),
  },
  {
    name: 'robots.txt',
    title: 'Rules for crawlers',
    path: urls.robots(),
    mediaType: 'text/plain; charset=utf-8',
    format: 'robots.txt (RFC 9309)',
    description: 'Lets crawlers read every page except the search index\'s files, and names the sitemap.',
    schema: { text: 'RFC 9309', href: 'https://www.rfc-editor.org/rfc/rfc9309' },
    render: (_model, site) => robotsTxt(site),
  },
];

/** Exports the build writes for each entry or organisation, described once each. */
export const PER_ITEM_EXPORTS: readonly (ExportDescription & { example: (model: SiteModel) => string | undefined })[] = [
  {
    name: 'entries/<id>/entry.json',
    title: 'One entry\'s record',
    path: urls.entryJson('<id>'),
    mediaType: JSON_TYPE,
    format: 'JSON',
    description: 'The entry\'s record of catalogue.json on its own.',
    schema: { text: 'an item of catalogue.json\'s entries', href: urls.catalogueSchema() },
    example: (model) => (model.entries[0] ? urls.entryJson(model.entries[0].entry.id) : undefined),
  },
  {
    name: 'entries/<id>/status.json',
    title: 'One entry\'s status',
    path: urls.entryStatus('<id>'),
    mediaType: JSON_TYPE,
    format: 'JSON',
    description: 'Where the entry is in its life (status, deprecation and retirement dates, successor), whether a review is due, when it last changed and its conformance level: small enough to poll.',
    schema: { text: 'the API catalog\'s status link', href: urls.apiCatalog() },
    example: (model) => (model.entries[0] ? urls.entryStatus(model.entries[0].entry.id) : undefined),
  },
  {
    name: 'entries/<id>/changes.atom',
    title: 'One entry\'s changes (Atom feed)',
    path: urls.entryFeed('<id>'),
    ...ATOM,
    description: 'Every change to the entry: its OpenAPI documents with their breaking changes, lifecycle changes and deprecations, and edited details.',
    example: (model) => (model.entries[0] ? urls.entryFeed(model.entries[0].entry.id) : undefined),
  },
  {
    name: 'organisations/<slug>/changes.atom',
    title: 'One organisation\'s changes (Atom feed)',
    path: urls.organisationFeed('<slug>'),
    ...ATOM,
    description: 'New and changed entries of one organisation.',
    example: (model) => (model.organisations[0] ? urls.organisationFeed(model.organisations[0].organisation.slug) : undefined),
  },
  {
    name: 'sitemap-index.xml',
    title: 'Sitemap',
    path: urls.sitemap(),
    mediaType: 'application/xml',
    format: 'Sitemaps 0.9 (XML)',
    description: 'Every page of the site, with the day each entry last changed, for search engines.',
    schema: { text: 'sitemaps.org protocol', href: 'https://www.sitemaps.org/protocol.html' },
    example: () => urls.sitemap(),
  },
];
