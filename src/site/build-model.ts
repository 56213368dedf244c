/**
 * The model the pages render: entries joined to their organisation, topics and relations, in the
 * order people browse them. Pure: takes a checked catalogue, returns plain values.
 */
import path from 'node:path';
import type { Catalogue } from '../catalogue/load.ts';
import type { CatalogueConfig } from '../catalogue/config.ts';
import type { EntryVerdict } from '../checks/index.ts';
import type { SpecAssessment } from '../standards/assess.ts';
import type { ReuseModel } from '../reuse/build.ts';
import { emptyChangelog, type Changelog } from '../changelog/index.ts';
import { ACCESS_LEVELS, KINDS, STATUSES, type AccessLevel, type Entry, type Kind, type Organisation, type Status, type Topic } from '../catalogue/schema.ts';
import { reviewState, type ReviewState } from '../freshness/review.ts';
import { entryLinks } from '../links/index.ts';
import type { LinkReport, LinkResult } from '../links/report-file.ts';

export interface SpecFile {
  /** Index in the entry's `specs` list (used in URLs). */
  index: number;
  /** Path relative to the entry folder, as written in entry.yaml. */
  file: string;
  /** Absolute path on disk (build time only). */
  absolutePath: string;
  /** The entry folder: the only place the spec may read from. */
  root: string;
  title?: string;
}

export interface EntryView {
  entry: Entry;
  organisation: Organisation;
  /** Metadata file, relative to the repository root. */
  file: string;
  guide?: string;
  topics: Topic[];
  specs: SpecFile[];
  successor?: Entry;
  /** Entries that name this one as their successor. */
  predecessors: Entry[];
  /** Components that list this entry in `provides`. */
  providedBy: Entry[];
  /** APIs this component provides. */
  provides: Entry[];
  /** Catalogue entries that consume this one (its `usedBy`). */
  usedBy: Entry[];
  /** Entries whose `usedBy` names this one: what this entry uses. */
  uses: Entry[];
  related: Entry[];
  /** True when a review is due: `review.overdue`. */
  reviewDue: boolean;
  /** When its owners last reviewed it and when a review is due. */
  review: ReviewState;
  /** Its links that the last link check found broken, unverified or moved (from catalogue/link-report.json). */
  linkProblems: LinkResult[];
  /** The check's verdict: level, score, whether it meets the minimum, waiver state, warnings. */
  verdict?: EntryVerdict;
  /** Ids of the data items its OpenAPI documents carry (src/reuse/data-items.ts), from the reuse model. */
  dataItems: string[];
}

export interface OrganisationView {
  organisation: Organisation;
  /** Its entries in default listings: all but the retired ones. */
  entries: EntryView[];
  /** Its retired entries, left out of default listings (findable by search and the Retired list). */
  retired: EntryView[];
  countsByStatus: Record<Status, number>;
  countsByKind: Record<Kind, number>;
}

export interface TopicView {
  topic: Topic;
  /** Its entries in default listings: all but the retired ones. */
  entries: EntryView[];
  retired: EntryView[];
}

