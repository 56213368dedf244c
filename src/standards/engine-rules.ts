/**
 * Checks the engine itself makes, outside the rule files: they have ids like the GDS rules so that
 * findings, levels, scores and pages treat them the same way.
 *
 * - `gds-refs-local`: a `$ref` the engine refused to follow because it points at a URL (never
 *   fetched), leaves the entry's folder, or names a file over the size limit. Error, baseline.
 * - `gds-exemption-valid`: an `x-gds-ignore` that is not a map of known rule id → reason of at
 *   least 10 characters. The malformed exemption is not applied. Warning, baseline: it blocks
 *   silver and costs score, but does not on its own take a document below baseline.
 */
import type { Level, RuleSeverity } from './rule.ts';

export interface EngineRule {
  id: `gds-${string}`;
  title: string;
  severity: RuleSeverity;
  level: Level;
  checks: string;
  why: string;
  fix: string;
  /** Always true: the engine, not a rule file, makes this check. */
  engine: true;
}

export const REFS_LOCAL = 'gds-refs-local';
export const EXEMPTION_VALID = 'gds-exemption-valid';

export const ENGINE_RULES: readonly EngineRule[] = [
  {
    id: EXEMPTION_VALID,
    title: 'Give every exemption a known rule and a reason',
    severity: 'warn',
    level: 'baseline',
    checks:
      'Every `x-gds-ignore` is a map from a GDS rule id to a reason of at least 10 characters. A malformed entry is reported here and does not exempt anything.',
    why: 'An exemption hides a finding from the level and the score, so readers of the catalogue need to see which rule it sets aside and why.',
    fix: 'Write `x-gds-ignore: { <rule-id>: "<why this rule does not fit here>" }` on the node the finding is about (or an ancestor of it), using a rule id from the rules page.',
    engine: true,
  },
  {
    id: REFS_LOCAL,
    title: 'Keep every $ref inside the entry folder',
    severity: 'error',
    level: 'baseline',
    checks:
      'Every `$ref` points at the same document or at a file inside the catalogue entry\'s folder, no larger than 10 MB. URLs are never fetched and paths that leave the folder are never read.',
    why: 'The catalogue assesses and publishes exactly what the department submitted; a reference to somewhere else could change or disappear without anyone reviewing it.',
    fix: 'Copy the referenced file into the entry folder and refer to it with a relative path such as `./schemas/address.yaml`.',
    engine: true,
  },
];
