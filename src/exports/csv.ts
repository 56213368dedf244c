/**
 * `catalogue.csv` and `organisations.csv`: the catalogue in api.gov.uk's column layout, so that
 * whatever reads api.gov.uk's files reads ours, followed by the catalogue's own columns. Written
 * with `csv-stringify` (RFC 4180: fields with commas, quotes or line breaks are quoted; records end
 * with CRLF).
 *
 * The api.gov.uk columns hold what they held there: `url` the production base URL, `license` the
 * licence's URL (its own or its SPDX page, else its name), `maintainer` a compact contact ("Team <address>") or a
 * support URL, `areaServed` places joined by ", ", `startDate` the release date, `endDate` the
 * deprecation date (the retirement date when there is none), `provider` the organisation's slug.
 * Lists in our own columns are joined by " | ". The column list is defined once here: the file,
 * its CSV on the Web description (csvw.ts) and the "Use this data" page all read it.
 */
import { stringify } from 'csv-stringify/sync';
import { londonToday } from '../checks/today.ts';
import type { EntryView, OrganisationView, SiteModel } from '../site/build-model.ts';
import { lastChanged } from './catalogue-json.ts';
import { licenceUri } from './dataservice.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

export const LIST_SEPARATOR = ' | ';

export interface CsvColumn<T> {
  name: string;
  /** What the column holds, for the "Use this data" page and the CSVW description. */
  description: string;
  /** CSVW datatype: string, date, anyURI, integer, boolean. */
  datatype: 'string' | 'date' | 'anyURI' | 'integer' | 'boolean';
  /** Whether it is one of api.gov.uk's columns. */
  apiGovUk?: true;
  /** True when the cell holds a list joined by LIST_SEPARATOR. */
  list?: true;
  /** True when every row has a value. */
  required?: true;
  value: (row: T) => string | number | boolean | undefined | readonly string[];
}

interface EntryRow {
  view: EntryView;
  model: SiteModel;
  site: string;
}

const production = (v: EntryView): string | undefined => v.entry.endpoints.find((e) => e.environment === 'production')?.url;

/** The later of two YYYY-MM-DD dates. */
const later = (a: string, b: string | undefined): string => (b !== undefined && b > a ? b : a);

