/**
 * The single source of truth for the catalogue's fields. Every other module uses the types exported
 * here. Each field carries its meaning as zod metadata (`description`, and `dataService`: the
 * property of the CDDO Metadata Exchange Model `DataService` class it maps to, see
 * src/exports/dataservice.ts), so that the contributor guide, the scaffolder's questions and the
 * exports are generated from this file and never drift from it (see field-reference.ts).
 *
 * Every text field has a length limit and refuses control, bidirectional and invisible characters
 * (src/catalogue/text-rules.ts, which explains the limits); URLs must be https without credentials;
 * every list has a most number of items. The field reference shows the limits.
 */
import { z } from 'zod';
import { LIST_LIMITS, line, prose, text, TEXT_LIMITS, webAddress } from './text-rules.ts';

declare module 'zod' {
  interface GlobalMeta {
    /** The DataService property this field maps to, for the field reference. */
    dataService?: string;
    /** How a text field is written, in words for the field reference: "text on one line", "Markdown" … */
    text?: string;
  }
}

/** Lowercase words joined by hyphens: the shape of every id and slug in the catalogue. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_RULE = 'must be lowercase letters, digits and single hyphens, such as "vehicle-enquiry-api"';

const id = line(TEXT_LIMITS.id).regex(ID_PATTERN, ID_RULE);

/** An https URL of at most 2,048 characters, without a user name or password. */
export const httpsUrl = webAddress();

/** A list of at most `max` items. */
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, `must list at most ${max} items`);

/** A calendar date written as YYYY-MM-DD. YAML dates are accepted and normalised to that string. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string('must be a date written as YYYY-MM-DD')
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    }, 'is not a real calendar date'),
);

/** Markdown text. It is sanitised when rendered; raw HTML is never trusted. */
const markdown = (max: number) => prose(max);

export const KINDS = ['api', 'component', 'register'] as const;
export const kind = z.enum(KINDS).meta({
  description: '`api`: an API with at least one OpenAPI document. `component`: a reusable platform or service (such as GOV.UK Notify), which may provide APIs. `register`: authoritative reference data.',
});

export const STATUSES = ['discovery', 'alpha', 'beta', 'live', 'deprecated', 'retired'] as const;
export const status = z.enum(STATUSES).meta({
  description: 'Where it is in its life: the GOV.UK service phase (discovery, alpha, beta, live), then deprecated (still running, to be switched off) or retired (switched off).',
  dataService: 'serviceStatus (retired → WITHDRAWN)',
});

export const ACCESS_LEVELS = ['open', 'registration', 'government-only', 'restricted'] as const;
export const accessLevel = z.enum(ACCESS_LEVELS).meta({
  description: 'Who may use it: `open` (anyone, no sign-up), `registration` (anyone who registers for a key or account), `government-only` (public sector bodies), `restricted` (named organisations under an agreement).',
  dataService: 'accessRights (open, registration → OPEN; others → INTERNAL)',
});

export const ENVIRONMENTS = ['production', 'sandbox', 'test', 'integration'] as const;

export const AREAS = ['United Kingdom', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'England and Wales'] as const;

export const endpoint = z.strictObject({
  environment: z.enum(ENVIRONMENTS).describe('Which environment this base URL serves: production for the live service; sandbox, test or integration for trying it out.'),
  url: httpsUrl.meta({ description: 'The base URL of the API in that environment; https only. No two entries may share a production URL.', dataService: 'endpointURL (production)' }),
  description: text(TEXT_LIMITS.note).optional().describe('What is different about this environment, such as test data or rate limits.'),
});

export const access = z.strictObject({
  level: accessLevel,
  howToGetAccess: markdown(TEXT_LIMITS.howToGetAccess).describe('The steps a developer takes to start using it, in Markdown.'),
  url: httpsUrl.optional().describe('Where to sign up or apply, when there is such a page.'),
});

