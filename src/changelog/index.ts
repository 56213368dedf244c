/** The per-API changelog from Git history: see read.ts. */
export { readChangelog, type ChangelogOptions } from './read.ts';
export { changelogSummary, emptyChangelog, LIFECYCLE_FIELDS } from './model.ts';
export type { Changelog, ChangelogCoverage, DocumentChange, DocumentChangeFact, EntryChange, EntryChangeKind, LifecycleChange, LifecycleField } from './model.ts';