export interface SiteModel {
  /** GDS standards results per entry id, one per spec in the entry's `specs` order. */
  assessments: ReadonlyMap<string, SpecAssessment[]>;
  minimumLevel: 'baseline' | 'silver' | 'gold';
  /** The catalogue's Git repository, from catalogue/config.yaml. */
  repository: CatalogueConfig['repository'];
  /** Data items, similar entries, consumers and the reuse report (set by the build's pipeline). */
  reuse?: ReuseModel;
  /** Every entry, retired ones included (search, the Retired list, the roadmap). */
  entries: EntryView[];
  /** The entries default listings show: every entry but the retired ones. */
  listed: EntryView[];
  organisations: OrganisationView[];
  topics: TopicView[];
  /** The day the model is for, YYYY-MM-DD (freshness and the roadmap are relative to it). */
  today: string;
  reviewAfterDays: number;
  /** The last link check, when one was committed. */
  links?: LinkReport;
  /** What changed in each entry, from the catalogue's Git history. */
  changelog: Changelog;
  counts: {
    entries: number;
    organisations: number;
    byKind: Record<Kind, number>;
    byStatus: Record<Status, number>;
    byAccess: Record<AccessLevel, number>;
  };
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Default listings (A to Z, organisations, topics, browse pages but Retired) leave retired entries out. */
export const isListed = (v: { entry: Pick<Entry, 'status'> }): boolean => v.entry.status !== 'retired';

function reviewOf(e: Entry, days: number, today: string): { review: ReviewState; reviewDue: boolean } {
  const review = reviewState(e, days, today);
  return { review, reviewDue: review.overdue };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

export function buildSiteModel(
  catalogue: Catalogue,
  assessments: ReadonlyMap<string, SpecAssessment[]> = new Map(),
  today: Date = new Date(),
  verdicts: readonly EntryVerdict[] = [],
  linkReport?: LinkReport,
  changelog: Changelog = emptyChangelog('the history was not read'),
  reuse?: ReuseModel,
): SiteModel {
  const itemsOf = new Map(reuse?.index.entries.map((e) => [e.id, e.dataItems.map((d) => d.id)]) ?? []);
  const todayIso = today.toISOString().slice(0, 10);
  const linkByUrl = new Map((linkReport?.links ?? []).map((l) => [l.url, l]));
  const verdictById = new Map(verdicts.map((v) => [v.id, v]));
  const entries = catalogue.entries.map((l) => l.entry);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const orgBySlug = new Map(catalogue.organisations.map((o) => [o.organisation.slug, o.organisation]));
  const topicById = new Map(catalogue.topics.map((t) => [t.id, t]));
  const pick = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);

  const views: EntryView[] = catalogue.entries.map((loaded) => {
    const e = loaded.entry;
    const organisation = orgBySlug.get(e.organisation);
    if (!organisation) throw new Error(`internal: organisation ${e.organisation} was not checked`);
    const successor = e.successor ? byId.get(e.successor) : undefined;
    return {
      entry: e,
      organisation,
      file: loaded.file,
      dataItems: itemsOf.get(e.id) ?? [],
      ...(loaded.guide ? { guide: loaded.guide } : {}),
      topics: e.topics.map((t) => topicById.get(t)).filter((t): t is Topic => t !== undefined),
      specs: e.specs.map((s, index) => ({
        index,
        file: s.file,
        absolutePath: path.resolve(loaded.dir, s.file),
        root: loaded.dir,
        ...(s.title ? { title: s.title } : {}),
      })),
      ...(successor ? { successor } : {}),
      predecessors: entries.filter((other) => other.successor === e.id).sort(byName),
      providedBy: entries.filter((other) => other.provides.includes(e.id)).sort(byName),
      provides: pick(e.provides),
      usedBy: pick(e.usedBy),
      uses: entries.filter((other) => other.usedBy.includes(e.id)).sort(byName),
      related: pick(e.related),
      ...reviewOf(e, catalogue.config.reviewAfterDays, todayIso),
      linkProblems: [...new Set(entryLinks(e).map((l) => l.url))].flatMap((url) => {
        const found = linkByUrl.get(url);
        return found && found.state !== 'ok' ? [found] : [];
      }),
      ...(verdictById.has(e.id) ? { verdict: verdictById.get(e.id) } : {}),
    };
  });
  views.sort((a, b) => byName(a.entry, b.entry));

  const organisations: OrganisationView[] = catalogue.organisations
    .map((o) => {
      const all = views.filter((v) => v.entry.organisation === o.organisation.slug);
      const own = all.filter(isListed);
      const countsByStatus = zeroCounts(STATUSES);
      const countsByKind = zeroCounts(KINDS);
      for (const v of all) {
        countsByStatus[v.entry.status] += 1;
        countsByKind[v.entry.kind] += 1;
      }
      return { organisation: o.organisation, entries: own, retired: all.filter((v) => !isListed(v)), countsByStatus, countsByKind };
    })
    .sort((a, b) => byName(a.organisation, b.organisation));

  const topics: TopicView[] = catalogue.topics
    .map((topic) => {
      const all = views.filter((v) => v.entry.topics.includes(topic.id));
      return { topic, entries: all.filter(isListed), retired: all.filter((v) => !isListed(v)) };
    })
    .sort((a, b) => byName(a.topic, b.topic));

  const byKind = zeroCounts(KINDS);
  const byStatus = zeroCounts(STATUSES);
  const byAccess = zeroCounts(ACCESS_LEVELS);
  for (const v of views) {
    byKind[v.entry.kind] += 1;
    byStatus[v.entry.status] += 1;
    if (v.entry.access) byAccess[v.entry.access.level] += 1;
  }

  return {
    assessments,
    minimumLevel: catalogue.config.conformance.minimumLevel,
    repository: catalogue.config.repository,
    ...(reuse ? { reuse } : {}),
    entries: views,
    listed: views.filter(isListed),
    organisations,
    topics,
    today: todayIso,
    reviewAfterDays: catalogue.config.reviewAfterDays,
    ...(linkReport ? { links: linkReport } : {}),
    changelog,
    counts: {
      entries: views.length,
      organisations: organisations.filter((o) => o.entries.length + o.retired.length > 0).length,
      byKind,
      byStatus,
      byAccess,
    },
  };
}
