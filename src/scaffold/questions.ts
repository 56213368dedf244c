/**
 * What `npm run new-entry` asks, in order: each question names the schema field whose explanation it
 * shows (from the schema's own metadata, see catalogue/field-reference.ts), its command-line flag,
 * when it applies, and how an answer is checked. Answers are checked as they are given, against the
 * schema and against the catalogue (ids that exist, unknown organisations with "did you mean",
 * production URLs another entry has, placeholder text), so that the entry written passes the check.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { endpointKey } from '../catalogue/cross-checks.ts';
import { fieldDoc } from '../catalogue/field-reference.ts';
import type { Catalogue } from '../catalogue/load.ts';
import { findPlaceholder, placeholderMessage } from '../catalogue/placeholders.ts';
import { access, contact, dates, endpoint, entry, ID_PATTERN, ID_RULE, KINDS, register, STATUSES, type Kind, type Status } from '../catalogue/schema.ts';
import { didYouMean } from '../catalogue/suggest.ts';

export interface Answers {
  kind: Kind;
  name: string;
  id: string;
  organisation: string;
  summary: string;
  description: string;
  status: Status;
  deprecatedOn?: string;
  retiredOn?: string;
  documentationUrl: string;
  productionUrl?: string;
  accessLevel: string;
  howToGetAccess: string;
  contactName: string;
  contactEmail?: string;
  contactUrl?: string;
  topics?: string[];
  formats?: string[];
}
export type AnswerKey = keyof Answers;

export interface ScaffoldContext {
  catalogue: Catalogue;
}

export type Verdict<T> = { ok: true; value: T } | { ok: false; error: string; hint?: string };

export interface Question {
  key: AnswerKey;
  /** The command-line flag that answers it. */
  flag: string;
  /** The schema field whose explanation is shown. */
  field: string;
  /** The question as asked. */
  label: string;
  /** Whether it is asked, given the answers so far (always by default). */
  when?: (a: Partial<Answers>) => boolean;
  /** Whether it may be left empty, given the answers so far. */
  optional?: (a: Partial<Answers>) => boolean;
  /** The answer used when the question is left empty. */
  suggestion?: (a: Partial<Answers>) => string | undefined;
  /** The allowed values, shown with the question. */
  choices?: readonly string[];
  check: (input: string, a: Partial<Answers>, ctx: ScaffoldContext) => Verdict<unknown>;
}

const ok = <T>(value: T): Verdict<T> => ({ ok: true, value });

/** Checks a value against a part of the schema, then for placeholder text. */
function bySchema(schema: z.ZodType, field: string): (input: string) => Verdict<unknown> {
  return (input) => {
    const result = schema.safeParse(input);
    if (!result.success) return { ok: false, error: `${field} ${result.error.issues[0]?.message ?? 'is not valid'}` };
    const found = findPlaceholder(input);
    if (found) {
      const { message, hint } = placeholderMessage(field, found);
      return { ok: false, error: message, hint };
    }
    return ok(result.data);
  };
}

const list = (input: string): string[] =>
  input
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** An id from a name: lowercase words joined by hyphens. */
function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function checkId(input: string, _a: Partial<Answers>, { catalogue }: ScaffoldContext): Verdict<unknown> {
  if (!ID_PATTERN.test(input)) return { ok: false, error: `id "${input}" ${ID_RULE}` };
  const folder = path.join(catalogue.root, 'entries', input);
  if (existsSync(folder) || catalogue.entries.some((e) => e.entry.id === input) || catalogue.brokenEntryIds.includes(input)) {
    return { ok: false, error: `id "${input}" is taken: catalogue/entries/${input}/ already exists`, hint: 'choose another id, or change the existing entry instead of adding one' };
  }
  return ok(input);
}

function checkOrganisation(input: string, _a: Partial<Answers>, { catalogue }: ScaffoldContext): Verdict<unknown> {
  const candidates = catalogue.organisations.map((o) => ({ value: o.organisation.slug, aliases: o.organisation.abbreviation ? [o.organisation.abbreviation] : [] }));
  if (candidates.some((c) => c.value === input)) return ok(input);
  return {
    ok: false,
    error: `organisation "${input}" is not a known organisation`,
    hint: didYouMean(input, candidates) ?? 'use the name of a file in catalogue/organisations/ (without .yaml), or add your organisation there first',
  };
}