export const contact = z
  .strictObject({
    name: line(TEXT_LIMITS.name).min(1).meta({ description: 'The name of the team that runs it, never a person\'s name.', dataService: 'contactPoint.contactName' }),
    email: z.email('must be an email address, such as "api-team@example.gov.uk"').max(TEXT_LIMITS.email, `must be at most ${TEXT_LIMITS.email} characters`).optional().meta({ description: 'A team mailbox.', dataService: 'contactPoint.email' }),
    url: httpsUrl.optional().describe('A support page or form, when there is no public mailbox.'),
  })
  .refine((c) => c.email !== undefined || c.url !== undefined, {
    message: 'needs an email or a url so that users can reach the team',
  });

export const licence = z.strictObject({
  name: line(TEXT_LIMITS.name).min(1).meta({ description: 'The licence\'s name, such as "Open Government Licence v3.0".', dataService: 'licence' }),
  spdx: line(TEXT_LIMITS.spdx).optional().describe('Its SPDX identifier where one exists, such as OGL-UK-3.0 or MIT.'),
  url: httpsUrl.optional().describe('Where the licence text is.'),
});

/** The next phase of an entry that is not live yet, and when its team expects it. */
export const expectedChange = z.strictObject({
  status: status.describe('The phase it is expected to reach next, such as beta or live.'),
  date: isoDate.describe('When its team expects it, as a date (YYYY-MM-DD); a month is written as its last day.'),
});

export const dates = z.strictObject({
  added: isoDate.meta({ description: 'When the entry was added to this catalogue.', dataService: 'created' }),
  lastReviewed: isoDate.optional().meta({ description: 'When its owners last checked that the entry is true. Entries are shown as due for review a year later. Required, except on an imported entry its owners have not reviewed yet (see `provenance`).', dataService: 'modified' }),
  released: isoDate.optional().meta({ description: 'When the service first went public, where known.', dataService: 'issued' }),
  deprecated: isoDate.optional().describe('When it was announced as deprecated. Required when status is deprecated.'),
  retired: isoDate.optional().describe('When it was, or will be, switched off. Required when status is retired; on a deprecated entry, a date still to come is its sunset date, shown on the roadmap.'),
  expected: expectedChange.optional().describe('For an entry in discovery, alpha or beta: the next phase and when it is expected, shown on the roadmap.'),
});

/** Where an OpenAPI document is maintained outside this repository: a file in a GitHub repository, or an https URL. */
export const upstream = z.union([
  z.strictObject({
    repository: line(TEXT_LIMITS.name).regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, 'must be "owner/name", such as "alphagov/notifications-api"').describe('The GitHub repository, as owner/name.'),
    path: line(TEXT_LIMITS.url)
      .min(1)
      .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), 'must be a path inside the repository, without a leading "/" or "..", such as "docs/openapi.yaml"')
      .describe('The document\'s path in the repository.'),
    ref: line(TEXT_LIMITS.name).regex(/^[A-Za-z0-9._/-]+$/, 'must be a branch, tag or commit, such as "main"').optional().describe('The branch, tag or commit to read; the repository\'s default branch when left out.'),
  }),
  z.strictObject({
    url: httpsUrl.describe('An https address that serves the document.'),
  }),
], { error: 'must be either `repository` and `path` (with an optional `ref`), or `url`' });

export const specRef = z.strictObject({
  file: line(TEXT_LIMITS.file)
    .min(1)
    .refine((f) => !f.startsWith('/') && !f.split(/[\\/]/).includes('..'), 'must be a path inside the entry folder, without "..", such as "openapi.yaml"')
    .describe('Path of the OpenAPI document (3.0, 3.1 or Swagger 2.0), relative to the entry\'s folder.'),
  title: line(TEXT_LIMITS.title).optional().describe('A label when an entry has several documents, such as "Version 2" or "Sandbox".'),
  upstream: upstream.optional().describe('Where the document is maintained, so that `npm run sync` can fetch its new versions: a GitHub repository, path and ref, or an https URL. The build uses the committed copy.'),
});

