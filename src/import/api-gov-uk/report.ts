/** The import's report in words: one line per row, then the counts the closing note quotes. */
import type { ImportReport, RowReport } from './index.ts';
import { REASONS, type ReasonCode } from './reasons.ts';

/** Reasons that hold for every imported row, said once instead of on each line. */
const EVERY_ROW: readonly ReasonCode[] = ['access/not-in-source'];

export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  reported: number;
  /** Rows by reason: reported rows by their reason, imported rows by each note they carry. */
  byReason: Map<ReasonCode, number>;
  organisations: { rows: number; created: number; onGovUk: number; notOnGovUk: number };
}

export function importCounts(report: ImportReport): ImportCounts {
  const byReason = new Map<ReasonCode, number>();
  const count = (code: ReasonCode) => byReason.set(code, (byReason.get(code) ?? 0) + 1);
  const outcomes = { created: 0, updated: 0, unchanged: 0, merged: 0, reported: 0 };
  for (const r of report.rows) {
    outcomes[r.outcome.kind] += 1;
    if (r.outcome.kind === 'reported') count(r.outcome.code);
    if (r.outcome.kind === 'merged') count('row/merged');
    for (const code of new Set(r.notes.map((n) => n.code))) count(code);
  }
  return {
    rows: report.rows.length,
    ...outcomes,
    byReason,
    organisations: {
      rows: report.organisations.length,
      created: report.organisations.filter((o) => o.created).length,
      onGovUk: report.organisations.filter((o) => o.mapping.onGovUk).length,
      notOnGovUk: report.organisations.filter((o) => !o.mapping.onGovUk).length,
    },
  };
}

/** `row 36: created "findr-matching-service"; url is empty: no production endpoint recorded; …`. */
export function rowLine(r: RowReport): string {
  const o = r.outcome;
  const head =
    o.kind === 'reported'
      ? o.message
      : o.kind === 'merged'
        ? `merged into "${o.id}" (same ${o.by}): the entry keeps its owners' text${o.addedName ? `, and "${r.name}" is added to its alternative names` : ''}`
        : `${o.kind} "${o.id}"`;
  const notes = r.notes.filter((n) => !EVERY_ROW.includes(n.code)).map((n) => n.message);
  return `row ${r.row}: ${[head, ...notes].join('; ')}`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function reportLines(report: ImportReport, files: { catalogue: string; organisations: string }): string[] {
  const c = importCounts(report);
  const lines: string[] = [];
  lines.push(`${files.organisations}: ${plural(c.organisations.rows, 'row')}`);
  for (const o of report.organisations) {
    lines.push(`row ${o.row}: "${o.mapping.sourceId}" is ${o.mapping.onGovUk ? 'GOV.UK organisation' : 'organisation'} "${o.mapping.slug}" (${o.mapping.how}); ${o.created ? 'created' : 'already in the catalogue'}`);
  }
  lines.push('', `${files.catalogue}: ${plural(c.rows, 'row')}`);
  for (const r of report.rows) lines.push(rowLine(r));
  for (const code of EVERY_ROW) if (c.byReason.has(code)) lines.push(`every imported row: ${REASONS[code]}; each entry lists it among the gaps its owners fill in`);
  if (report.schemaProblems.length) {
    lines.push('', 'Checked against the CSV on the Web schemas beside the files:');
    for (const s of report.schemaProblems) {
      const kinds = new Map<string, number>();
      for (const cell of s.cells) kinds.set(cell.kind, (kinds.get(cell.kind) ?? 0) + 1);
      const rows = new Set(s.cells.map((cell) => cell.row)).size;
      lines.push(`  ${s.file}: ${s.cells.length === 0 ? 'every row conforms' : `${plural(s.cells.length, 'cell')} in ${plural(rows, 'row')} break it (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`}`);
    }
  }
  lines.push(
    '',
    `Rows: ${c.rows} = ${c.created} created + ${c.updated} updated + ${c.unchanged} unchanged + ${c.merged} merged into existing entries + ${c.reported} reported, not imported.`,
    `Organisations: ${c.organisations.rows} rows, ${c.organisations.created} created; ${c.organisations.onGovUk} on GOV.UK, ${c.organisations.notOnGovUk} not.`,
    'Rows by reason:',
    ...[...c.byReason]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([code, n]) => `  ${String(n).padStart(4)}  ${code}  ${REASONS[code]}`),
    `Files written: ${report.written.length}.`,
  );
  return lines;
}
