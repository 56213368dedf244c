/**
 * What the formatters get: one result per checked document, plus problems with the inputs
 * themselves (such as an unreadable entry.yaml), and totals. Errors and warnings are counted by root
 * cause (see SeverityCounts in engine.ts); `findings` counts the places behind them.
 */
import type { Problem } from '../../problems/problem.ts';
import type { SpecAssessment } from '../engine.ts';
import type { AchievedLevel } from '../levels.ts';

export interface Report {
  results: SpecAssessment[];
  inputProblems: Problem[];
}

export interface Totals {
  documents: number;
  levels: Record<AchievedLevel, number>;
  notAssessable: number;
  errors: number;
  warnings: number;
  exempt: number;
  /** Unexempted findings (places) behind the root causes counted in `errors` and `warnings`. */
  findings: number;
}

export function totals(report: Report): Totals {
  const t: Totals = { documents: report.results.length, levels: { gold: 0, silver: 0, baseline: 0, none: 0 }, notAssessable: 0, errors: 0, warnings: 0, exempt: 0, findings: 0 };
  for (const r of report.results) {
    if (!r.assessable) {
      t.notAssessable += 1;
      t.errors += 1;
      continue;
    }
    t.levels[r.level] += 1;
    t.errors += r.counts.error;
    t.warnings += r.counts.warn;
    t.exempt += r.counts.exempt;
    t.findings += r.counts.findings;
  }
  t.errors += report.inputProblems.filter((p) => p.severity === 'error').length;
  t.warnings += report.inputProblems.filter((p) => p.severity === 'warn').length;
  return t;
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `3 errors, 12 warnings (40 findings), 1 exempt`: root causes, then the places behind them. */
export function countsText(counts: { error: number; warn: number; exempt: number; findings: number }): string {
  const places = counts.findings > counts.error + counts.warn ? ` (${plural(counts.findings, 'finding')})` : '';
  return `${plural(counts.error, 'error')}, ${plural(counts.warn, 'warning')}${places}${counts.exempt ? `, ${counts.exempt} exempt` : ''}`;
}
