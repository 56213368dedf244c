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

export const ACCESS_LABELS: Record<AccessLevel, { label: string; description: string }> = {
  open: { label: 'Open', description: 'Anyone can use it without signing up.' },
  registration: { label: 'Registration', description: 'Anyone can use it after registering for credentials.' },
  'government-only': { label: 'Government only', description: 'Only public sector organisations can use it.' },
  restricted: { label: 'Restricted', description: 'Only named organisations, under an agreement.' },
};

/**
 * Who can use an entry, in words. A retired entry no longer advertises its access: it was switched
 * off, so nobody can sign up for it.
 */
export function accessSummary(entry: Pick<Entry, 'status' | 'access'>): { label: string; description: string; available: boolean } {
  if (entry.status === 'retired') return { label: 'No longer available', description: 'It has been switched off, so nobody can start using it.', available: false };
  return { ...ACCESS_LABELS[entry.access.level], available: true };
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2024-07-19` → `19 July 2024`, as GOV.UK writes dates. */
export function formatDate(iso: string): string {
  return DATE_FORMAT.format(new Date(`${iso}T00:00:00Z`));
}
