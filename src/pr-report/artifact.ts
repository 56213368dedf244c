/**
 * Reads a report back from a JSON file, such as the artifact the pull-request workflow uploads.
 * That file was written by the pull request's own code, so it is untrusted data: it is read through
 * the guarded reader (src/files/guarded.ts: a regular file, no links, at most the `pr-report` limit of
 * src/files/limits.ts, strict UTF-8), it must hold JSON of the report's shape, and the verdict is
 * worked out again from its facts (policy.ts) rather than taken from it.
 */
import path from 'node:path';
import { readGuarded, type Refusal } from '../files/guarded.ts';
import { formatProblemLine } from '../problems/problem.ts';
import { prReport, REPORT_SCHEMA_ID, type PrReport } from './model.ts';
import { withVerdict } from './policy.ts';

export class ReportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFileError';
  }
}

/** What to do when the file is refused, where the guarded reader's hint speaks of catalogue files. */
const HINTS: Partial<Record<Refusal, string>> = {
  missing: 'was the report artifact uploaded by the check workflow?',
  symlink: 'a report is a JSON file: give the file itself',
  'not-a-file': 'a report is a JSON file: give the file itself',
  'not-a-folder': 'a report is a JSON file: give the file itself',
};

/** The report in `file`, checked against the schema, with its verdict worked out again. */
export function readReportFile(file: string): PrReport {
  const read = readGuarded(file, { root: path.dirname(path.resolve(file)), kind: 'pr-report' });
  if (!read.ok) {
    const hint = HINTS[read.reason];
    throw new ReportFileError(formatProblemLine(hint ? { ...read.problem, hint } : read.problem));
  }
  const raw = read.text;
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
