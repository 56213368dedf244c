/**
 * The report as GitHub Markdown, for the pull-request comment and the job summary. Every value
 * that comes from the pull request (ids, names, paths, messages) goes through src/github/markdown.ts.
 * A comment has a size limit: when the report would not fit, lists are shortened first, then the
 * details of the last entries are left out, with a note; what to fix is always shown.
 */
import { code, inline, text } from '../github/markdown.ts';
import { CHANGE_GROUP_TITLES, CHANGE_GROUPS } from '../openapi/diff/kinds.ts';
import type { ChangeFact, DocumentReport, EntryReport, Failure, FindingFact, LikelyDuplicate, PrReport, ProblemFact } from './model.ts';

export interface MarkdownOptions {
  /** Longest Markdown, in characters (GitHub's comment limit is 65,536; the marker needs a few). */
  maxLength?: number;
}

const FAILURE_TITLES: Record<Failure['code'], string> = {
  problem: 'Problem',
  'below-minimum': 'Below the minimum level',
  'level-drop': 'Level dropped',
  'entry-removed': 'Entry removed',
  'breaking-change': 'Breaking change',
};

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
const short = (commit: string): string => commit.slice(0, 7);
const arrow = <T>(v: { before?: T | undefined; after?: T | undefined }): string => `${v.before ?? '—'} → ${v.after ?? '—'}`;
/** The file's path inside its entry folder (`openapi.yaml`), or the whole path outside one. */
const inEntry = (file: string, id: string): string => {
  const prefix = `catalogue/entries/${id}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
};

function details(summary: string, lines: string[]): string[] {
  if (lines.length === 0) return [];
  return ['<details>', `<summary>${summary}</summary>`, '', ...lines, '', '</details>', ''];
}

function capped<T>(items: readonly T[], total: number, limit: number, line: (item: T) => string): string[] {
  const shown = items.slice(0, limit).map(line);
  const rest = total - shown.length;
  return rest > 0 ? [...shown, `- … and ${rest} more`] : shown;
}

function findingLine(f: FindingFact): string {
  const place = f.where ? ` at ${inline(f.where, { max: 120 })}` : f.pointer ? ` at ${code(f.pointer, { max: 120 })}` : '';
  const at = f.line !== undefined ? ` (line ${f.line})` : '';
  return `- ${f.severity === 'error' ? '**error**' : 'warning'} ${code(f.rule)}${place}${at}: ${inline(f.message)}`;
}

function problemLine(p: ProblemFact): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const hint = p.hint ? ` (${inline(p.hint)})` : '';
  return `- ${p.severity === 'error' ? '**error**' : 'warning'} ${code(where)}: ${inline(p.message)}${hint}`;
}

function changeLine(c: ChangeFact): string {
  return `- ${inline(c.message)}`;
}

function summaryLine(report: PrReport): string {
  const count = (change: EntryReport['change']): number => report.entries.filter((e) => e.change === change).length;
  const docs = report.entries.flatMap((e) => e.documents);
  const breaking = docs.reduce((n, d) => n + d.breaking, 0);
  const found = docs.reduce((n, d) => n + d.newFindings.total, 0);
  const fixed = docs.reduce((n, d) => n + d.fixedFindings.total, 0);
  return `**${count('added')} added, ${count('changed')} changed, ${count('removed')} removed** · ${plural(breaking, 'breaking change')} · ${plural(found, 'new finding')}, ${fixed} fixed`;
}

function header(report: PrReport): string[] {
  const n = report.failures.length;
  const title = n === 0 ? '### ✅ API catalogue check: ready for review' : `### ❌ API catalogue check: ${plural(n, 'thing')} to fix`;
  return [
    title,
    '',
    `Compared ${code(report.base.ref)} (${short(report.base.commit)}) with ${code(report.head.ref)} (${short(report.head.commit)}) on ${report.today}. New and changed APIs must reach level **${report.minimumLevel}**.`,
    '',
    report.entries.length === 0 ? 'No entry was added, changed or removed.' : summaryLine(report),
    '',
  ];
}

function failureSection(report: PrReport, limit: number): string[] {
  if (report.failures.length === 0) return [];
  const lines = report.failures.slice(0, limit).map((f, i) => {
    const entry = f.entry ? ` in ${code(f.entry)}` : '';
    const fix = f.hint ? `<br>Fix: ${inline(f.hint)}` : '';
    return `${i + 1}. **${FAILURE_TITLES[f.code]}**${entry}: ${inline(f.message)}${fix}`;
  });
  const rest = report.failures.length - lines.length;
  return ['#### What to fix', '', ...lines, ...(rest > 0 ? [`${lines.length + 1}. … and ${rest} more (see the job's output)`] : []), ''];
}

