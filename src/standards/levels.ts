/**
 * Levels: baseline ⊂ silver ⊂ gold. Every rule has a level (the level at which it starts to count).
 *
 * An assessed document achieves
 * - **baseline** when no unexempted finding of severity `error` remains (from any rule);
 * - **silver** when it achieves baseline and no unexempted finding at all (error or warning) remains
 *   from rules at baseline or silver level;
 * - **gold** when it achieves silver and no unexempted finding remains from any rule;
 * - otherwise **none**.
 *
 * Exempt findings (see exemptions.ts) never count. A document that cannot be assessed has no level.
 * A finding whose rule is unknown to the registry counts as a baseline rule's finding.
 */
import { ENGINE_RULES, type EngineRule } from './engine-rules.ts';
import { LEVELS, type GdsRule, type Level } from './rule.ts';
import { RULES } from './rules/index.ts';

export { LEVELS, type Level };
export type AchievedLevel = Level | 'none';

/** What level and score computations need to know about a finding. */
export interface CountedFinding {
  rule: string;
  severity: 'error' | 'warn';
  exempt?: unknown;
}

/** Any rule the engine can report: a GDS rule file or an engine check. */
export type AnyRule = GdsRule | EngineRule;

/** All rules, engine checks included. */
export function allRules(): readonly AnyRule[] {
  return [...RULES, ...ENGINE_RULES];
}

let levelIndex: Map<string, Level> | undefined;

/** The level of a rule id (baseline for ids the registry does not know). */
export function ruleLevel(id: string): Level {
  levelIndex ??= new Map(allRules().map((r) => [r.id, r.level]));
  return levelIndex.get(id) ?? 'baseline';
}

/** The GDS rules (from rules/index.ts) grouped by level, each group sorted by id. */
export function rulesByLevel(): Record<Level, GdsRule[]> {
  const groups: Record<Level, GdsRule[]> = { baseline: [], silver: [], gold: [] };
  for (const r of RULES) groups[r.level].push(r);
  for (const level of LEVELS) groups[level].sort((a, b) => a.id.localeCompare(b.id));
  return groups;
}

const rank = (level: Level): number => LEVELS.indexOf(level);

/** The highest level whose conditions the (unexempted) findings meet. */
export function achievedLevel(findings: readonly CountedFinding[], levelOf: (ruleId: string) => Level = ruleLevel): AchievedLevel {
  const counted = findings.filter((f) => !f.exempt);
  if (counted.some((f) => f.severity === 'error')) return 'none';
  if (counted.some((f) => rank(levelOf(f.rule)) <= rank('silver'))) return 'baseline';
  if (counted.length > 0) return 'silver';
  return 'gold';
}

export interface LevelExplanation {
  level: Level;
  title: string;
  /** One sentence: what a document needs to reach this level. */
  requirement: string;
}

/** Plain-language explanation of the levels, for the site to render. */
export const LEVELS_EXPLAINED: {
  summary: string;
  levels: readonly LevelExplanation[];
  none: string;
  exemptions: string;
  notAssessable: string;
} = {
  summary:
    'Each API description is checked against the GDS API standards rules. Every rule belongs to a level: baseline, silver or gold. The levels build on each other, so a silver API also meets baseline, and a gold API meets both.',
  levels: [
    {
      level: 'baseline',
      title: 'Baseline',
      requirement: 'No errors remain, from any rule. Errors are the things the standards say an API must or must never do, and documents that cannot be trusted.',
    },
    {
      level: 'silver',
      title: 'Silver',
      requirement: 'Baseline, and no warnings remain from baseline or silver rules either.',
    },
    {
      level: 'gold',
      title: 'Gold',
      requirement: 'Silver, and nothing remains from any rule, gold rules included.',
    },
  ],
  none: 'An API description with any error has no level yet: fixing its errors brings it to baseline.',
  exemptions:
    'A team can set a rule aside for part of its API with `x-gds-ignore`, giving a reason. Exempt findings are still listed with their reason, but they do not count against the level or the score.',
  notAssessable:
    'A document that cannot be read as OpenAPI (invalid YAML or JSON, not an OpenAPI document, an unsupported version, too large or too deeply nested) gets no level and no score; the page says why and how to fix it.',
};
