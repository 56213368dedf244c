/**
 * `npm run import:api-gov-uk -- <catalogue.csv> <organisation.csv> [--catalogue <dir>] [--date YYYY-MM-DD] [--dry-run]`.
 * Prints one line per row and the counts; exits 1 when a file cannot be read, 0 otherwise (rows
 * that are reported are part of a successful import: each has its reason).
 */
import { parseArgs } from 'node:util';
import { londonToday } from '../../checks/today.ts';
import { formatProblemLine } from '../../problems/problem.ts';
import { isIsoDate } from '../csvw.ts';
import { importApiGovUk } from './index.ts';
import { reportLines } from './report.ts';

const USAGE = `usage: npm run import:api-gov-uk -- <catalogue.csv> <organisation.csv> [options]

Imports api.gov.uk's catalogue into catalogue/: a new entry for each row that is not in the
catalogue yet, marked as awaiting its owners' review; rows that describe an existing entry are
merged into it or reported; every row is accounted for as "row N: …". Running it twice changes
nothing.

options:
  --catalogue <dir>    the catalogue folder (default: catalogue)
  --date YYYY-MM-DD    the import's date (default: today in the UK)
  --dry-run            report what would change, write nothing
`;

export function runImport(argv: string[], out: { stdout: (s: string) => void; stderr: (s: string) => void }): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { catalogue: { type: 'string', default: 'catalogue' }, date: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  } catch (e) {
    out.stderr(`import:api-gov-uk: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 2) {
    out.stderr(`import:api-gov-uk: give the two files, catalogue.csv and organisation.csv\n\n${USAGE}`);
    return 2;
  }
  const today = values.date ?? londonToday();
  if (!isIsoDate(today)) {
    out.stderr(`import:api-gov-uk: --date "${today}" is not a date written as YYYY-MM-DD\n`);
    return 2;
  }
  const [catalogueCsv, organisationCsv] = positionals as [string, string];
  const report = importApiGovUk({ catalogueCsv, organisationCsv, catalogueDir: values.catalogue, today, dryRun: values['dry-run'] });
  if (report.problems.length) {
    for (const p of report.problems) out.stderr(`${formatProblemLine(p)}\n`);
    out.stderr('import:api-gov-uk: nothing imported\n');
    return 1;
  }
  out.stdout(`${reportLines(report, { catalogue: catalogueCsv, organisations: organisationCsv }).join('\n')}\n`);
  if (values['dry-run']) out.stdout('Dry run: nothing was written.\n');
  return 0;
}
