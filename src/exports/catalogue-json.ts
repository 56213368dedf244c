/**
 * `catalogue.json`: the whole catalogue as one JSON file. Its format is a zod schema built on the
 * one entry schema (src/catalogue/schema.ts): every entry carries all its fields exactly as the
 * schema gives them (defaults filled in), plus its page, its changelog and feed, and its
 * conformance result as the check path gave it (level, score, minimum, waiver, each document's
 * result and warnings). The published JSON Schema (catalogue-schema.ts) is generated from the same
 * zod schema, so the file and its schema cannot drift apart.
 *
 * FORMAT_VERSION follows semantic versioning: a new optional field is a minor version, anything
 * that could break a reader (a field removed or renamed, a meaning changed) a major one.
 */
import { z } from 'zod';
import { entry, organisation, topic } from '../catalogue/schema.ts';
import { POLICY_SCOPES } from '../checks/index.ts';
import type { Changelog } from '../changelog/index.ts';
import { LEVELS } from '../standards/rule.ts';
import type { SpecAssessment } from '../standards/assess.ts';
import type { EntryView, SiteModel } from '../site/build-model.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

export const CATALOGUE_FORMAT_VERSION = '2.0.0';
export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
export const OGL = { name: 'Open Government Licence v3.0', url: OGL_URL } as const;

const achievedLevel = z.enum([...LEVELS, 'none']).describe('`baseline`, `silver` or `gold`, or `none` when below baseline or not assessable.');

const documentResult = z.strictObject({
  file: z.string().describe('The document\'s path in the entry\'s folder, as `specs` names it.'),
  title: z.string().optional().describe('Its label, when the entry has several documents.'),
  reference: z.url().describe('Its API reference page.'),
  openapiYaml: z.url().describe('The document, bundled into one file, as YAML.'),
  openapiJson: z.url().describe('The same, as JSON.'),
  assessable: z.boolean().describe('Whether it could be assessed against the GDS API standards.'),
  level: achievedLevel.optional().describe('The level it reaches.'),
  score: z.number().int().min(0).max(100).optional().describe('Its score out of 100.'),
  openFindings: z
    .strictObject({
      errors: z.number().int().min(0).describe('Root causes with an error.'),
      warnings: z.number().int().min(0).describe('Root causes with warnings only.'),
      exempt: z.number().int().min(0).describe('Root causes whose findings are all exempt, with a public reason.'),
      places: z.number().int().min(0).describe('Places in the document with an open finding.'),
    })
    .optional()
    .describe('What the assessment found, counted by root cause.'),
  notAssessable: z.string().optional().describe('Why it could not be assessed.'),
});

const waiver = z
  .strictObject({
    state: z.enum(['none', 'live', 'expired']).describe('`none`, `live` (until today or later) or `expired`.'),
    reason: z.string().optional(),
    until: z.string().optional(),
    needed: z.boolean().optional().describe('Whether the entry is below the minimum level without it.'),
  })
  .describe('The entry\'s public conformance waiver, if any.');

const conformance = z
  .strictObject({
    report: z.url().describe('The conformance report page.'),
    minimumLevel: z.enum(LEVELS).describe('The level the catalogue asks every API to reach.'),
    level: achievedLevel.optional().describe('The lowest level over its documents; absent without documents.'),
    score: z.number().int().min(0).max(100).optional().describe('The lowest score over its documents.'),
    meetsMinimum: z.boolean().optional().describe('Whether every document reaches the minimum level.'),
    policy: z.enum(POLICY_SCOPES).describe('Whether the minimum was enforced: `held`, or why not (`no-documents`, `retired` …).'),
    waiver,
    documents: z.array(documentResult),
    warnings: z
      .array(z.strictObject({ rule: z.string(), message: z.string() }))
      .describe('Warnings the check gave (a waiver ending soon, one no longer needed …).'),
  })
  .describe('The verdict of the catalogue\'s check on the entry, as the build gave it.');

const changesLinks = z.strictObject({
  page: z.url().describe('The entry\'s changelog page.'),
  feed: z.url().describe('Its Atom feed of changes.'),
  lastChanged: z.string().optional().describe('When the entry last changed in the catalogue\'s history (ISO 8601).'),
});

export const catalogueEntry = entry.safeExtend({
  url: z.url().describe('The entry\'s page.'),
  guide: z.string().optional().describe('The longer guide of an entry.mdx, in Markdown.'),
  changes: changesLinks,
  conformance,
});

