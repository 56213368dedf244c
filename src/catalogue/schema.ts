/**
 * The single source of truth for the catalogue's fields. Every other module uses the types exported
 * here. Each field says which property of the CDDO Metadata Exchange Model `DataService` class it maps
 * to (see src/exports/dataservice.ts), so that exports stay 1:1.
 */
import { z } from 'zod';

/** Lowercase words joined by hyphens: the shape of every id and slug in the catalogue. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z
  .string()
  .regex(ID_PATTERN, 'must be lowercase letters, digits and single hyphens, such as "vehicle-enquiry-api"');

const httpsUrl = z
  .string()
  .url('must be a full URL, such as "https://www.gov.uk/…"')
  .refine((u) => u.startsWith('https://'), 'must start with https:// (plain http is not accepted)');

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
const markdown = z.string().trim().min(1, 'must not be empty');

export const KINDS = ['api', 'component', 'register'] as const;
/** `api`: has an OpenAPI document. `component`: a reusable platform or service, which may provide APIs. `register`: authoritative reference data. */
export const kind = z.enum(KINDS);

export const STATUSES = ['discovery', 'alpha', 'beta', 'live', 'deprecated', 'retired'] as const;
/** Lifecycle status; maps to DataService `serviceStatus` (retired → WITHDRAWN). */
export const status = z.enum(STATUSES);

export const ACCESS_LEVELS = ['open', 'registration', 'government-only', 'restricted'] as const;
/** Who may use it; maps to DataService `accessRights` (open, registration → OPEN; others → INTERNAL). */
export const accessLevel = z.enum(ACCESS_LEVELS);

export const ENVIRONMENTS = ['production', 'sandbox', 'test', 'integration'] as const;

export const AREAS = ['United Kingdom', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'England and Wales'] as const;

export const endpoint = z.strictObject({
  /** Which environment this base URL serves. Production first; sandbox and test for trying it out. */
  environment: z.enum(ENVIRONMENTS),
  /** Base URL; https only. Maps to DataService `endpointURL` (production). */
  url: httpsUrl,
  /** What is different about this environment (test data, rate limits …). */
  description: z.string().optional(),
});

export const access = z.strictObject({
  /** Who may use it. */
  level: accessLevel,
  /** How to get access: the steps a developer takes (Markdown). */
  howToGetAccess: markdown,
  /** Where to sign up or apply, when there is such a page. */
  url: httpsUrl.optional(),
});

export const contact = z
  .strictObject({
    /** The team's name, never a person's. Maps to DataService `contactPoint.contactName`. */
    name: z.string().min(1),
    /** A team mailbox. Maps to DataService `contactPoint.email`. */
    email: z.email('must be an email address, such as "api-team@example.gov.uk"').optional(),
    /** A support page or form, when there is no public mailbox. */
    url: httpsUrl.optional(),
  })
  .refine((c) => c.email !== undefined || c.url !== undefined, {
    message: 'needs an email or a url so that users can reach the team',
  });

export const licence = z
  .strictObject({
    /** Human name, e.g. "Open Government Licence v3.0". Maps to DataService `licence`. */
    name: z.string().min(1),
    /** SPDX identifier where one exists (OGL-UK-3.0, MIT …). */
    spdx: z.string().optional(),
    /** Licence text. */
    url: httpsUrl.optional(),
  });

export const dates = z
  .strictObject({
    /** When the entry was added to this catalogue. Maps to DataService `created`. */
    added: isoDate,
    /** When its owners last checked the entry is true. Maps to DataService `modified`. */
    lastReviewed: isoDate,
    /** When the service first went public, where known. Maps to DataService `issued`. */
    released: isoDate.optional(),
    /** When it was announced as deprecated. */
    deprecated: isoDate.optional(),
    /** When it was, or will be, switched off (its sunset). */
    retired: isoDate.optional(),
  });

export const specRef = z.strictObject({
  /** Path of the OpenAPI document, relative to the entry's folder. */
  file: z
    .string()
    .min(1)
    .refine((f) => !f.startsWith('/') && !f.split(/[\\/]/).includes('..'), 'must be a path inside the entry folder, without "..", such as "openapi.yaml"'),
  /** A label when an entry has several documents (e.g. "v2", "Sandbox"). */
  title: z.string().optional(),
});

/** A service that uses this entry without being in the catalogue itself, e.g. a GOV.UK service. */
export const externalUser = z.strictObject({
  /** The consuming service's name. */
  name: z.string().min(1),
  /** Its public page. */
  url: httpsUrl.optional(),
});