function entryTable(report: PrReport, maxRows: number): string[] {
  if (report.entries.length === 0) return [];
  const rest = report.entries.length - Math.min(maxRows, report.entries.length);
  const rows = report.entries.slice(0, maxRows).map((e) => {
    const name = e.name ? `<br>${text(e.name, { max: 80 })}` : '';
    const status = e.status.before === e.status.after ? (e.status.after ?? '—') : arrow(e.status);
    const hasLevel = e.level.before !== undefined || e.level.after !== undefined;
    return `| ${code(e.id, { cell: true })}${name} | ${e.change} | ${status} | ${hasLevel ? arrow(e.level) : '—'} | ${hasLevel ? arrow(e.score) : '—'} |`;
  });
  if (rows.length === 0) return ['#### Entries', '', `${plural(rest, 'entry', 'entries')}: too many to list in a comment.`, ''];
  return ['#### Entries', '', '| Entry | Change | Status | Level | Score |', '| --- | --- | --- | --- | --- |', ...rows, ...(rest > 0 ? ['', `… and ${rest} more.`] : []), ''];
}

function duplicateLine(d: LikelyDuplicate, limit: number): string[] {
  return d.of.slice(0, limit).map((o) => {
    const reasons = o.reasons.length ? `: ${o.reasons.map((r) => inline(r, { max: 300 })).join('; ')}` : '';
    return `- ${code(d.entry.id)} is much like ${text(o.name, { max: 120 })} (${code(o.id)}, ${text(o.organisation, { max: 120 })}), similarity ${o.score.toFixed(2)}${reasons}.`;
  });
}

function duplicateSection(report: PrReport, limit: number): string[] {
  const found = report.duplicates ?? [];
  if (found.length === 0) return [];
  return [
    '#### Possible duplicates',
    '',
    'Before building again, reuse the existing entry, or say how they relate in the new entry (`related`, `successor`, or `provides` for a component). This does not fail the check.',
    '',
    ...found.flatMap((d) => duplicateLine(d, limit)),
    '',
  ];
}

function documentSection(e: EntryReport, d: DocumentReport, limit: number): string[] {
  const facts = [`level ${arrow(d.level)}`, `score ${arrow(d.score)}`];
  if (d.version.before !== undefined || d.version.after !== undefined) {
    facts.push(`version ${code(d.version.before ?? '—', { max: 40 })} → ${code(d.version.after ?? '—', { max: 40 })}${d.newVersion ? ' (a new version)' : ''}`);
  }
  const out = [`**${code(inEntry(d.file, e.id))}** (${d.change}): ${facts.join(', ')}`, ''];
  if (d.change === 'removed') out.push('The document was removed: every operation in it is gone for its clients.', '');
  if (d.diffIncomplete) out.push(`The comparison stopped early: ${inline(d.diffIncomplete)}`, '');
  const byGroup = (group: ChangeFact['group']): ChangeFact[] => d.changes.items.filter((c) => c.group === group);
  const breaking = byGroup('breaking');
  if (breaking.length > 0) out.push(`${CHANGE_GROUP_TITLES.breaking} (${d.breaking}):`, '', ...capped(breaking, d.breaking, limit, changeLine), '');
  for (const group of CHANGE_GROUPS.filter((g) => g !== 'breaking')) {
    const items = byGroup(group);
    out.push(...details(`${CHANGE_GROUP_TITLES[group]} (${items.length})`, capped(items, items.length, limit, changeLine)));
  }
  if (d.changes.total > d.changes.items.length) out.push(`… and ${d.changes.total - d.changes.items.length} more changes.`, '');
  // Errors cost the document its level: shown. Warnings only cost score: folded away.
  const errors = d.newFindings.items.filter((f) => f.severity === 'error');
  const warnings = d.newFindings.items.filter((f) => f.severity !== 'error');
  const hiddenWarnings = d.newFindings.total - errors.length;
  if (errors.length > 0) out.push(`New errors (${errors.length}):`, '', ...capped(errors, errors.length, limit, findingLine), '');
  out.push(...details(`New warnings (${hiddenWarnings})`, capped(warnings, hiddenWarnings, limit, findingLine)));
  out.push(...details(`Fixed findings (${d.fixedFindings.total})`, capped(d.fixedFindings.items, d.fixedFindings.total, limit, findingLine)));
  return out;
}

