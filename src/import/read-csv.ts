/**
 * Reads a CSV file with `csv-parse` (RFC 4180: quoted fields, embedded line breaks and quotes) into
 * rows numbered as a spreadsheet numbers them: row 1 holds the column names, row 2 is the first
 * record. The file must be UTF-8 (a byte-order mark is dropped) and at most MAX_CSV_BYTES; anything
 * else is a problem that names the file and, for a syntax error, its line.
 */
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { displayPath, type Problem } from '../problems/problem.ts';

/** Ten times api.gov.uk's catalogue.csv (213 KB): a catalogue that grew this much would be split. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

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
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return fail(file, 'is not a file', 'give the path of a .csv file');
    size = stat.size;
  } catch {
    return fail(file, 'does not exist', 'check the path (run the command from the repository root)');
  }
  if (size > MAX_CSV_BYTES) return fail(file, `is ${size} bytes, more than the ${MAX_CSV_BYTES} an import reads`, 'split the file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(readFileSync(file));
  } catch {
    return fail(file, 'is not valid UTF-8 text', 'save it as CSV UTF-8');
  }
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