export const externalUser = z.strictObject({
  name: line(TEXT_LIMITS.name).min(1).describe('The name of the service that uses this entry.'),
  url: httpsUrl.optional().describe('Its public page.'),
});

export const register = z.strictObject({
  formats: list(line(TEXT_LIMITS.format).min(1), LIST_LIMITS.few).min(1).describe('The download formats offered, such as CSV or JSON.'),
  downloadUrl: httpsUrl.optional().describe('Where the full data can be downloaded.'),
  custodian: line(TEXT_LIMITS.name).optional().describe('The team that is the authority for the data.'),
});

/** A government plan that listed this entry as something to build, as the plan names it. */
export const plannedIn = z.strictObject({
  plan: line(TEXT_LIMITS.name).min(2).describe('The plan, such as "Government Transformation Strategy (2017)".'),
  url: httpsUrl.describe('Where the plan is published.'),
  listedAs: line(TEXT_LIMITS.name).min(2).describe('What the plan calls it, such as "Countries recognised by the UK".'),
});

/** A field an import could not fill from its source, and why. */
export const importGap = z.strictObject({
  field: line(TEXT_LIMITS.title).min(1).describe('The field, such as `access` or `documentationUrl`.'),
  reason: text(TEXT_LIMITS.note).min(1).describe('Why it could not be filled, quoting what the source says.'),
});

export const provenance = z.strictObject({
  source: line(TEXT_LIMITS.name).min(1).describe('The catalogue the entry was imported from, such as "api.gov.uk".'),
  sourceUrl: httpsUrl.describe('Where that catalogue publishes its data.'),
  file: line(TEXT_LIMITS.file).min(1).describe('The file of the source the entry came from, such as "catalogue.csv".'),
  row: z.number().int().min(2).max(1_000_000).describe('The row of that file, counted as a spreadsheet does (row 1 holds the column names).'),
  imported: isoDate.describe('The day it was imported.'),
  sourceUpdated: isoDate.optional().describe('When the source last changed its record, where it says.'),
  licence: line(TEXT_LIMITS.name).min(1).describe('The licence of the text taken from the source, such as "Crown copyright, Open Government Licence v3.0".'),
  gaps: list(importGap, LIST_LIMITS.few).default([]).describe('What the import could not fill in from the source, shown on the entry\'s page until its owners review the entry.'),
});

const conformanceWaiver = z.strictObject({
  reason: text(TEXT_LIMITS.reason).min(20, 'must explain the reason in at least 20 characters').describe('Why the API cannot meet the minimum yet, in words a reader outside your team understands. It is shown on the entry\'s page.'),
  until: isoDate.describe('The last day the waiver applies. After it, the entry must meet the minimum level or carry a renewed waiver.'),
});

