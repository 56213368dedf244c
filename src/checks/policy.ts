/**
 * The conformance policy of catalogue/config.yaml: an entry's OpenAPI documents must reach
 * `conformance.minimumLevel`, unless the entry carries a `conformanceWaiver` whose `until` date has
 * not passed. An expired waiver is an error that names its date and what to do; a waiver ending
 * within WAIVER_NOTICE_DAYS, or one that is no longer needed, is a warning.
 *
 * An API that publishes no OpenAPI document has no level: it is never "below the minimum", and it
 * never passes it. Its verdict says so (NO_DOCUMENT_TEXT), with a warning, the same for an imported
 * entry and one written by hand, so that the build, `validate` and the pull-request report show it
 * without failing (see docs/adr/0008-import-sync-and-freshness.md).
 *
 * Retired entries are not held to the minimum (the service is switched off, nobody can fix it), and
 * when the caller names the entries that are new or changed (the pull-request report), only those
 * are held; an expired waiver on another entry is then a warning.
 */
import { displayPath, type Problem } from '../problems/problem.ts';
import type { LoadedEntry } from '../catalogue/load.ts';
import { problemAt } from '../catalogue/cross-checks.ts';
import type { SpecAssessment } from '../standards/engine.ts';
import { LEVELS, type Level } from '../standards/rule.ts';
import { daysBetween } from './today.ts';

/** A level an entry can reach: one of the levels, or `none` (below baseline, or not assessable). */
export type AchievedLevel = Level | 'none';

/** What every verdict, page and report says about an API without an OpenAPI document. */
export const NO_DOCUMENT_TEXT = 'no OpenAPI document published; the GDS standards ask for one';

/** The rule id of the warning an API without an OpenAPI document gets. */
export const NO_DOCUMENT_RULE = 'entry/no-openapi-document';

/** Warn this many days before a waiver ends. */
export const WAIVER_NOTICE_DAYS = 30;

const rank = (level: AchievedLevel): number => (level === 'none' ? -1 : LEVELS.indexOf(level));

export function meetsLevel(achieved: AchievedLevel, required: Level): boolean {
  return rank(achieved) >= rank(required);
}

/** The lowest level over an entry's documents ('none' when one is not assessable); undefined without documents. */
export function entryLevel(assessments: readonly SpecAssessment[]): AchievedLevel | undefined {
  if (assessments.length === 0) return undefined;
  return assessments.map((a) => (a.assessable ? a.level : 'none')).reduce((worst, l) => (rank(l) < rank(worst) ? l : worst));
}

/** The lowest score over an entry's assessable documents. */
export function entryScore(assessments: readonly SpecAssessment[]): number | undefined {
  const scores = assessments.flatMap((a) => (a.assessable ? [a.score] : []));
  return scores.length ? Math.min(...scores) : undefined;
}

export type WaiverState =
  | { state: 'none' }
  /** `until` is today or later. `needed`: the entry is below the minimum without it. */
  | { state: 'live'; reason: string; until: string; needed: boolean }
  | { state: 'expired'; reason: string; until: string; needed: boolean };

/** Why an entry is or is not held to the minimum level in this run. */
export const POLICY_SCOPES = ['held', 'no-documents', 'no-api-document', 'retired', 'unchanged', 'not-loaded'] as const;
export type PolicyScope = (typeof POLICY_SCOPES)[number];

export interface PolicyResult {
  scope: PolicyScope;
  level?: AchievedLevel;
  score?: number;
  /** Whether every document reaches the minimum; undefined without documents. */
  meetsMinimum?: boolean;
  waiver: WaiverState;
  problems: Problem[];
}

export interface PolicyInput {
  loaded: LoadedEntry;
  /** One per `specs` item, in order. */
  assessments: readonly SpecAssessment[];
  minimumLevel: Level;
  /** YYYY-MM-DD. */
  today: string;
  /** False when the caller held only new or changed entries and this is not one of them. */
  changed: boolean;
}

const quote = (files: readonly string[]): string => files.map((f) => `"${f}"`).join(', ');