/** The columns of catalogue.csv, api.gov.uk's twelve first, in their order. */
export const CATALOGUE_COLUMNS: readonly CsvColumn<EntryRow>[] = [
  { name: 'dateAdded', required: true, apiGovUk: true, datatype: 'date', description: 'When the entry was added to the catalogue.', value: ({ view }) => view.entry.dates.added },
  {
    name: 'dateUpdated',
    apiGovUk: true,
    datatype: 'date',
    description: 'When the entry last changed or was last reviewed by its owners, whichever is later.',
    value: ({ view, model }) => {
      const changed = lastChanged(model.changelog, view.entry.id);
      const own = view.entry.dates.lastReviewed ?? view.entry.provenance?.sourceUpdated ?? view.entry.dates.added;
      return later(own, changed ? londonToday(new Date(changed)) : undefined);
    },
  },
  { name: 'url', apiGovUk: true, datatype: 'anyURI', description: 'The base URL of the production service; empty when it has none (such as a component without an API).', value: ({ view }) => production(view) },
  { name: 'name', required: true, apiGovUk: true, datatype: 'string', description: 'Its name.', value: ({ view }) => view.entry.name },
  { name: 'description', required: true, apiGovUk: true, datatype: 'string', description: 'What it does, who it is for and when to use it, in Markdown (line breaks kept).', value: ({ view }) => view.entry.description },
  { name: 'documentation', apiGovUk: true, datatype: 'anyURI', description: 'The documentation developers read.', value: ({ view }) => view.entry.documentationUrl },
  {
    name: 'license',
    apiGovUk: true,
    datatype: 'string',
    description: 'The licence it is offered under, as a URL (its own, or its SPDX page), or its name when it has neither; empty when the entry does not say.',
    value: ({ view }) => licenceUri(view.entry) ?? view.entry.licence?.name,
  },
  {
    name: 'maintainer',
    apiGovUk: true,
    datatype: 'string',
    description: 'The team that runs it, as "Team name <email address>", or its support page when it has no public mailbox.',
    value: ({ view }) => (view.entry.contact?.email ? `${view.entry.contact.name} <${view.entry.contact.email}>` : view.entry.contact?.url),
  },
  { name: 'areaServed', apiGovUk: true, datatype: 'string', description: 'Where it serves, places joined by ", ".', value: ({ view }) => view.entry.areaServed.join(', ') },
  { name: 'startDate', apiGovUk: true, datatype: 'date', description: 'When the service first went public, where known.', value: ({ view }) => view.entry.dates.released },
  {
    name: 'endDate',
    apiGovUk: true,
    datatype: 'date',
    description: 'When it was deprecated (or, when it has no deprecation date, retired); empty while it is in service.',
    value: ({ view }) => view.entry.dates.deprecated ?? view.entry.dates.retired,
  },
  { name: 'provider', required: true, apiGovUk: true, datatype: 'string', description: 'The organisation that runs it: its GOV.UK slug, a row of organisations.csv.', value: ({ view }) => view.entry.organisation },

  { name: 'id', required: true, datatype: 'string', description: 'The entry\'s id: its address in the catalogue, which never changes. Unique in the file.', value: ({ view }) => view.entry.id },
  { name: 'page', required: true, datatype: 'anyURI', description: 'Its page in the catalogue.', value: ({ view, site }) => absoluteUrl(site, urls.entry(view.entry.id)) },
  { name: 'kind', required: true, datatype: 'string', description: '`api`, `component` or `register`.', value: ({ view }) => view.entry.kind },
  { name: 'status', required: true, datatype: 'string', description: 'discovery, alpha, beta, live, deprecated or retired.', value: ({ view }) => view.entry.status },
  { name: 'summary', required: true, datatype: 'string', description: 'One sentence saying what it does.', value: ({ view }) => view.entry.summary },
  { name: 'organisationName', required: true, datatype: 'string', description: 'The name of the organisation that runs it.', value: ({ view }) => view.organisation.name },
  { name: 'alternativeNames', list: true, datatype: 'string', description: 'Other names people know it by.', value: ({ view }) => view.entry.alternativeNames },
  { name: 'topics', list: true, datatype: 'string', description: 'Topic ids.', value: ({ view }) => view.entry.topics },
  { name: 'keywords', list: true, datatype: 'string', description: 'Keywords.', value: ({ view }) => view.entry.keywords },
  { name: 'accessLevel', datatype: 'string', description: 'Who may use it: open, registration, government-only or restricted; empty while an imported entry does not say.', value: ({ view }) => view.entry.access?.level },
  { name: 'howToGetAccess', datatype: 'string', description: 'The steps to start using it, in Markdown.', value: ({ view }) => view.entry.access?.howToGetAccess },
  { name: 'accessUrl', datatype: 'anyURI', description: 'Where to sign up or apply.', value: ({ view }) => view.entry.access?.url },
  { name: 'contactName', datatype: 'string', description: 'The team that runs it.', value: ({ view }) => view.entry.contact?.name },
  { name: 'contactEmail', datatype: 'string', description: 'The team\'s mailbox.', value: ({ view }) => view.entry.contact?.email },
  { name: 'contactUrl', datatype: 'anyURI', description: 'The team\'s support page.', value: ({ view }) => view.entry.contact?.url },
  { name: 'licenceName', datatype: 'string', description: 'The licence\'s name.', value: ({ view }) => view.entry.licence?.name },
  { name: 'licenceSpdx', datatype: 'string', description: 'The licence\'s SPDX id.', value: ({ view }) => view.entry.licence?.spdx },
  { name: 'licenceUrl', datatype: 'anyURI', description: 'Where the licence text is.', value: ({ view }) => view.entry.licence?.url },
  { name: 'lastReviewed', datatype: 'date', description: 'When its owners last checked the entry; empty for an imported entry its owners have not reviewed yet.', value: ({ view }) => view.entry.dates.lastReviewed },
  {
    name: 'importedFrom',
    datatype: 'string',
    description: 'For an entry imported from another catalogue: the source, file and row it came from.',
    value: ({ view }) => (view.entry.provenance ? `${view.entry.provenance.source} ${view.entry.provenance.file} row ${view.entry.provenance.row}` : undefined),
  },
  { name: 'deprecated', datatype: 'date', description: 'When it was announced as deprecated.', value: ({ view }) => view.entry.dates.deprecated },
  { name: 'retired', datatype: 'date', description: 'When it was, or will be, switched off.', value: ({ view }) => view.entry.dates.retired },
  { name: 'successor', datatype: 'string', description: 'The id of the entry that replaces it.', value: ({ view }) => view.entry.successor },
  { name: 'version', datatype: 'string', description: 'Its version, where it has one.', value: ({ view }) => view.entry.version },
  { name: 'serviceType', datatype: 'string', description: 'REST, SOAP, EVENT, GRAPHQL or FILE, where known.', value: ({ view }) => view.entry.serviceType },
  {
    name: 'otherEndpoints',
    list: true,
    datatype: 'string',
    description: 'Base URLs of its other environments, each as "environment url".',
    value: ({ view }) => view.entry.endpoints.filter((e) => e.environment !== 'production').map((e) => `${e.environment} ${e.url}`),
  },
  {
    name: 'openapi',
    list: true,
    datatype: 'string',
    description: 'Its OpenAPI documents, each bundled into one YAML file.',
    value: ({ view, site }) => view.specs.map((s) => absoluteUrl(site, urls.openapiYaml(view.entry.id, s.index))),
  },
  { name: 'conformanceLevel', datatype: 'string', description: 'The GDS API standards level its documents reach (baseline, silver, gold, or none); empty without documents.', value: ({ view }) => view.verdict?.level },
  { name: 'conformanceScore', datatype: 'integer', description: 'Its lowest document score out of 100.', value: ({ view }) => view.verdict?.score },
  { name: 'meetsMinimum', datatype: 'boolean', description: 'Whether every document reaches the catalogue\'s minimum level.', value: ({ view }) => view.verdict?.meetsMinimum },
  { name: 'waiverUntil', datatype: 'date', description: 'The last day of its public conformance waiver.', value: ({ view }) => view.entry.conformanceWaiver?.until },
  { name: 'provides', list: true, datatype: 'string', description: 'For a component: the ids of the APIs it offers.', value: ({ view }) => view.entry.provides },
  { name: 'usedBy', list: true, datatype: 'string', description: 'Ids of catalogue entries that use it.', value: ({ view }) => view.entry.usedBy },
  { name: 'related', list: true, datatype: 'string', description: 'Ids of related entries.', value: ({ view }) => view.entry.related },
  { name: 'changes', required: true, datatype: 'anyURI', description: 'Its changelog page.', value: ({ view, site }) => absoluteUrl(site, urls.entryChanges(view.entry.id)) },
];

