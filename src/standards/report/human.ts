/**
 * Terminal output, per document: its root causes, errors first, each with its rule, the rule's page
 * and the places it shows as `file:line:col  where: message` (at most PLACES_SHOWN each; the JSON
 * output lists all), then exempt findings with their reason, a summary line (level, score, counts)
 * and an overall summary.
 */
import { formatLocation, type Problem } from '../../problems/problem.ts';
import { oneLine, PRINT_LIMITS } from '../../problems/safe-text.ts';
import type { SpecAssessment } from '../engine.ts';
import { rootCauses, sortFindings, type Finding } from '../finding.ts';
import { siteLink } from './links.ts';
import { countsText, plural, totals, type Report } from './model.ts';

/** Places listed per root cause; the rest are counted. */
export const PLACES_SHOWN = 10;

const severityWord = (s: 'error' | 'warn'): string => (s === 'error' ? 'error' : 'warning');

// Messages, places and reasons quote the document's own text (paths, names, exemption reasons): each is
// shown on one line, with control and invisible characters made visible, and cut (safe-text.ts).
const text = (s: string): string => oneLine(s, PRINT_LIMITS.message);

function problemLine(p: Problem): string {
  return `${formatLocation(p)}  ${severityWord(p.severity)}  ${p.rule}  ${text(p.message)}${p.hint ? ` (fix: ${oneLine(p.hint, PRINT_LIMITS.hint)})` : ''}`;
}

/** `where: message`, or the message alone when it already names the place. */
const located = (where: string, message: string): string => text(message.includes(where) ? message : `${where}: ${message}`);

/** One line per place of a finding: itself, then the places it covers. */
function placeLines(f: Finding): string[] {
  const own = `${formatLocation(f)}  ${located(f.where, f.message)}`;
  return [own, ...(f.covers ?? []).map((c) => `${formatLocation(c)}  ${text(c.where)}: same cause`)];
}

function causeLines(group: Finding[]): string[] {
  const first = group[0]!;
  const severity = group.some((f) => f.severity === 'error') ? 'error' : 'warn';
  const places = group.flatMap(placeLines);
  const lines = [`  ${severityWord(severity)}  ${first.rule}  ${siteLink(first.url)}${places.length > 1 ? `  (${places.length} places)` : ''}`];
  for (const p of places.slice(0, PLACES_SHOWN)) lines.push(`    ${p}`);
  if (places.length > PLACES_SHOWN) lines.push(`    … and ${places.length - PLACES_SHOWN} more places like these (--format json lists them all)`);
  return lines;
}

function resultLines(r: SpecAssessment): string[] {
  const lines = [oneLine(r.file, PRINT_LIMITS.file)];
  if (!r.assessable) {
    lines.push(`  ${problemLine(r.problem)}`);
    lines.push(`  => not assessable: ${text(r.reason)}`);
    return lines;
  }
  for (const group of rootCauses(sortFindings(r.findings.filter((x) => !x.exempt)))) lines.push(...causeLines(group));
  for (const f of r.findings.filter((x) => x.exempt)) {
    lines.push(`  exempt  ${f.rule}  ${formatLocation(f)}  ${located(f.where, f.message)} (exempt: ${text(f.exempt!.reason)})`);
  }
  lines.push(`  => level: ${r.level}, score: ${r.score}/100, ${countsText(r.counts)} (${r.specVersion === '2.0' ? 'Swagger' : 'OpenAPI'} ${r.specVersion})`);
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
    `${plural(t.documents, 'document')} checked: ${levels}, ${t.notAssessable} not assessable; ${countsText({ error: t.errors, warn: t.warnings, exempt: t.exempt, findings: t.findings })}.`,
  );
  return out.join('\n') + '\n';
}
