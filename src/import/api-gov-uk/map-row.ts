/**
 * One api.gov.uk catalogue row as catalogue fields, with a note for every value that could not be
 * mapped. Nothing is guessed: a value that does not fit a field is left out and reported (and the
 * entry shows it as a gap until its owners review it).
 */
import { AREAS, type EntryInput } from '../../catalogue/schema.ts';
import { isIsoDate } from '../csvw.ts';
import type { CsvRow } from '../read-csv.ts';
import type { OrganisationMapping } from './organisations.ts';
import { REASONS, type ReasonCode } from './reasons.ts';
import { cleanDescription, summaryFrom } from './text.ts';

export interface RowNote {
  code: ReasonCode;
  /** The catalogue field it concerns, for the entry's list of gaps. */
  field?: string;
  /** The reason in words, quoting the source's value. */
  message: string;
  /** Whether the entry shows it as something the import could not fill in. */
  gap: boolean;
}

/** The fields of an entry that come from one row (everything but id, dates.added and provenance). */
export type MappedFields = Omit<EntryInput, 'id' | 'dates' | 'provenance'> & { dates: { released?: string; deprecated?: string } };

export interface MappedRow {
  fields: MappedFields;
  notes: RowNote[];
  /** When the source last changed the row. */
  sourceUpdated?: string;
}

const note = (code: ReasonCode, field: string | undefined, value: string | undefined, gap = true): RowNote => ({
  code,
  ...(field ? { field } : {}),
  message: value === undefined ? REASONS[code] : REASONS[code].replace(/^(\w+) /, `$1 "${value.length > 80 ? `${value.slice(0, 79)}…` : value}" `),
  gap,
});

const isHttps = (v: string): boolean => {
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
};

const OGL3_URL = /^https?:\/\/www\.nationalarchives\.gov\.uk\/doc\/open-government-licence\/version\/3\/?$/;

function mapLicence(value: string, notes: RowNote[]): MappedFields['licence'] {
  if (value === '') {
    notes.push(note('licence/empty', 'licence', undefined));
    return undefined;
  }
  if (OGL3_URL.test(value)) return { name: 'Open Government Licence v3.0', spdx: 'OGL-UK-3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' };
  if (/^(data under )?open government licen[cs]e$/i.test(value)) {
    notes.push(note('licence/no-version', 'licence', value));
    return { name: 'Open Government Licence' };
  }
  if (value === 'ISC') return { name: 'ISC License', spdx: 'ISC' };
  if (isHttps(value)) return { name: `Licence terms at ${new URL(value).host}`, url: value };
  notes.push(note('licence/not-a-licence', 'licence', value));
  return undefined;
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

export function mapContact(value: string, organisationName: string, notes: RowNote[]): MappedFields['contact'] {
  if (value === '') {
    notes.push(note('maintainer/empty', 'contact', undefined));
    return undefined;
  }
  const email = EMAIL.exec(value);
  if (email) {
    const before = value.slice(0, email.index).replace(/[\s<(:–-]+$/, '').trim();
    const after = value.slice(email.index + email[0].length).replace(/^[\s>)]+/, '').trim();
    if (after) notes.push({ code: 'maintainer/note-left-out', message: `maintainer's note "${after}" is left out: the contact fields hold a name and an address`, gap: false });
    return { name: before.length >= 2 ? before : organisationName, email: email[0] };
  }
  if (isHttps(value)) return { name: organisationName, url: value };
  notes.push(note('maintainer/no-address', 'contact', value));
  return undefined;
}

const AREA_WORDS: Readonly<Record<string, (typeof AREAS)[number]>> = {
  uk: 'United Kingdom',
  'united kingdom': 'United Kingdom',
  'great britain': 'Great Britain',
  england: 'England',
  scotland: 'Scotland',
  wales: 'Wales',
  'northern ireland': 'Northern Ireland',
  'england and wales': 'England and Wales',
};

function mapArea(value: string, notes: RowNote[]): MappedFields['areaServed'] {
  if (value === '') return undefined;
  const whole = AREA_WORDS[value.toLowerCase()];
  if (whole) return [whole];
  const parts = value.split(/\s*,\s*|\s+and\s+/).map((p) => AREA_WORDS[p.toLowerCase()]);
  if (parts.length > 0 && parts.every((p) => p !== undefined)) return [...new Set(parts)];
  notes.push(note('areaServed/not-an-area', 'areaServed', value));
  return undefined;
}

export function mapRow(row: CsvRow, organisation: OrganisationMapping, sharedUrls: ReadonlySet<string>): MappedRow {
  const v = row.values;
  const notes: RowNote[] = [];
  const description = cleanDescription(v.description ?? '');
  const { summary, shortened } = summaryFrom(description);
  if (shortened) notes.push(note('summary/shortened', undefined, undefined, false));

  const url = v.url ?? '';
  const endpoints: NonNullable<MappedFields['endpoints']> = [];
  if (url === '') notes.push(note('url/empty', 'endpoints', undefined));
  else if (sharedUrls.has(url)) notes.push(note('url/shared', 'endpoints', url));
  else if (!isHttps(url)) notes.push(note('url/not-https', 'endpoints', url));
  else if (url.includes('#')) notes.push(note('url/web-page', 'endpoints', url));
  else endpoints.push({ environment: 'production', url });

  const documentation = v.documentation ?? '';
  let documentationUrl: string | undefined;
  if (documentation === '') notes.push(note('documentation/empty', 'documentationUrl', undefined));
  else if (!isHttps(documentation)) notes.push(note('documentation/not-https', 'documentationUrl', documentation));
  else documentationUrl = documentation;

  const licence = mapLicence(v.license ?? '', notes);
  const contact = mapContact(v.maintainer ?? '', organisation.name, notes);
  const areaServed = mapArea(v.areaServed ?? '', notes);

  const dates: MappedFields['dates'] = {};
  const start = v.startDate ?? '';
  if (start !== '') {
    if (isIsoDate(start)) dates.released = start;
    else notes.push(note('startDate/not-a-date', 'dates.released', start));
  }
  const end = v.endDate ?? '';
  if (end !== '') {
    if (isIsoDate(end)) dates.deprecated = end;
    else notes.push(note('endDate/not-a-date', 'dates.deprecated', end));
  }
  notes.push(note('access/not-in-source', 'access', undefined));

  const fields: MappedFields = {
    name: (v.name ?? '').replace(/\s+/g, ' '),
    summary,
    description,
    kind: 'api',
    organisation: organisation.slug,
    // The source lists APIs in service; its endDate is "the date the web API was deprecated".
    status: dates.deprecated ? 'deprecated' : 'live',
    dates,
    ...(documentationUrl ? { documentationUrl } : {}),
    ...(endpoints.length ? { endpoints } : {}),
    ...(contact ? { contact } : {}),
    ...(licence ? { licence } : {}),
    ...(areaServed ? { areaServed } : {}),
  };
  const updated = v.dateUpdated ?? '';
  return { fields, notes, ...(isIsoDate(updated) ? { sourceUpdated: updated } : {}) };
}