/** The columns of organisations.csv, api.gov.uk's four first. */
export const ORGANISATION_COLUMNS: readonly CsvColumn<{ view: OrganisationView; site: string }>[] = [
  { name: 'id', required: true, apiGovUk: true, datatype: 'string', description: 'The organisation\'s GOV.UK slug.', value: ({ view }) => view.organisation.slug },
  { name: 'name', apiGovUk: true, datatype: 'string', description: 'Its name.', value: ({ view }) => view.organisation.name },
  { name: 'alternateName', apiGovUk: true, datatype: 'string', description: 'Its abbreviation.', value: ({ view }) => view.organisation.abbreviation },
  { name: 'url', apiGovUk: true, datatype: 'anyURI', description: 'Its website.', value: ({ view }) => view.organisation.website },
  { name: 'page', datatype: 'anyURI', description: 'Its page in the catalogue.', value: ({ view, site }) => absoluteUrl(site, urls.organisation(view.organisation.slug)) },
  { name: 'onGovUk', datatype: 'boolean', description: 'Whether it is on GOV.UK (its slug is GOV.UK\'s).', value: ({ view }) => view.organisation.onGovUk },
  { name: 'entries', datatype: 'integer', description: 'How many catalogue entries it runs, retired ones included.', value: ({ view }) => view.entries.length + view.retired.length },
];

function cell(value: ReturnType<CsvColumn<unknown>['value']>): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

function table<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  // csv-stringify quotes a value holding the record delimiter (CRLF) but not a bare LF or CR, which
  // spreadsheets and most CSV readers take as the end of a record: every line break is quoted.
  return stringify([columns.map((c) => c.name), ...rows.map((r) => columns.map((c) => cell(c.value(r))))], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

export function catalogueCsv(model: SiteModel, site: string): string {
  return table(CATALOGUE_COLUMNS, model.entries.map((view) => ({ view, model, site })));
}

export function organisationsCsv(model: SiteModel, site: string): string {
  return table(ORGANISATION_COLUMNS, model.organisations.map((view) => ({ view, site })));
}