export const register = z.strictObject({
  /** Download formats offered (CSV, JSON …). */
  formats: z.array(z.string().min(1)).min(1),
  /** Where the full data can be downloaded. */
  downloadUrl: httpsUrl.optional(),
  /** Who is authoritative for the data (the custodian team). */
  custodian: z.string().optional(),
});

export const entry = z
  .strictObject({
    /** Stable id; equals the folder name; never derived from the display name. Maps to DataService `identifier`. */
    id,
    /** Display name. Maps to DataService `title`. */
    name: z.string().trim().min(2),
    /** Other names people search for (acronyms, former names). Maps to DataService `alternativeTitle`. */
    alternativeNames: z.array(z.string().min(1)).default([]),
    /** One sentence of at most 160 characters. Maps to DataService `summary`. */
    summary: z.string().trim().min(10).max(160, 'must be at most 160 characters: keep the detail for "description"'),
    /** What it does, who it is for, when to use it (Markdown). Maps to DataService `description`. */
    description: markdown,
    kind,
    /** The owning organisation's slug (a file in catalogue/organisations/). Maps to DataService `publisher`. */
    organisation: id,
    status,
    dates,
    /** The entry that replaces this one, when deprecated or retired. */
    successor: id.optional(),
    /** Human documentation. Maps to DataService `endpointDescription`. */
    documentationUrl: httpsUrl,
    /** Base URLs by environment. */
    endpoints: z.array(endpoint).default([]),
    access,
    contact,
    licence: licence.optional(),
    /** Where it serves. Maps to DataService `spatial`-like coverage. */
    areaServed: z.array(z.enum(AREAS)).min(1).default(['United Kingdom']),
    /** Topic ids from catalogue/topics.yaml. Maps to DataService `theme`. */
    topics: z.array(id).default([]),
    /** Free keywords for search. Maps to DataService `keyword`. */
    keywords: z.array(z.string().min(1)).default([]),
    /** Version of the API or service, where it has one. Maps to DataService `version`. */
    version: z.string().optional(),
    /** Architectural style. Maps to DataService `serviceType`. */
    serviceType: z.enum(['REST', 'SOAP', 'EVENT', 'GRAPHQL', 'FILE']).optional(),
    /** The OpenAPI documents this entry publishes. Required for kind `api`. */
    specs: z.array(specRef).default([]),
    /** For components: ids of the catalogue APIs it offers. */
    provides: z.array(id).default([]),
    /** Ids of catalogue entries that consume this one. */
    usedBy: z.array(id).default([]),
    /** Services outside the catalogue that consume it. */
    usedByServices: z.array(externalUser).default([]),
    /** Ids of related entries worth a look. */
    related: z.array(id).default([]),
    /** For registers: the data's formats and download. */
    register: register.optional(),
    /** Why this entry does not meet the catalogue's minimum conformance level yet, shown publicly. */
    conformanceWaiver: z
      .strictObject({
        reason: z.string().min(20, 'must explain the reason in at least 20 characters'),
        until: isoDate,
      })
      .optional(),
  })
  .superRefine((e, ctx) => {
    if (e.kind === 'api' && e.specs.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['specs'], message: 'is required for kind "api": name at least one OpenAPI document, such as `- file: openapi.yaml`' });
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
  });

/** A GitHub team, as CODEOWNERS names it: "@org/team". */
export const githubTeam = z.string().regex(/^@[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, 'must look like "@org/team"');

export const organisation = z.strictObject({
  /** The GOV.UK organisation slug; equals the file name. Maps to DataService `publisher`. */
  slug: id,
  /** Full name, e.g. "HM Revenue and Customs". */
  name: z.string().min(2),
  /** Abbreviation, e.g. "HMRC". */
  abbreviation: z.string().min(1).optional(),
  /** Public website. */
  website: httpsUrl,
  /** The GitHub team that reviews pull requests for this organisation's entries, e.g. "@alphagov/notify". */
  githubTeam,
  /** Set to false for bodies that are not on GOV.UK (councils, devolved bodies); the slug is then not checked against GOV.UK's list. */
  onGovUk: z.boolean().default(true),
});

export const topic = z.strictObject({
  id,
  name: z.string().min(2),
  description: z.string().min(10),
});
export const topicsFile = z.strictObject({ topics: z.array(topic).min(1) });

export type Entry = z.output<typeof entry>;
export type EntryInput = z.input<typeof entry>;
export type Organisation = z.output<typeof organisation>;
export type Topic = z.output<typeof topic>;
export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
