/**
 * Reads a CSV file with `csv-parse` (RFC 4180: quoted fields, embedded line breaks and quotes) into
 * rows numbered as a spreadsheet numbers them: row 1 holds the column names, row 2 is the first
 * record. It is read by the guarded reader: a regular file, no link, strict UTF-8 (a byte-order mark
 * is dropped), at most the limit for a CSV; anything else is a problem that names the file and, for a
 * syntax error, its line.
 */
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { readGuarded } from '../files/guarded.ts';
import { displayPath, type Problem } from '../problems/problem.ts';

export interface CsvRow {
  /** The spreadsheet row number (the header is row 1). */
  row: number;
  /** Each column's value by its name in the header, trimmed; an absent cell is "". */
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  columns: string[];
  rows: CsvRow[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; problem: Problem };

const fail = (file: string, message: string, hint: string, line?: number): CsvResult => ({
  ok: false,
  problem: { file: displayPath(file), ...(line !== undefined ? { line } : {}), rule: 'import/csv', severity: 'error', message, hint },
});

export function readCsv(file: string): CsvResult {
  const read = readGuarded(file, { root: path.dirname(path.resolve(file)), kind: 'csv' });
  if (!read.ok) return { ok: false, problem: read.problem };
  const text = read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text;
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    return fail(file, `is not valid CSV: ${String(err.message ?? e).replace(/^Invalid [^:]*: /, '')}`, 'check the quotes around that line', err.lines);
  }
  const [header, ...body] = records;
  if (!header || header.length === 0) return fail(file, 'has no header row', 'the first row must name the columns');
  const columns = header.map((h) => h.trim());
  const rows = body.map((cells, i) => ({
    row: i + 2,
    values: Object.fromEntries(columns.map((c, j) => [c, (cells[j] ?? '').trim()])),
  }));
  return { ok: true, table: { file: displayPath(file), columns, rows } };
}
