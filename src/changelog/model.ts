/**
 * What the changelog says: for every entry, what changed in each commit of the catalogue's history
 * that touched it: the entry added or removed, lifecycle changes (status, deprecation and retirement
 * dates, successor), its OpenAPI documents added, removed or changed (with the spec diff's changes,
 * breaking ones first), and other fields edited. Plain values: pages, feeds and exports read them.
 */
import type { ChangeGroup, ChangeKind } from '../openapi/diff/index.ts';

/** The lifecycle fields whose changes the changelog names one by one. */
export const LIFECYCLE_FIELDS = ['status', 'dates.deprecated', 'dates.retired', 'successor'] as const;
export type LifecycleField = (typeof LIFECYCLE_FIELDS)[number];

export interface LifecycleChange {
  field: LifecycleField;
  /** The value before and after; undefined when the field was absent. */
  before?: string;
  after?: string;
}

/** One change the spec diff found between two versions of a document. */
export interface DocumentChangeFact {
  kind: ChangeKind;
  group: ChangeGroup;
  breaking: boolean;
  /** Where in the API, in words: `DELETE /permits/{id}`, "Schema `Permit`". */
  where: string;
  /** What changed and what it means for clients, in Markdown with code spans. */
  message: string;
}

export interface DocumentChange {
  /** The document's path inside the entry folder, as `specs` names it. */
  file: string;
  /** Its `specs[].title`, when it has one. */
  title?: string;
  change: 'added' | 'removed' | 'changed';
  /** `info.version` before and after, when the document says. */
  versionBefore?: string;
  versionAfter?: string;
  /** The spec diff's changes, breaking first (empty for added and removed documents). */
  changes: DocumentChangeFact[];
  /** How many of `changes` break clients (a removed document counts as one). */
  breaking: number;
  /** Set when the two versions could not be compared, or the diff stopped early: why. */
  incomplete?: string;
}

export type EntryChangeKind = 'added' | 'removed' | 'changed';

/** Everything one commit changed in one entry. */
export interface EntryChange {
  /** The entry's id (its folder name). */
  entry: string;
  /** The entry's name and organisation after the commit (before it, for a removal). */
  name: string;
  organisation: string;
  kind: EntryChangeKind;
  /** The commit (on the first-parent line: a merged pull request is its merge commit). */
  commit: string;
  /** When it was committed (merged), ISO 8601 with its offset. */
  date: string;
  /** Status after the commit (before it, for a removal). */
  status?: string;
  lifecycle: LifecycleChange[];
  documents: DocumentChange[];
  /** Other top-level fields changed, by name (`description`, `access` …), sorted. */
  fields: string[];
  /** How many breaking changes its documents carry. */
  breaking: number;
}

export type ChangelogCoverage =
  /** The whole history of the catalogue folder was read. */
  | { state: 'complete'; since: string }
  /** A shallow clone: history starts at `since`; entries there are the starting point, not "added". */
  | { state: 'shallow'; since: string }
  /**
   * No history could be read: `reason` says why in words for the site's readers (no history in the
   * copy built from, nothing committed); `detail`, for the build's log, what Git said.
   */
  | { state: 'unavailable'; reason: string; detail?: string };

export interface Changelog {
  coverage: ChangelogCoverage;
  /** The commit the history was read from. */
  head?: string;
  /** Every change, newest first. */
  changes: EntryChange[];
  /** Changes by entry id, newest first. */
  byEntry: ReadonlyMap<string, EntryChange[]>;
  /** Commits read, and document pairs compared (and how many of those came from the cache). */
  stats: { commits: number; diffs: number; cachedDiffs: number; ms: number };
}

export function emptyChangelog(reason: string, detail?: string): Changelog {
  return { coverage: { state: 'unavailable', reason, ...(detail ? { detail } : {}) }, changes: [], byEntry: new Map(), stats: { commits: 0, diffs: 0, cachedDiffs: 0, ms: 0 } };
}

/** One line for the build's log: what the changelog covers and what it cost. */
export function changelogSummary(changelog: Changelog): string {
  const c = changelog.coverage;
  if (c.state === 'unavailable') return `changelog: no changes shown: ${c.reason}${c.detail ? ` (${c.detail})` : ''}`;
  const { commits, diffs, cachedDiffs, ms } = changelog.stats;
  return `changelog: ${changelog.changes.length} changes from ${commits} commits since ${c.since.slice(0, 10)}${c.state === 'shallow' ? ' (a shallow clone: history starts there)' : ''}; ${diffs} document comparisons, ${cachedDiffs} from the cache; ${(ms / 1000).toFixed(1)} s`;
}
