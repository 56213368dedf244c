/**
 * The pull-request report's facts: what `--format json` prints, what the pull-request workflow
 * uploads as an artifact, and what the Markdown is rendered from. The zod schema is the one
 * definition: the posting workflow reads the artifact back through it (the artifact comes from a
 * run of the pull request's own code, so it is untrusted: every string and list is bounded).
 */
import { z } from 'zod';
import { STATUSES } from '../catalogue/schema.ts';
import { CHANGE_GROUPS, CHANGE_KIND_IDS } from '../openapi/diff/kinds.ts';
import { LEVELS } from '../standards/rule.ts';

export const REPORT_SCHEMA_ID = 'gov-api-catalogue/pr-report@1';

/** Most items a list of findings or problems keeps; the total is kept beside it. */
export const MAX_LISTED = 200;

const str = (max = 4000) => z.string().max(max);
const sha = z.string().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, 'must be a commit id');
const list = <T extends z.ZodType>(item: T, max = 10_000) => z.array(item).max(max);

export const ACHIEVED_LEVELS = ['none', ...LEVELS] as const;
export const achievedLevel = z.enum(ACHIEVED_LEVELS);
export type AchievedLevel = z.infer<typeof achievedLevel>;

/** A value before and after the change; absent on the side where the thing does not exist. */
const beforeAfter = <T extends z.ZodType>(value: T) => z.strictObject({ before: value.optional(), after: value.optional() });

export const refInfo = z.strictObject({
  /** The ref as given (`main`, `HEAD`, a commit id). */
  ref: str(300),
  commit: sha,
});

export const problemFact = z.strictObject({
  file: str(1000),
  line: z.number().int().nonnegative().optional(),
  column: z.number().int().nonnegative().optional(),
  pointer: str(2000).optional(),
  rule: str(200),
  severity: z.enum(['error', 'warn']),
  message: str(),
  hint: str().optional(),
});
export type ProblemFact = z.infer<typeof problemFact>;

export const findingFact = problemFact.extend({
  /** Where the finding is, in words: an operation (`GET /vehicles`), a schema, a server … */
  where: str(300).optional(),
  exempt: z.boolean().optional(),
});
export type FindingFact = z.infer<typeof findingFact>;

/** New or fixed items, at most MAX_LISTED of them, with how many there are in all. */
const counted = <T extends z.ZodType>(item: T) => z.strictObject({ total: z.number().int().nonnegative(), items: list(item, MAX_LISTED) });

export const changeFact = z.strictObject({
  /** The spec diff's change kind, e.g. `operation-removed`. */
  kind: z.enum(CHANGE_KIND_IDS),
  group: z.enum(CHANGE_GROUPS),
  breaking: z.boolean(),
  /** What it is about, in words: `POST /v2/notifications/sms`. */
  where: str(),
  /** One sentence; names from the document are in code spans. */
  message: str(),
});
export type ChangeFact = z.infer<typeof changeFact>;

export const CHANGES = ['added', 'changed', 'removed'] as const;
export const DOCUMENT_CHANGES = [...CHANGES, 'unchanged'] as const;

export const documentReport = z.strictObject({
  /** Path in the repository, e.g. `catalogue/entries/govuk-notify-api/openapi.yaml`. */
  file: str(1000),
  change: z.enum(DOCUMENT_CHANGES),
  level: beforeAfter(achievedLevel),
  score: beforeAfter(z.number().min(0).max(100)),
  /** `info.version` of the document. */
  version: beforeAfter(str(200)),
  /** Whether the change is published as a new version (see docs/adr/0005-pull-request-report.md). */
  newVersion: z.boolean(),
  /** The spec diff, for a changed document. */
  changes: counted(changeFact),
  /** How many of the changes break clients (a removed document counts as one). */
  breaking: z.number().int().nonnegative(),
  /** Set when the diff stopped at its size limit. */
  diffIncomplete: str().optional(),
  newFindings: counted(findingFact),
  fixedFindings: counted(findingFact),
});
export type DocumentReport = z.infer<typeof documentReport>;

export const waiverFact = z.strictObject({ state: z.enum(['none', 'live', 'expired']), until: str(20).optional(), reason: str().optional() });

export const entryReport = z.strictObject({
  /** The entry's folder name (its id). */
  id: str(200),
  /** Display name from the entry's metadata (at head; at base for a removed entry). */
  name: str(300).optional(),
  change: z.enum(CHANGES),
  kind: str(40).optional(),
  organisation: str(200).optional(),
  status: beforeAfter(z.enum(STATUSES)),
  /** Files of the entry folder that were added, changed or removed. */
  files: counted(str(1000)),
  level: beforeAfter(achievedLevel),
  score: beforeAfter(z.number().min(0).max(100)),
  /** The conformance policy at head (from the check path), for a new or changed entry with documents. */
  conformance: z
    .strictObject({
      minimumLevel: z.enum(LEVELS),
      meetsMinimum: z.boolean(),
      held: z.boolean(),
      waiver: waiverFact,
    })
    .optional(),
  documents: list(documentReport, 500),
  /** The entry's problems at head that the base did not have. */
  newProblems: counted(problemFact),
});
export type EntryReport = z.infer<typeof entryReport>;

/** A new or changed entry that is much like an existing one (src/reuse/pr-duplicates.ts): advice, never a failure. */
export const likelyDuplicate = z.strictObject({
  entry: z.strictObject({ id: str(200), name: str(300) }),
  of: list(
    z.strictObject({
      id: str(200),
      name: str(300),
      organisation: str(300),
      /** Similarity, 0 to 1; the duplicate threshold is in docs/adr/0010-reuse-index.md. */
      score: z.number().min(0).max(1),
      reasons: list(str(), 10),
    }),
    10,
  ),
});
export type LikelyDuplicate = z.infer<typeof likelyDuplicate>;

export const FAILURE_CODES = ['problem', 'below-minimum', 'level-drop', 'entry-removed', 'breaking-change'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export const failure = z.strictObject({
  code: z.enum(FAILURE_CODES),
  entry: str(200).optional(),
  file: str(1000).optional(),
  message: str(),
  hint: str(),
});
export type Failure = z.infer<typeof failure>;

export const prReport = z.strictObject({
  schema: z.literal(REPORT_SCHEMA_ID),
  base: refInfo,
  head: refInfo,
  /** The pull request, when the report was made for one. */
  pullRequest: z.strictObject({ number: z.number().int().positive() }).optional(),
  /** The day the verdict is for (waivers end on a date), YYYY-MM-DD. */
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  minimumLevel: z.enum(LEVELS),
  /** Entries added, changed or removed, by id. */
  entries: list(entryReport, 5000),
  /**
   * Problems new at head outside the entries above: catalogue-wide files (config, topics,
   * organisations), files Git could not give safely, and entries the change did not touch but broke
   * (a `related` id that no longer exists, a duplicate of a new entry).
   */
  otherProblems: counted(problemFact),
  /** Errors at head that the base already had (not held against the pull request). */
  errorsAlreadyOnBase: z.number().int().nonnegative(),
  /** New or changed entries much like an existing entry, to reuse or to relate to. */
  duplicates: list(likelyDuplicate, 5000).optional(),
  /** Why the check fails; empty when it passes. Worked out from the facts above by policy.ts. */
  failures: list(failure),
});
export type PrReport = z.infer<typeof prReport>;

/** Keeps at most MAX_LISTED items and the total. */
export function countedList<T>(items: readonly T[]): { total: number; items: T[] } {
  return { total: items.length, items: items.slice(0, MAX_LISTED) };
}