export function applyPolicy({ loaded, assessments, minimumLevel, today, changed }: PolicyInput): PolicyResult {
  const { entry } = loaded;
  const waiverField = entry.conformanceWaiver;
  const level = entryLevel(assessments);
  const score = entryScore(assessments);
  if (level === undefined) {
    if (entry.kind !== 'api') return { scope: 'no-documents', waiver: { state: 'none' }, problems: [] };
    const problems: Problem[] =
      entry.status === 'retired'
        ? []
        : [
            problemAt(
              loaded,
              ['kind'],
              NO_DOCUMENT_RULE,
              `the API has ${NO_DOCUMENT_TEXT}`,
              'publish the OpenAPI document and name it in `specs` (with `upstream`, `npm run sync` keeps the copy up to date); until then the entry has no conformance level',
              'warn',
            ),
          ];
    return { scope: 'no-api-document', waiver: { state: 'none' }, problems };
  }

  const scope: PolicyScope = entry.status === 'retired' ? 'retired' : changed ? 'held' : 'unchanged';
  // Documents that cannot be assessed already stop the build with their own problem.
  const below = entry.specs
    .map((spec, i) => ({ spec, i, a: assessments[i] }))
    .filter((d): d is typeof d & { a: SpecAssessment & { assessable: true } } => d.a !== undefined && d.a.assessable && !meetsLevel(d.a.level, minimumLevel));
  const meetsMinimum = meetsLevel(level, minimumLevel);
  const needed = !meetsMinimum;
  const waiver: WaiverState = !waiverField
    ? { state: 'none' }
    : { state: waiverField.until >= today ? 'live' : 'expired', reason: waiverField.reason, until: waiverField.until, needed };
  const result = { scope, level, ...(score !== undefined ? { score } : {}), meetsMinimum, waiver };
  const problems: Problem[] = [];
  const validate = `\`npm run validate -- ${displayPath(loaded.dir)}\``;
  const files = below.map((d) => d.spec.file);
  const areBelow = `${quote(files)} ${files.length === 1 ? 'is' : 'are'} below the catalogue's minimum level "${minimumLevel}" (level "${level}")`;

  if (waiver.state !== 'none' && !needed) {
    problems.push(
      problemAt(loaded, ['conformanceWaiver'], 'entry/waiver-not-needed', `conformanceWaiver is not needed: every OpenAPI document of the entry reaches the catalogue's minimum level "${minimumLevel}"`, 'remove the conformanceWaiver', 'warn'),
    );
  } else if (needed && scope !== 'retired') {
    if (waiver.state === 'none') {
      if (scope === 'held') {
        for (const d of below) {
          problems.push(
            problemAt(
              loaded,
              ['specs', d.i, 'file'],
              'entry/below-minimum-level',
              `"${d.spec.file}" reaches level "${d.a.level}" (score ${d.a.score}/100), below the catalogue's minimum level "${minimumLevel}"`,
              `fix the errors that ${validate} lists, or add a public conformanceWaiver with a reason and an until date`,
            ),
          );
        }
      }
    } else if (waiver.state === 'expired') {
      problems.push(
        problemAt(
          loaded,
          ['conformanceWaiver', 'until'],
          'entry/waiver-expired',
          `conformanceWaiver ended on ${waiver.until}, and ${areBelow}`,
          `fix the errors that ${validate} lists, or renew the waiver: set a later until date and say in reason why it is still needed`,
          scope === 'held' ? 'error' : 'warn',
        ),
      );
    } else {
      const days = daysBetween(today, waiver.until);
      if (days <= WAIVER_NOTICE_DAYS) {
        problems.push(
          problemAt(
            loaded,
            ['conformanceWaiver', 'until'],
            'entry/waiver-ending',
            `conformanceWaiver ends on ${waiver.until} (${days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`}), and ${areBelow}`,
            `fix the errors that ${validate} lists before then, or renew the waiver with a later until date`,
            'warn',
          ),
        );
      }
    }
  }
  return { ...result, problems };
}
