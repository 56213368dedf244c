/**
 * The 0–100 score, derived from the findings so that anyone can recompute it:
 *
 *   score = round(100 × (sum of the weights of applicable rules with no unexempted finding)
 *                      / (sum of the weights of applicable rules))
 *
 * Weights: baseline rules 3, silver rules 2, gold rules 1. A rule is applicable unless it cannot
 * apply to the document's version (a Swagger 2.0 document and a rule whose `swagger2` is a string).
 * Engine checks (engine-rules.ts) are applicable to every document. Findings of a rule that is not
 * applicable are dropped (engine.ts), so they count for neither the level nor the score. Exempt findings do not count.
 * Only the rules that ran are applicable (all of them, unless a caller selected some).
 * A document that cannot be assessed has no score.
 */
import type { AnyRule, CountedFinding } from './levels.ts';
import type { SpecVersion } from '../openapi/readers.ts';
import type { Level } from './rule.ts';

export type { SpecVersion };

export const LEVEL_WEIGHTS: Readonly<Record<Level, number>> = { baseline: 3, silver: 2, gold: 1 };


/** Whether a rule applies to a document of this version. */
export function isApplicable(rule: AnyRule, specVersion: SpecVersion): boolean {
  if (specVersion !== '2.0') return true;
  return !('swagger2' in rule) || rule.swagger2 === true;
}

export interface ScoreDetail {
  /** 0–100. */
  score: number;
  /** Sum of the weights of the applicable rules with no unexempted finding. */
  earned: number;
  /** Sum of the weights of the applicable rules. */
  possible: number;
  /** Ids of the applicable rules with at least one unexempted finding, sorted. */
  failed: string[];
  /** Ids of the rules left out because they do not apply to this version, sorted. */
  notApplicable: string[];
}

export function computeScore(findings: readonly CountedFinding[], rules: readonly AnyRule[], specVersion: SpecVersion): ScoreDetail {
  const failing = new Set(findings.filter((f) => !f.exempt).map((f) => f.rule));
  let earned = 0;
  let possible = 0;
  const failed: string[] = [];
  const notApplicable: string[] = [];
  for (const rule of rules) {
    if (!isApplicable(rule, specVersion)) {
      notApplicable.push(rule.id);
      continue;
    }
    const weight = LEVEL_WEIGHTS[rule.level];
    possible += weight;
    if (failing.has(rule.id)) failed.push(rule.id);
    else earned += weight;
  }
  const score = possible === 0 ? 100 : Math.round((100 * earned) / possible);
  return { score, earned, possible, failed: failed.sort(), notApplicable: notApplicable.sort() };
}

/** Plain-language explanation of the score, for the site to render. */
export const SCORE_EXPLAINED: { summary: string; weights: string; formula: string; exclusions: string } = {
  summary:
    'The score shows how many of the rules an API description meets, out of 100. A rule counts as met when it has no finding left, apart from exempt ones; how many findings a rule has does not matter.',
  weights: 'Rules count by level: a baseline rule is worth 3, a silver rule 2 and a gold rule 1, so the basics matter most.',
  formula: 'Score = 100 × (worth of the rules met) ÷ (worth of all the rules that apply), rounded to a whole number.',
  exclusions:
    'Rules that cannot apply to the document’s OpenAPI version (some rules do not apply to Swagger 2.0) are left out. A document that cannot be assessed has no score.',
};
