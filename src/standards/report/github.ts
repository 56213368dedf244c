/**
 * GitHub Actions workflow annotations, errors first and grouped by root cause:
 * `::error file=…,line=…,col=…,title=<rule>: <where>::message See <rule page>` for each place of an
 * error and `::warning …` for warnings (exempt findings are not annotated), then a plain summary line
 * per document.
 */
import type { Problem } from '../../problems/problem.ts';
import { sortFindings, type Finding } from '../finding.ts';
import { siteLink } from './links.ts';
import { countsText, plural, totals, type Report } from './model.ts';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

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
      out.push(`${r.file}: not assessable: ${r.reason}`);
      continue;
    }
    for (const f of sortFindings(r.findings.filter((x) => !x.exempt))) out.push(...findingAnnotations(f));
    out.push(`${r.file}: level ${r.level}, score ${r.score}/100, ${countsText(r.counts)}`);
  }
  const t = totals(report);
  out.push(`${plural(t.documents, 'document')} checked; ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}.`);
  return out.join('\n') + '\n';
}
