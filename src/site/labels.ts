/** Words and GOV.UK tag colours for the catalogue's enumerations, in one place. */
import type { AccessLevel, Entry, Kind, Status } from '../catalogue/schema.ts';

export const KIND_LABELS: Record<Kind, { singular: string; plural: string; description: string }> = {
  api: { singular: 'API', plural: 'APIs', description: 'Interfaces with an OpenAPI document that your service can call.' },
  component: { singular: 'Component', plural: 'Components', description: 'Reusable platforms and services, such as GOV.UK Notify and GOV.UK Pay.' },
  register: { singular: 'Register', plural: 'Registers', description: 'Authoritative reference data, with downloads and APIs.' },
};

export const STATUS_LABELS: Record<Status, { label: string; tagClass: string; description: string }> = {
  discovery: { label: 'Discovery', tagClass: 'govuk-tag--grey', description: 'Being researched; not available to use.' },
  alpha: { label: 'Alpha', tagClass: 'govuk-tag--purple', description: 'A prototype; may change or stop without notice.' },
  beta: { label: 'Beta', tagClass: 'govuk-tag--blue', description: 'Available, but may still change.' },
  live: { label: 'Live', tagClass: 'govuk-tag--green', description: 'Supported for production use.' },
  deprecated: { label: 'Deprecated', tagClass: 'govuk-tag--orange', description: 'Still running, but due to be switched off: plan to move.' },
  retired: { label: 'Retired', tagClass: 'govuk-tag--red', description: 'Switched off; kept here for the record.' },
};

/** The access facet's value for an imported entry that does not say yet who may use it. */
export const ACCESS_NOT_STATED = 'not-stated';
export type AccessValue = AccessLevel | typeof ACCESS_NOT_STATED;

export const ACCESS_LABELS: Record<AccessValue, { label: string; description: string }> = {
  open: { label: 'Open', description: 'Anyone can use it without signing up.' },
  registration: { label: 'Registration', description: 'Anyone can use it after registering for credentials.' },
  'government-only': { label: 'Government only', description: 'Only public sector organisations can use it.' },
  restricted: { label: 'Restricted', description: 'Only named organisations, under an agreement.' },
  [ACCESS_NOT_STATED]: { label: 'Not stated yet', description: 'The entry does not say yet who may use it or how to get access: its owners fill this in when they review it. Ask the team.' },
};

/** Whether an entry publishes an OpenAPI document: a browse facet and a search filter. */
export const OPENAPI_VALUES = ['published', 'none'] as const;
export type OpenApiValue = (typeof OPENAPI_VALUES)[number];
export const OPENAPI_LABELS: Record<OpenApiValue, { label: string; description: string }> = {
  published: { label: 'OpenAPI document published', description: 'Its OpenAPI document is in the catalogue, with an API reference and a GDS standards report.' },
  none: { label: 'No OpenAPI document yet', description: 'APIs whose teams have not published an OpenAPI document: the GDS standards ask for one.' },
};

/**
 * Who can use an entry, in words. A retired entry no longer advertises its access: it was switched
 * off, so nobody can sign up for it.
 */
export function accessSummary(entry: Pick<Entry, 'status' | 'access'>): { label: string; description: string; available: boolean } {
  if (entry.status === 'retired') return { label: 'No longer available', description: 'It has been switched off, so nobody can start using it.', available: false };
  if (!entry.access) return { ...ACCESS_LABELS[ACCESS_NOT_STATED], available: false };
  return { ...ACCESS_LABELS[entry.access.level], available: true };
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2024-07-19` → `19 July 2024`, as GOV.UK writes dates. */
export function formatDate(iso: string): string {
  return DATE_FORMAT.format(new Date(`${iso}T00:00:00Z`));
}
