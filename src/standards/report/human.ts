/**
 * Terminal output: findings grouped by document as `file:line:col  severity  rule  message`, a
 * summary line per document (level, score, counts) and an overall summary.
 */
import { formatLocation, type Problem } from '../../problems/problem.ts';
import type { SpecAssessment } from '../engine.ts';
import { plural, totals, type Report } from './model.ts';

const severityWord = (s: 'error' | 'warn'): string => (s === 'error' ? 'error' : 'warning');

function problemLine(p: Problem): string {
  return `${formatLocation(p)}  ${severityWord(p.severity)}  ${p.rule}  ${p.message}${p.hint ? ` (fix: ${p.hint})` : ''}`;
}

function resultLines(r: SpecAssessment): string[] {
  const lines = [r.file];
  if (!r.assessable) {
    lines.push(`  ${problemLine(r.problem)}`);
    lines.push(`  => not assessable: ${r.reason}`);
    return lines;
  }
  for (const f of r.findings.filter((x) => !x.exempt)) lines.push(`  ${formatLocation(f)}  ${severityWord(f.severity)}  ${f.rule}  ${f.message}`);
  for (const f of r.findings.filter((x) => x.exempt)) {
    lines.push(`  ${formatLocation(f)}  exempt  ${f.rule}  ${f.message} (exempt: ${f.exempt!.reason})`);
  }
  const counts = `${plural(r.counts.error, 'error')}, ${plural(r.counts.warn, 'warning')}${r.counts.exempt ? `, ${r.counts.exempt} exempt` : ''}`;
  lines.push(`  => level: ${r.level}, score: ${r.score}/100, ${counts} (${r.specVersion === '2.0' ? 'Swagger' : 'OpenAPI'} ${r.specVersion})`);
  return lines;
}

export function formatHuman(report: Report): string {
  const out: string[] = [];
  for (const p of report.inputProblems) out.push(problemLine(p));
  if (report.inputProblems.length) out.push('');
  for (const r of report.results) out.push(...resultLines(r), '');
  const t = totals(report);
  const levels = (['gold', 'silver', 'baseline', 'none'] as const).map((l) => `${t.levels[l]} ${l}`).join(', ');
  out.push(
    `${plural(t.documents, 'document')} checked: ${levels}, ${t.notAssessable} not assessable; ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.exempt} exempt.`,
  );
  return out.join('\n') + '\n';
}
