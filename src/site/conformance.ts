/**
 * Conformance views for pages: findings grouped for reading, rule statistics across the catalogue,
 * levels by organisation. Pure functions over the site model.
 */
import type { Finding } from '../standards/assess.ts';
import { entryLevel } from '../checks/policy.ts';
import { allRules, type AchievedLevel, type AnyRule } from '../standards/levels.ts';
import { LEVELS, TCOP_POINTS, type Level, type TcopPoint } from '../standards/rule.ts';
import type { EntryView, SiteModel } from './build-model.ts';

export const LEVEL_LABELS: Record<AchievedLevel, { label: string; tagClass: string }> = {
  gold: { label: 'Gold', tagClass: 'govuk-tag--yellow' },
  silver: { label: 'Silver', tagClass: 'govuk-tag--grey' },
  baseline: { label: 'Baseline', tagClass: 'govuk-tag--blue' },
  none: { label: 'Below baseline', tagClass: 'govuk-tag--red' },
};

export { meetsLevel } from '../checks/policy.ts';

let ruleIndex: Map<string, AnyRule> | undefined;
export function ruleById(id: string): AnyRule | undefined {
  ruleIndex ??= new Map(allRules().map((r) => [r.id, r]));
  return ruleIndex.get(id);
}

export function tcopOf(rule: AnyRule | undefined): TcopPoint | undefined {
  return rule && 'tcop' in rule ? rule.tcop : undefined;
}

export interface RuleFindings {
  rule: string;
  title: string;
  level: Level;
  tcop?: TcopPoint;
  findings: Finding[];
}

export interface LevelGroup {
  level: Level;
  rules: RuleFindings[];
}

/** Unexempted findings grouped by the rule's level, then by rule (rules ordered by TCoP point, then id). */
export function groupFindings(findings: readonly Finding[]): LevelGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.exempt) continue;
    byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  }
  const rules: RuleFindings[] = [...byRule.entries()].map(([id, list]) => {
    const rule = ruleById(id);
    const tcop = tcopOf(rule);
    return { rule: id, title: rule?.title ?? id, level: rule?.level ?? 'baseline', ...(tcop ? { tcop } : {}), findings: list };
  });
  return LEVELS.map((level) => ({
    level,
    rules: rules.filter((r) => r.level === level).sort((a, b) => (a.tcop ?? 99) - (b.tcop ?? 99) || a.rule.localeCompare(b.rule)),
  })).filter((g) => g.rules.length > 0);
}

export function exemptFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.exempt);
}

export interface RuleStat {
  rule: AnyRule;
  /** Entries with at least one unexempted finding of this rule. */
  failing: EntryView[];
  findings: number;
  exempt: number;
}

export function ruleStats(model: SiteModel): RuleStat[] {
  return allRules().map((rule) => {
    const failing: EntryView[] = [];
    let findings = 0;
    let exempt = 0;
    for (const view of model.entries) {
      let fails = false;
      for (const a of model.assessments.get(view.entry.id) ?? []) {
        if (!a.assessable) continue;
        for (const f of a.findings) {
          if (f.rule !== rule.id) continue;
          if (f.exempt) exempt += 1;
          else {
            findings += 1;
            fails = true;
          }
        }
      }
      if (fails) failing.push(view);
    }
    return { rule, failing, findings, exempt };
  });
}

export interface OrganisationConformance {
  name: string;
  slug: string;
  apis: number;
  levels: Record<AchievedLevel, number>;
  meanScore?: number;
}

export function conformanceByOrganisation(model: SiteModel): OrganisationConformance[] {
  return model.organisations
    .map((o) => {
      const levels: Record<AchievedLevel, number> = { none: 0, baseline: 0, silver: 0, gold: 0 };
      const scores: number[] = [];
      let apis = 0;
      for (const view of o.entries) {
        const assessments = model.assessments.get(view.entry.id) ?? [];
        const level = entryLevel(assessments);
        if (!level) continue;
        apis += 1;
        levels[level] += 1;
        for (const a of assessments) if (a.assessable) scores.push(a.score);
      }
      const meanScore = scores.length ? Math.round(scores.reduce((s, x) => s + x, 0) / scores.length) : undefined;
      return { name: o.organisation.name, slug: o.organisation.slug, apis, levels, ...(meanScore !== undefined ? { meanScore } : {}) };
    })
    .filter((o) => o.apis > 0);
}

export function tcopLabel(point: TcopPoint): string {
  return `${point}. ${TCOP_POINTS[point]}`;
}
