/**
 * GitHub Actions workflow annotations: `::error file=…,line=…,col=…,title=<rule>::message` for
 * errors and `::warning …` for warnings (exempt findings are not annotated), then a plain summary
 * line per document.
 */
import type { Problem } from '../../problems/problem.ts';
import { plural, totals, type Report } from './model.ts';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotation(p: Pick<Problem, 'file' | 'line' | 'column' | 'rule' | 'severity' | 'message' | 'hint'>): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line !== undefined) props.push(`line=${p.line}`);
  if (p.column !== undefined) props.push(`col=${p.column}`);
  props.push(`title=${escapeProperty(p.rule)}`);
  const message = p.hint ? `${p.message} Fix: ${p.hint}` : p.message;
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(message)}`;
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
    for (const f of r.findings) if (!f.exempt) out.push(annotation(f));
    out.push(`${r.file}: level ${r.level}, score ${r.score}/100, ${plural(r.counts.error, 'error')}, ${plural(r.counts.warn, 'warning')}, ${r.counts.exempt} exempt`);
  }
  const t = totals(report);
  out.push(`${plural(t.documents, 'document')} checked; ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}.`);
  return out.join('\n') + '\n';
}
