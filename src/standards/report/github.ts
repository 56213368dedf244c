/**
 * GitHub Actions workflow annotations, errors first and grouped by root cause:
 * `::error file=…,line=…,col=…,title=<rule>: <where>::message See <rule page>` for each place of an
 * error and `::warning …` for warnings (exempt findings are not annotated), then a plain summary line
 * per document.
 */
import type { Problem } from '../../problems/problem.ts';
import { oneLine, PRINT_LIMITS } from '../../problems/safe-text.ts';
import { sortFindings, type Finding } from '../finding.ts';
import { siteLink } from './links.ts';
import { countsText, plural, totals, type Report } from './model.ts';

// The document's text (paths, places, messages) is made visible and one line first (safe-text.ts), so
// no escape sequence or line break reaches the log; then the annotation's own syntax is escaped.
const escapeData = (s: string): string => oneLine(s, PRINT_LIMITS.message + PRINT_LIMITS.hint).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(oneLine(s, PRINT_LIMITS.file)).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotation(p: Pick<Problem, 'file' | 'line' | 'column' | 'rule' | 'severity' | 'message' | 'hint'> & { where?: string; url?: string }): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line !== undefined) props.push(`line=${p.line}`);
  if (p.column !== undefined) props.push(`col=${p.column}`);
  props.push(`title=${escapeProperty(p.where ? `${p.rule}: ${p.where}` : p.rule)}`);
  const fix = p.hint ? ` Fix: ${p.hint}` : '';
  const see = p.url ? ` See ${siteLink(p.url)}` : '';
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(`${p.message}${fix}${see}`)}`;
}

function findingAnnotations(f: Finding): string[] {
  return [annotation(f), ...(f.covers ?? []).map((c) => annotation({ ...f, ...c, message: `Same cause as ${f.where}: ${f.message}` }))];
}

export function formatGithub(report: Report): string {
  const out: string[] = [];
  for (const p of report.inputProblems) out.push(annotation(p));
  for (const r of report.results) {
    if (!r.assessable) {
      out.push(annotation(r.problem));
      out.push(`${oneLine(r.file, PRINT_LIMITS.file)}: not assessable: ${oneLine(r.reason, PRINT_LIMITS.message)}`);
      continue;
    }
    for (const f of sortFindings(r.findings.filter((x) => !x.exempt))) out.push(...findingAnnotations(f));
    out.push(`${oneLine(r.file, PRINT_LIMITS.file)}: level ${r.level}, score ${r.score}/100, ${countsText(r.counts)}`);
  }
  const t = totals(report);
  out.push(`${plural(t.documents, 'document')} checked; ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}.`);
  return out.join('\n') + '\n';
}