export const entry = z
  .strictObject({
    id: id.meta({ description: 'Stable id: lowercase words joined by hyphens, equal to the folder name. It is the entry\'s address for good, so never derive it from a name that may change.', dataService: 'identifier' }),
    name: line(TEXT_LIMITS.name).trim().min(2, 'must be at least 2 characters').meta({ description: 'The name people know it by.', dataService: 'title' }),
    alternativeNames: list(line(TEXT_LIMITS.name).min(1), LIST_LIMITS.few).default([]).meta({ description: 'Other names people search for: acronyms, former names.', dataService: 'alternativeTitle' }),
    summary: line(TEXT_LIMITS.summary, `must be at most ${TEXT_LIMITS.summary} characters: keep the detail for "description"`).trim().min(10, 'must be at least 10 characters: one sentence saying what it does').meta({ description: 'One sentence of at most 160 characters saying what it does.', dataService: 'summary' }),
    description: markdown(TEXT_LIMITS.description).meta({ description: 'What it does, who it is for and when to use it, in Markdown.', dataService: 'description' }),
    kind,
    organisation: id.meta({ description: 'The slug of the organisation that runs it: the name of its file in catalogue/organisations/.', dataService: 'publisher' }),
    status,
    dates: dates.describe('Dates in its life and in the catalogue, each written as YYYY-MM-DD.'),
    successor: id.optional().describe('The id of the entry that replaces this one, when it is deprecated or retired.'),
    documentationUrl: httpsUrl.optional().meta({ description: 'The documentation developers read. Required, except on an imported entry its owners have not reviewed yet.', dataService: 'endpointDescription' }),
    endpoints: list(endpoint, LIST_LIMITS.few).default([]).describe('Its base URLs, one per environment.'),
    access: access.optional().describe('Who may use it and how to get access. Required, except on an imported entry its owners have not reviewed yet.'),
    contact: contact.optional().describe('How users reach the team that runs it: a name and an email or a url. Required, except on an imported entry its owners have not reviewed yet.'),
    licence: licence.optional().describe('The licence the API and its data are offered under.'),
    areaServed: list(z.enum(AREAS), AREAS.length).min(1).default(['United Kingdom']).meta({ description: 'Where it serves.', dataService: 'spatial' }),
    topics: list(id, LIST_LIMITS.few).default([]).meta({ description: 'Topic ids from catalogue/topics.yaml, used to browse the catalogue.', dataService: 'theme' }),
    keywords: list(line(TEXT_LIMITS.keyword).min(1), LIST_LIMITS.keywords).default([]).meta({ description: 'Free keywords for search.', dataService: 'keyword' }),
    version: line(TEXT_LIMITS.version).optional().meta({ description: 'Version of the API or service, where it has one.', dataService: 'version' }),
    serviceType: z.enum(['REST', 'SOAP', 'EVENT', 'GRAPHQL', 'FILE']).optional().meta({ description: 'Its architectural style.', dataService: 'serviceType' }),
    specs: list(specRef, LIST_LIMITS.few).default([]).describe('The OpenAPI documents this entry publishes. Each is checked against the GDS API standards. An API without one is listed as having no OpenAPI document: the GDS standards ask for one.'),
    provides: list(id, LIST_LIMITS.many).default([]).describe('For a component: the ids of the catalogue APIs it offers.'),
    usedBy: list(id, LIST_LIMITS.many).default([]).describe('Ids of catalogue entries that use this one.'),
    usedByServices: list(externalUser, LIST_LIMITS.many).default([]).describe('Services outside the catalogue that use it.'),
    related: list(id, LIST_LIMITS.many).default([]).describe('Ids of related entries worth a look.'),
    register: register.optional().describe('For a register: its data\'s formats and download.'),
    conformanceWaiver: conformanceWaiver.optional().describe('A public waiver for an entry whose OpenAPI documents do not reach the catalogue\'s minimum level yet: the reason and the last day it applies.'),
    plannedIn: plannedIn.optional().describe('For an entry a government plan listed as something to build: the plan and what it calls it. The roadmap lists these with their status.'),
    provenance: provenance.optional().describe('For an entry imported from another catalogue: where it came from (source, file, row, day) and what the import could not fill in. Written by the import; an imported entry awaits its owners\' review until it has `dates.lastReviewed`.'),
  })
  .superRefine((e, ctx) => {
    if (!awaitingOwnerReview(e)) {
      for (const field of OWNER_FIELDS) {
        if (e[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `is required${e.provenance ? ' once its owners have reviewed the entry (it has dates.lastReviewed)' : ''}` });
      }
      if (e.dates.lastReviewed === undefined) {
        ctx.addIssue({ code: 'custom', path: ['dates', 'lastReviewed'], message: 'is required: the day its owners last checked that the entry is true (YYYY-MM-DD)' });
      }
    }
    if (e.dates.expected) {
      if (!['discovery', 'alpha', 'beta'].includes(e.status)) {
        ctx.addIssue({ code: 'custom', path: ['dates', 'expected'], message: `is only for entries in discovery, alpha or beta, and status is "${e.status}"`, params: { hint: 'remove it; a deprecated entry shows its sunset date through dates.retired' } });
      } else if (STATUSES.indexOf(e.dates.expected.status) <= STATUSES.indexOf(e.status)) {
        ctx.addIssue({ code: 'custom', path: ['dates', 'expected', 'status'], message: `"${e.dates.expected.status}" is not a phase after "${e.status}"` });
      }
    }
    if (e.kind === 'register' && !e.register) {
      ctx.addIssue({ code: 'custom', path: ['register'], message: 'is required for kind "register": list its download formats' });
    }
    if (e.status === 'retired' && !e.dates.retired) {
      ctx.addIssue({ code: 'custom', path: ['dates', 'retired'], message: 'is required when status is "retired": add the date it was switched off (YYYY-MM-DD)' });
    }
    if (e.status === 'deprecated' && !e.dates.deprecated) {
      ctx.addIssue({ code: 'custom', path: ['dates', 'deprecated'], message: 'is required when status is "deprecated": add the date it was deprecated (YYYY-MM-DD)' });
    }
    if (e.successor === e.id) {
      ctx.addIssue({ code: 'custom', path: ['successor'], message: 'cannot be the entry itself' });
    }
    if (e.kind !== 'component' && e.provides.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['provides'], message: 'is only for kind "component": an API or register does not provide other entries' });
    }
    if (e.conformanceWaiver && e.specs.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['conformanceWaiver'], message: 'is only for entries with OpenAPI documents (`specs`): there is nothing to waive' });
    }
  });

