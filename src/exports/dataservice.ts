/**
 * Maps an entry onto the CDDO Metadata Exchange Model's `DataService` class (the model used by the
 * Data Marketplace). Every DataService field named in the schema's doc comments is filled here, so
 * the mapping stays 1:1 with src/catalogue/schema.ts.
 */
import type { AccessLevel, Entry, Organisation, Status } from '../catalogue/schema.ts';

export type ServiceStatus = 'DISCOVERY' | 'ALPHA' | 'BETA' | 'LIVE' | 'DEPRECATED' | 'WITHDRAWN';
export type AccessRights = 'OPEN' | 'INTERNAL' | 'COMMERCIAL';

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
  created: string;
  issued?: string;
  modified: string;
  version?: string;
  endpointURL?: string;
  endpointDescription?: string;
  serviceStatus: ServiceStatus;
  serviceType?: string;
}

export function toDataService(entry: Entry, organisation: Organisation, siteUrl: string): DataService {
  const production = entry.endpoints.find((e) => e.environment === 'production');
  const base = siteUrl.replace(/\/$/, '');
  return {
    identifier: entry.id,
    type: 'dcat:DataService',
    title: entry.name,
    ...(entry.alternativeNames.length ? { alternativeTitle: entry.alternativeNames } : {}),
    summary: entry.summary,
    description: entry.description,
    ...(entry.keywords.length ? { keyword: entry.keywords } : {}),
    ...(entry.topics.length ? { theme: entry.topics.map((t) => `${base}/topics/${t}/`) } : {}),
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
    ...(entry.licence ? { licence: entry.licence.url ?? entry.licence.spdx ?? entry.licence.name } : {}),
    ...(entry.access ? { accessRights: ACCESS_RIGHTS[entry.access.level] } : {}),
    created: entry.dates.added,
    ...(entry.dates.released ? { issued: entry.dates.released } : {}),
    modified: entry.dates.lastReviewed ?? entry.provenance?.sourceUpdated ?? entry.dates.added,
    ...(entry.version ? { version: entry.version } : {}),
    ...(production ? { endpointURL: production.url } : {}),
    ...(entry.documentationUrl ? { endpointDescription: entry.documentationUrl } : {}),
    serviceStatus: SERVICE_STATUS[entry.status],
    ...(entry.serviceType ? { serviceType: entry.serviceType } : {}),
  };
}
