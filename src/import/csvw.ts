/**
 * Checks a table's rows against its CSV on the Web metadata (W3C CSVW), the `<file>-metadata.json`
 * that api.gov.uk publishes beside each CSV and never checked: required columns, the datatypes
 * `date` and `schema:URL`, `format` patterns, the primary key and foreign keys into another table.
 * Only that part of CSVW is read (no JavaScript library implements CSVW validation); a schema
 * feature outside it is ignored, never guessed at.
 */
import path from 'node:path';
import { readGuarded } from '../files/guarded.ts';
import type { CsvTable } from './read-csv.ts';

interface CsvwColumn {
  name: string;
  titles?: string | string[];
  required?: boolean;
  datatype?: string | { base?: string; format?: string; 'schema:name'?: string };
  separator?: string;
}

export interface CsvwSchema {
  /** The metadata file, as messages name it. */
  file: string;
  columns: CsvwColumn[];
  primaryKey?: string;
  foreignKeys: { column: string; table: string; references: string }[];
}

/** What a row breaks in the schema: one cell each. */
export interface CellProblem {
  row: number;
  column: string;
  /** `required`, `date`, `url`, `format`, `primary-key`, `foreign-key`. */
  kind: 'required' | 'date' | 'url' | 'format' | 'primary-key' | 'foreign-key';
  /** Says what is wrong with the value, naming the schema, e.g. `"2023-31-01" is not a date (catalogue.csv-metadata.json: date)`. */
  message: string;
}

/** The metadata beside a CSV file (`catalogue.csv-metadata.json`), when there is one. */
export function readCsvwSchema(csvFile: string): CsvwSchema | undefined {
  const file = `${csvFile}-metadata.json`;
  const read = readGuarded(file, { root: path.dirname(path.resolve(file)), kind: 'csv-metadata' });
  if (!read.ok) return undefined;
  try {
    const meta = JSON.parse(read.text) as {
      tableSchema?: { columns?: CsvwColumn[]; primaryKey?: string; foreignKeys?: { columnReference: string; reference: { resource: string; columnReference: string } }[] };
    };
    const schema = meta.tableSchema;
    if (!schema?.columns) return undefined;
    return {
      file: file.split('/').pop() ?? file,
      columns: schema.columns,
      ...(schema.primaryKey ? { primaryKey: schema.primaryKey } : {}),
      foreignKeys: (schema.foreignKeys ?? []).map((f) => ({ column: f.columnReference, table: f.reference.resource, references: f.reference.columnReference })),
    };
  } catch {
    return undefined;
  }
}

/** A real calendar date written as YYYY-MM-DD (CSVW's `date`, as api.gov.uk writes it). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function isAbsoluteUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Every cell of `table` that breaks `schema`. `foreign` gives the values of each referenced table's
 * key column, by the table's file name as the schema names it.
 */
export function checkCsvw(table: CsvTable, schema: CsvwSchema, foreign: Record<string, ReadonlySet<string>> = {}): CellProblem[] {
  const problems: CellProblem[] = [];
  const where = schema.file;
  for (const { row, values } of table.rows) {
    for (const col of schema.columns) {
      const value = values[col.name] ?? '';
      if (value === '') {
        if (col.required) problems.push({ row, column: col.name, kind: 'required', message: `${col.name} is empty, and ${where} requires it` });
        continue;
      }
      const type = typeof col.datatype === 'string' ? col.datatype : col.datatype?.base;
      const format = typeof col.datatype === 'object' ? col.datatype.format : undefined;
      if (type === 'date' && !isIsoDate(value)) {
        problems.push({ row, column: col.name, kind: 'date', message: `${col.name} "${value}" is not a date written as YYYY-MM-DD (${where} says it is a date)` });
      } else if (type === 'schema:URL' && !isAbsoluteUrl(value)) {
        problems.push({ row, column: col.name, kind: 'url', message: `${col.name} "${value}" is not a web address (${where} says it is a URL)` });
      } else if (format && !new RegExp(`^(?:${format})$`, 'u').test(value)) {
        const named = typeof col.datatype === 'object' && col.datatype['schema:name'] ? ` (${col.datatype['schema:name']})` : '';
        problems.push({ row, column: col.name, kind: 'format', message: `${col.name} "${value}" does not have the form ${where} gives${named}: ${format}` });
      }
    }
    for (const fk of schema.foreignKeys) {
      const keys = foreign[fk.table];
      const value = values[fk.column] ?? '';
      if (keys && value !== '' && !keys.has(value)) {
        problems.push({ row, column: fk.column, kind: 'foreign-key', message: `${fk.column} "${value}" is not an ${fk.references} in ${fk.table}` });
      }
    }
  }
  if (schema.primaryKey) {
    const key = schema.primaryKey;
    const rowsByKey = new Map<string, number[]>();
    for (const { row, values } of table.rows) {
      const v = values[key] ?? '';
      if (v !== '') rowsByKey.set(v, [...(rowsByKey.get(v) ?? []), row]);
    }
    for (const [value, rows] of rowsByKey) {
      if (rows.length < 2) continue;
      for (const row of rows) {
        problems.push({ row, column: key, kind: 'primary-key', message: `${key} "${value}" is ${where}'s primary key, but ${rows.length} rows share it` });
      }
    }
  }
  return problems.sort((a, b) => a.row - b.row);
}
