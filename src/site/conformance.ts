/**
 * Conformance views for pages: findings grouped for reading, rule statistics across the catalogue,
 * levels by organisation. Pure functions over the site model.
 */
import type { Finding, SpecAssessment } from '../standards/assess.ts';
import { entryLevel, entryScore } from '../checks/policy.ts';
import { allRules, LEVELS_EXPLAINED, type AchievedLevel, type AnyRule } from '../standards/levels.ts';
import { LEVELS, TCOP_POINTS, type Level, type TcopPoint } from '../standards/rule.ts';
import type { EntryView, SiteModel } from './build-model.ts';

export const LEVEL_LABELS: Record<AchievedLevel, { label: string; tagClass: string }> = {
  gold: { label: 'Gold', tagClass: 'govuk-tag--yellow' },
  silver: { label: 'Silver', tagClass: 'govuk-tag--grey' },
  baseline: { label: 'Baseline', tagClass: 'govuk-tag--blue' },
  none: { label: 'Below baseline', tagClass: 'govuk-tag--red' },
};

import { NO_DOCUMENT_TEXT } from '../checks/policy.ts';
export { entryLevel, entryScore, meetsLevel } from '../checks/policy.ts';

/** The conformance summary of an API without an OpenAPI document, as pages show it (the check path's words, capitalised). */
export const NO_DOCUMENT_SENTENCE = `${NO_DOCUMENT_TEXT.charAt(0).toUpperCase()}${NO_DOCUMENT_TEXT.slice(1)}`;

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

/** What a level means, in one sentence, for showing beside the level. */
export function levelMeaning(level: AchievedLevel): string {
  if (level === 'none') return LEVELS_EXPLAINED.none;
  return LEVELS_EXPLAINED.levels.find((l) => l.level === level)?.requirement ?? '';
}

const IN_BRIEF: Record<AchievedLevel, string> = {
  gold: 'meets every rule',
  silver: 'no errors, and no warnings from baseline or silver rules',
  baseline: 'no errors from any rule',
  none: 'has errors that the standards say an API must fix',
};

/** What a level means in a few words, for places with room for a tag and a phrase. */
export function levelInBrief(level: AchievedLevel): string {
  return IN_BRIEF[level];
}


/** Score bands for the spread of scores, highest first. */
export const SCORE_BANDS: readonly { label: string; min: number; max: number }[] = [
  { label: '90 to 100', min: 90, max: 100 },
  { label: '80 to 89', min: 80, max: 89 },
  { label: '70 to 79', min: 70, max: 79 },
  { label: '50 to 69', min: 50, max: 69 },
  { label: '0 to 49', min: 0, max: 49 },
];

export interface CatalogueConformance {
  /** Entries with at least one OpenAPI document: what the dashboard counts. */
  assessed: number;
  byKind: { api: number; other: number };
  levels: Record<AchievedLevel, number>;
  /** Entries whose documents could not be assessed at all. */
  notAssessable: number;
  spread: { label: string; count: number }[];
}

export interface OrganisationConformance {
  name: string;
  slug: string;
  /** Entries with an OpenAPI document. */
  assessed: number;
  levels: Record<AchievedLevel, number>;
  scores: { lowest: number; median: number; highest: number } | undefined;
  /** The rules most of its entries do not meet, most first (at most three). */
  topRules: { rule: AnyRule; entries: number }[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

function failingRules(assessments: readonly SpecAssessment[]): Set<string> {
  const ids = new Set<string>();
  for (const a of assessments) if (a.assessable) for (const f of a.findings) if (!f.exempt) ids.add(f.rule);
  return ids;
}

/** Levels, scores and failing rules of some entries, counted once for the dashboard's views. */
interface Tally {
  assessed: number;
  apis: number;
  levels: Record<AchievedLevel, number>;
  scores: number[];
  notAssessable: number;
  /** Rule id → entries that do not meet it. */
  failing: Map<string, number>;
}

function tally(model: SiteModel, views: readonly EntryView[]): Tally {
  const t: Tally = { assessed: 0, apis: 0, levels: { none: 0, baseline: 0, silver: 0, gold: 0 }, scores: [], notAssessable: 0, failing: new Map() };
  for (const view of views) {
    const assessments = model.assessments.get(view.entry.id) ?? [];
    const level = entryLevel(assessments);
    if (!level) continue;
    t.assessed += 1;
    if (view.entry.kind === 'api') t.apis += 1;
    t.levels[level] += 1;
    const score = entryScore(assessments);
    if (score === undefined) t.notAssessable += 1;
    else t.scores.push(score);
    for (const id of failingRules(assessments)) t.failing.set(id, (t.failing.get(id) ?? 0) + 1);
  }
  return t;
}

export function catalogueConformance(model: SiteModel): CatalogueConformance {
  const t = tally(model, model.entries);
  return {
    assessed: t.assessed,
    byKind: { api: t.apis, other: t.assessed - t.apis },
    levels: t.levels,
    notAssessable: t.notAssessable,
    spread: SCORE_BANDS.map((b) => ({ label: b.label, count: t.scores.filter((x) => x >= b.min && x <= b.max).length })),
  };
}

export function conformanceByOrganisation(model: SiteModel): OrganisationConformance[] {
  return model.organisations
    .map((o) => {
      const t = tally(model, o.entries);
      const topRules = [...t.failing.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 3)
        .flatMap(([id, entries]) => {
          const rule = ruleById(id);
          return rule ? [{ rule, entries }] : [];
        });
      return {
        name: o.organisation.name,
        slug: o.organisation.slug,
        assessed: t.assessed,
        levels: t.levels,
        scores: t.scores.length ? { lowest: Math.min(...t.scores), median: median(t.scores), highest: Math.max(...t.scores) } : undefined,
        topRules,
      };
    })
    .filter((o) => o.assessed > 0);
}

/** "2 silver, 1 below baseline": the levels an organisation's entries reached, without the empty ones. */
export function levelsInWords(levels: Record<AchievedLevel, number>): string {
  const order: AchievedLevel[] = ['gold', 'silver', 'baseline', 'none'];
  return order
    .filter((l) => levels[l] > 0)
    .map((l) => `${levels[l]} ${LEVEL_LABELS[l].label.toLowerCase()}`)
    .join(', ');
}

export function tcopLabel(point: TcopPoint): string {
  return `${point}. ${TCOP_POINTS[point]}`;
}
