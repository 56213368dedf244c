/**
 * Reads a report back from a JSON file, such as the artifact the pull-request workflow uploads.
 * That file was written by the pull request's own code, so it is untrusted data: it must be a
 * regular file of at most MAX_REPORT_BYTES holding JSON of the report's shape, and the verdict is
 * worked out again from its facts (policy.ts) rather than taken from it.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { constants } from 'node:fs';
import { prReport, REPORT_SCHEMA_ID, type PrReport } from './model.ts';
import { withVerdict } from './policy.ts';

export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

export class ReportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFileError';
  }
}

function readBounded(file: string): string {
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    throw new ReportFileError(`${file}: no such file (was the report artifact uploaded by the check workflow?)`);
  }
  if (!stat.isFile()) throw new ReportFileError(`${file}: not a regular file; a report is a JSON file`);
  if (stat.size > MAX_REPORT_BYTES) throw new ReportFileError(`${file}: ${stat.size} bytes, over the limit of ${MAX_REPORT_BYTES} for a report`);
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_REPORT_BYTES) throw new ReportFileError(`${file}: ${size} bytes, over the limit of ${MAX_REPORT_BYTES} for a report`);
    const buffer = Buffer.alloc(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, buffer, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
      return decoder.decode(buffer.subarray(0, at));
    } catch {
      throw new ReportFileError(`${file}: not UTF-8 text`);
    }
  } finally {
    closeSync(fd);
  }
}

/** The report in `file`, checked against the schema, with its verdict worked out again. */
export function readReportFile(file: string): PrReport {
  const raw = readBounded(file);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new ReportFileError(`${file}: not JSON (${(e as Error).message})`);
  }
  const schema = (data as { schema?: unknown } | null)?.schema;
  if (schema !== REPORT_SCHEMA_ID) {
    throw new ReportFileError(`${file}: not a pull-request report of this version (its "schema" is ${JSON.stringify(schema)?.slice(0, 80)}, expected "${REPORT_SCHEMA_ID}")`);
  }
  const parsed = prReport.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `/${i.path.join('/')}: ${i.message}`);
    throw new ReportFileError(`${file}: not a valid pull-request report:\n  ${issues.join('\n  ')}${parsed.error.issues.length > 5 ? `\n  … and ${parsed.error.issues.length - 5} more` : ''}`);
  }
  return withVerdict(parsed.data);
}
