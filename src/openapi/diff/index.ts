/** The spec diff: what changed between two versions of an OpenAPI document, and what breaks. */
export { CHANGE_GROUP_TITLES, CHANGE_GROUPS, CHANGE_KIND_IDS, CHANGE_KINDS, isBreaking } from './kinds.ts';
export type { ChangeGroup, ChangeKind, ChangeSubject, SpecChange } from './kinds.ts';
export { diffDocuments } from './diff-documents.ts';
export type { DocumentDiff, OpenApiDocument } from './diff-documents.ts';
export { diffSpecFiles } from './diff-files.ts';
export type { LoadedSpecInfo, SpecFileRef, SpecFilesDiff } from './diff-files.ts';
export { renderDiffLines, renderDiffMarkdown, summariseDiff, summaryWords } from './render.ts';
export type { DiffSummary, MarkdownOptions } from './render.ts';
