/**
 * Maps an entry onto the CDDO Metadata Exchange Model's `DataService` class (the model the Data
 * Marketplace uses; DCAT underneath). The field names are the model's own; each entry field says
 * which DataService property it maps to in src/catalogue/schema.ts (metadata `dataService`).
 *
 * `dataservice.json` publishes these records as they are; `catalogue.jsonld` (dcat.ts) publishes
 * the same records as DCAT JSON-LD. Where the model asks for a value the entry does not have, the
 * property is left out rather than made up, with three stated exceptions:
 * - `securityClassification` is OFFICIAL for every entry: the catalogue lists only what can be
 *   published, and the model's Government Data Catalogue takes only OFFICIAL resources;
 * - `serviceType` is REST for an entry with OpenAPI documents that does not name its style
 *   (an OpenAPI document describes an HTTP API); GRAPHQL and FILE, which the model's list lacks,
 *   are left out;
 * - `licence` is the licence's URL, or its SPDX licence page; a licence known only by name is left
 *   out, because the model takes a URI.
 */
import type { AccessLevel, Entry, Organisation, Status } from '../catalogue/schema.ts';
import type { EntryView } from '../site/build-model.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

export type ServiceStatus = 'DISCOVERY' | 'ALPHA' | 'BETA' | 'LIVE' | 'DEPRECATED' | 'WITHDRAWN';
export type AccessRights = 'OPEN' | 'INTERNAL' | 'COMMERCIAL';
export type ServiceType = 'REST' | 'SOAP' | 'EVENT';

export const SERVICE_STATUS: Record<Status, ServiceStatus> = {
  discovery: 'DISCOVERY',
  alpha: 'ALPHA',
  beta: 'BETA',
  live: 'LIVE',
  deprecated: 'DEPRECATED',
  retired: 'WITHDRAWN',
};

export const ACCESS_RIGHTS: Record<AccessLevel, AccessRights> = {
  open: 'OPEN',
  registration: 'OPEN',
  'government-only': 'INTERNAL',
  restricted: 'INTERNAL',
};

const SERVICE_TYPES: readonly string[] = ['REST', 'SOAP', 'EVENT'] satisfies ServiceType[];

export interface DataService {
  identifier: string;
  type: 'dcat:DataService';
  title: string;
  alternativeTitle?: string[];
  summary: string;
  description: string;
  keyword?: string[];
  theme?: string[];
  publisher: string;
  creator: string[];
  contactPoint?: { contactName: string; email?: string; url?: string };
  licence?: string;
  accessRights?: AccessRights;
  securityClassification: 'OFFICIAL';
  created: string;
  issued?: string;
  modified: string;
  version?: string;
  endpointURL?: string;
  endpointDescription?: string;
  servesData?: string[];
  serviceStatus: ServiceStatus;
  serviceType?: ServiceType;
}

/** The licence as a URI: its URL, or its SPDX page. */
export function licenceUri(entry: Entry): string | undefined {
  if (entry.licence?.url) return entry.licence.url;
  if (entry.licence?.spdx) return `https://spdx.org/licenses/${encodeURIComponent(entry.licence.spdx)}.html`;
  return undefined;
}

export function serviceTypeOf(entry: Entry): ServiceType | undefined {
  if (entry.serviceType) return SERVICE_TYPES.includes(entry.serviceType) ? (entry.serviceType as ServiceType) : undefined;
  return entry.specs.length > 0 ? 'REST' : undefined;
}

export function toDataService(entry: Entry, organisation: Organisation, siteUrl: string): DataService {
  const production = entry.endpoints.find((e) => e.environment === 'production');
  const licence = licenceUri(entry);
  const serviceType = serviceTypeOf(entry);
  return {
    identifier: entry.id,
    type: 'dcat:DataService',
    title: entry.name,
    ...(entry.alternativeNames.length ? { alternativeTitle: entry.alternativeNames } : {}),
    summary: entry.summary,
    description: entry.description,
    ...(entry.keywords.length ? { keyword: entry.keywords } : {}),
    ...(entry.topics.length ? { theme: entry.topics.map((t) => absoluteUrl(siteUrl, urls.topic(t))) } : {}),
    publisher: organisation.slug,
    creator: [organisation.slug],
    ...(entry.contact
      ? {
          contactPoint: {
            contactName: entry.contact.name,
            ...(entry.contact.email ? { email: entry.contact.email } : {}),
            ...(entry.contact.url ? { url: entry.contact.url } : {}),
          },
        }
      : {}),
    ...(licence ? { licence } : {}),
    ...(entry.access ? { accessRights: ACCESS_RIGHTS[entry.access.level] } : {}),
    securityClassification: 'OFFICIAL',
    created: entry.dates.added,
    ...(entry.dates.released ? { issued: entry.dates.released } : {}),
    modified: entry.dates.lastReviewed ?? entry.provenance?.sourceUpdated ?? entry.dates.added,
    ...(entry.version ? { version: entry.version } : {}),
    ...(production ? { endpointURL: production.url } : {}),
    ...(entry.documentationUrl ? { endpointDescription: entry.documentationUrl } : {}),
    ...(entry.register?.downloadUrl ? { servesData: [entry.register.downloadUrl] } : {}),
    serviceStatus: SERVICE_STATUS[entry.status],
    ...(serviceType ? { serviceType } : {}),
  };
}

/** Every entry as a DataService record: the body of dataservice.json. */
export function dataServices(views: readonly EntryView[], siteUrl: string): DataService[] {
  return views.map((v) => toDataService(v.entry, v.organisation, siteUrl));
}