function entrySection(e: EntryReport, limit: number): string[] {
  const name = e.name ? `: ${text(e.name, { max: 120 })}` : '';
  const out = [`#### ${code(e.id)}${name} (${e.change})`, ''];
  if (e.files.total > 0) {
    const files = e.files.items.slice(0, limit).map((f) => code(inEntry(f, e.id))).join(', ');
    out.push(`Files: ${files}${e.files.total > Math.min(limit, e.files.items.length) ? ` and ${e.files.total - Math.min(limit, e.files.items.length)} more` : ''}`, '');
  }
  const c = e.conformance;
  if (c && !c.meetsMinimum) {
    const waiver = c.waiver.state === 'live' ? `under a conformance waiver until ${c.waiver.until}` : c.waiver.state === 'expired' ? `and its conformance waiver ended on ${c.waiver.until}` : 'without a conformance waiver';
    out.push(`Below the minimum level ${c.minimumLevel}, ${waiver}${c.held ? '' : ' (not held to it)'}.`, '');
  }
  const shown = (d: DocumentReport): boolean => d.change !== 'unchanged' || d.newFindings.total > 0 || d.fixedFindings.total > 0;
  const unchanged = e.documents.filter((d) => !shown(d));
  if (unchanged.length > 0) out.push(`Unchanged: ${unchanged.map((d) => `${code(inEntry(d.file, e.id))} (level ${d.level.after ?? '—'}, score ${d.score.after ?? '—'})`).join(', ')}.`, '');
  for (const d of e.documents) if (shown(d)) out.push(...documentSection(e, d, limit));
  if (e.newProblems.total > 0) out.push(`New problems (${e.newProblems.total}):`, '', ...capped(e.newProblems.items, e.newProblems.total, limit, problemLine), '');
  return out;
}

function footer(report: PrReport, omitted: number): string[] {
  const notes: string[] = [];
  if (omitted > 0) notes.push(`The details of ${plural(omitted, 'entry', 'entries')} were left out to fit in a comment: run \`npm run pr-report\` or see the job's summary.`);
  if (report.errorsAlreadyOnBase > 0) notes.push(`${plural(report.errorsAlreadyOnBase, 'error was', 'errors were')} already on ${code(report.base.ref)} and are not held against this pull request.`);
  notes.push('Made by `npm run pr-report`: run it on your own machine for the same verdict.');
  return notes.map((n) => `<sub>${n}</sub>`).flatMap((n) => [n, '']);
}

interface Fit {
  /** Most items in each list. */
  limit: number;
  /** How many entries get a details section. */
  entries: number;
  /** Rows of the entry table. */
  rows: number;
  /** Failures listed. */
  failures: number;
}

function render(report: PrReport, fit: Fit): string {
  const detailed = report.entries.filter((e) => e.change !== 'removed');
  const shown = detailed.slice(0, fit.entries);
  const other = report.otherProblems;
  const parts = [
    ...header(report),
    ...failureSection(report, fit.failures),
    ...entryTable(report, fit.rows),
    ...duplicateSection(report, fit.limit),
    ...shown.flatMap((e) => entrySection(e, fit.limit)),
    ...(other.total > 0 ? ['#### Other problems', '', ...capped(other.items, other.total, fit.limit, problemLine), ''] : []),
    ...footer(report, detailed.length - shown.length),
  ];
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * The report as Markdown that fits in `maxLength` characters: the fullest rendering that fits,
 * shortening lists first, then leaving out entries' details, then the table and failures.
 */
export function renderMarkdown(report: PrReport, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? 60_000;
  const all = report.entries.length;
  for (const limit of [20, 5, 1]) {
    const md = render(report, { limit, entries: all, rows: all, failures: 50 });
    if (md.length <= max) return md;
  }
  // The most entries whose details fit (binary search: each try renders the whole report).
  let fits = -1;
  for (let lo = 0, hi = all - 1; lo <= hi; ) {
    const mid = Math.floor((lo + hi) / 2);
    if (render(report, { limit: 1, entries: mid, rows: all, failures: 50 }).length <= max) {
      fits = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (fits >= 0) return render(report, { limit: 1, entries: fits, rows: all, failures: 50 });
  let md = '';
  for (const fit of [
    { limit: 1, entries: 0, rows: 100, failures: 20 },
    { limit: 1, entries: 0, rows: 20, failures: 10 },
    { limit: 1, entries: 0, rows: 0, failures: 5 },
  ]) {
    md = render(report, fit);
    if (md.length <= max) return md;
  }
  // Only very long refs could get here: cut at a line, never inside one.
  return `${md.slice(0, md.lastIndexOf('\n', max - 60))}\n\n<sub>The report was cut to fit.</sub>\n`;
}