/** Fields every entry has once its owners have reviewed it; an imported entry may lack them until then. */
export const OWNER_FIELDS = ['documentationUrl', 'access', 'contact'] as const;

/** An imported entry that its owners have not reviewed yet: it has provenance and no `dates.lastReviewed`. */
export function awaitingOwnerReview(e: { provenance?: unknown; dates: { lastReviewed?: string | undefined } }): boolean {
  return e.provenance !== undefined && e.dates.lastReviewed === undefined;
}

/** A GitHub team, as CODEOWNERS names it: "@org/team". */
export const githubTeam = line(TEXT_LIMITS.name).regex(/^@[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, 'must look like "@org/team"');

export const organisation = z.strictObject({
  slug: id.meta({ description: 'The GOV.UK organisation slug: the last part of its www.gov.uk/government/organisations/ address, equal to the file name.', dataService: 'publisher' }),
  name: line(TEXT_LIMITS.name).min(2).describe('Full name, such as "HM Revenue and Customs".'),
  abbreviation: line(TEXT_LIMITS.shortName).min(1).optional().describe('Abbreviation, such as "HMRC".'),
  website: httpsUrl.optional().describe('Public website, where known.'),
  githubTeam: githubTeam.optional().describe('The GitHub team that reviews pull requests for this organisation\'s entries, such as "@alphagov/notify". Until an organisation names one, the catalogue\'s maintainers review its entries.'),
  onGovUk: z.boolean().default(true).describe('False for bodies that are not on GOV.UK (councils, devolved bodies); the slug is then not checked against GOV.UK\'s list.'),
  metadataUrl: httpsUrl.optional().describe('Where the organisation publishes metadata about its APIs in the 2022 federated format (`api.gov.uk/v1alpha`): `npm run sync` reads it and updates the matching entries.'),
});

export const topic = z.strictObject({
  id,
  name: line(TEXT_LIMITS.name).min(2),
  description: text(TEXT_LIMITS.note).min(10),
});
export const topicsFile = z.strictObject({ topics: list(topic, LIST_LIMITS.many).min(1) });

export type Entry = z.output<typeof entry>;
export type EntryInput = z.input<typeof entry>;
export type Organisation = z.output<typeof organisation>;
export type Topic = z.output<typeof topic>;
export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