export const catalogueFile = z.strictObject({
  $schema: z.url().describe('This file\'s JSON Schema.'),
  formatVersion: z.literal(CATALOGUE_FORMAT_VERSION).describe('The version of this format (semantic versioning).'),
  title: z.string(),
  url: z.url().describe('The catalogue\'s home page.'),
  licence: z.strictObject({ name: z.string(), url: z.url() }).describe('The licence of this data.'),
  lastChanged: z.string().optional().describe('When the catalogue last changed (ISO 8601), from its history.'),
  counts: z.strictObject({ entries: z.number().int(), organisations: z.number().int() }),
  organisations: z.array(organisation.safeExtend({ url: z.url() })),
  topics: z.array(topic.safeExtend({ url: z.url() })),
  entries: z.array(catalogueEntry),
});

export type CatalogueFile = z.output<typeof catalogueFile>;
export type CatalogueEntry = z.output<typeof catalogueEntry>;

function documentResultOf(view: EntryView, index: number, a: SpecAssessment | undefined, site: string): z.output<typeof documentResult> {
  const spec = view.specs[index]!;
  const id = view.entry.id;
  const links = {
    file: spec.file,
    ...(spec.title ? { title: spec.title } : {}),
    reference: absoluteUrl(site, urls.reference(id, index)),
    openapiYaml: absoluteUrl(site, urls.openapiYaml(id, index)),
    openapiJson: absoluteUrl(site, urls.openapiJson(id, index)),
  };
  if (!a) return { ...links, assessable: false, notAssessable: 'not assessed' };
  if (!a.assessable) return { ...links, assessable: false, level: 'none', notAssessable: a.reason };
  return {
    ...links,
    assessable: true,
    level: a.level,
    score: a.score,
    openFindings: { errors: a.counts.error, warnings: a.counts.warn, exempt: a.counts.exempt, places: a.counts.findings },
  };
}

function conformanceOf(view: EntryView, model: SiteModel, site: string): z.output<typeof conformance> {
  const v = view.verdict;
  const assessments = model.assessments.get(view.entry.id) ?? [];
  const w = v?.waiver ?? { state: 'none' as const };
  return {
    report: absoluteUrl(site, urls.conformance(view.entry.id)),
    minimumLevel: model.minimumLevel,
    ...(v?.level !== undefined ? { level: v.level } : {}),
    ...(v?.score !== undefined ? { score: v.score } : {}),
    ...(v?.meetsMinimum !== undefined ? { meetsMinimum: v.meetsMinimum } : {}),
    policy: v?.policy ?? 'not-loaded',
    waiver: w.state === 'none' ? { state: 'none' } : { state: w.state, reason: w.reason, until: w.until, needed: w.needed },
    documents: view.specs.map((_, i) => documentResultOf(view, i, assessments[i], site)),
    warnings: (v?.problems ?? []).filter((p) => p.severity === 'warn').map((p) => ({ rule: p.rule, message: p.message })),
  };
}

/** When the entry last changed, from the changelog (undefined without history). */
export function lastChanged(changelog: Changelog, id: string): string | undefined {
  return changelog.byEntry.get(id)?.[0]?.date;
}

export function catalogueJson(model: SiteModel, site: string): CatalogueFile {
  return {
    $schema: absoluteUrl(site, urls.catalogueSchema()),
    formatVersion: CATALOGUE_FORMAT_VERSION,
    title: 'Government API catalogue',
    url: absoluteUrl(site, '/'),
    licence: { ...OGL },
    ...(model.changelog.changes[0] ? { lastChanged: model.changelog.changes[0].date } : {}),
    counts: { entries: model.counts.entries, organisations: model.counts.organisations },
    organisations: model.organisations.map((o) => ({ ...o.organisation, url: absoluteUrl(site, urls.organisation(o.organisation.slug)) })),
    topics: model.topics.map((t) => ({ ...t.topic, url: absoluteUrl(site, urls.topic(t.topic.id)) })),
    entries: model.entries.map((v) => catalogueRecord(v, model, site)),
  };
}

/** One entry's record of catalogue.json (also published on its own as entry.json). */
export function catalogueRecord(view: EntryView, model: SiteModel, site: string): CatalogueEntry {
  const last = lastChanged(model.changelog, view.entry.id);
  return {
    ...view.entry,
    url: absoluteUrl(site, urls.entry(view.entry.id)),
    ...(view.guide ? { guide: view.guide } : {}),
    changes: {
      page: absoluteUrl(site, urls.entryChanges(view.entry.id)),
      feed: absoluteUrl(site, urls.entryFeed(view.entry.id)),
      ...(last ? { lastChanged: last } : {}),
    },
    conformance: conformanceOf(view, model, site),
  };
}