function checkProductionUrl(input: string, _a: Partial<Answers>, { catalogue }: ScaffoldContext): Verdict<unknown> {
  const checked = bySchema(endpoint.shape.url, 'production URL')(input);
  if (!checked.ok) return checked;
  const other = catalogue.entries.find((e) => e.entry.endpoints.some((ep) => ep.environment === 'production' && endpointKey(ep.url) === endpointKey(input)));
  if (other) return { ok: false, error: `production URL ${input} is already the production URL of "${other.entry.id}"`, hint: 'if it is the same API, change that entry instead; if separate APIs share a gateway host, give this API\'s own base path' };
  return checked;
}

function checkTopics(input: string, _a: Partial<Answers>, { catalogue }: ScaffoldContext): Verdict<unknown> {
  const ids = catalogue.topics.map((t) => t.id);
  for (const t of list(input)) {
    if (!ids.includes(t)) return { ok: false, error: `topic "${t}" is not in catalogue/topics.yaml`, hint: didYouMean(t, ids) ?? `use some of: ${ids.join(', ')}` };
  }
  return ok(list(input));
}

function checkFormats(input: string): Verdict<unknown> {
  const formats = list(input);
  const checked = register.shape.formats.safeParse(formats);
  return checked.success ? ok(formats) : { ok: false, error: 'formats: name at least one, such as CSV or JSON' };
}

function checkEmail(input: string): Verdict<unknown> {
  return bySchema(contact.shape.email.unwrap(), 'contact email')(input);
}

const isApi = (a: Partial<Answers>): boolean => a.kind === 'api';

export const QUESTIONS: readonly Question[] = [
  { key: 'kind', flag: '--kind', field: 'kind', label: 'What kind of entry is it?', choices: KINDS, check: bySchema(entry.shape.kind, 'kind') },
  { key: 'name', flag: '--name', field: 'name', label: 'Name', check: bySchema(entry.shape.name, 'name') },
  { key: 'id', flag: '--id', field: 'id', label: 'Id', suggestion: (a) => (a.name ? idFromName(a.name) : undefined), check: checkId },
  { key: 'organisation', flag: '--organisation', field: 'organisation', label: 'Organisation', check: checkOrganisation },
  { key: 'summary', flag: '--summary', field: 'summary', label: 'Summary', check: bySchema(entry.shape.summary, 'summary') },
  { key: 'description', flag: '--description', field: 'description', label: 'Description', check: bySchema(entry.shape.description, 'description') },
  { key: 'status', flag: '--status', field: 'status', label: 'Status', choices: STATUSES, check: bySchema(entry.shape.status, 'status') },
  { key: 'deprecatedOn', flag: '--deprecated-on', field: 'dates.deprecated', label: 'Date it was deprecated (YYYY-MM-DD)', when: (a) => a.status === 'deprecated', check: bySchema(dates.shape.deprecated.unwrap(), 'dates.deprecated') },
  { key: 'retiredOn', flag: '--retired-on', field: 'dates.retired', label: 'Date it was switched off (YYYY-MM-DD)', when: (a) => a.status === 'retired', check: bySchema(dates.shape.retired.unwrap(), 'dates.retired') },
  { key: 'documentationUrl', flag: '--documentation-url', field: 'documentationUrl', label: 'Documentation URL', check: bySchema(entry.shape.documentationUrl, 'documentationUrl') },
  {
    key: 'productionUrl',
    flag: '--production-url',
    field: 'endpoints[].url',
    label: 'Production base URL',
    optional: (a) => !isApi(a),
    check: checkProductionUrl,
  },
  { key: 'accessLevel', flag: '--access-level', field: 'access.level', label: 'Who may use it?', choices: access.shape.level.options, check: bySchema(access.shape.level, 'access.level') },
  { key: 'howToGetAccess', flag: '--how-to-get-access', field: 'access.howToGetAccess', label: 'How to get access', check: bySchema(access.shape.howToGetAccess, 'access.howToGetAccess') },
  { key: 'contactName', flag: '--contact-name', field: 'contact.name', label: 'Team name', check: bySchema(contact.shape.name, 'contact.name') },
  { key: 'contactEmail', flag: '--contact-email', field: 'contact.email', label: 'Team email', optional: () => true, check: checkEmail },
  {
    key: 'contactUrl',
    flag: '--contact-url',
    field: 'contact.url',
    label: 'Team support page',
    optional: (a) => a.contactEmail !== undefined,
    check: bySchema(contact.shape.url.unwrap(), 'contact.url'),
  },
  { key: 'topics', flag: '--topics', field: 'topics', label: 'Topics (comma-separated ids)', optional: () => true, check: checkTopics },
  { key: 'formats', flag: '--formats', field: 'register.formats', label: 'Download formats (comma-separated)', when: (a) => a.kind === 'register', check: checkFormats },
];

/** The explanation shown with a question: the field's meaning from the schema. */
export const explanation = (q: Question): string => fieldDoc(q.field).description;
