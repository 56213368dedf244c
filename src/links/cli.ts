/**
 * `npm run check-links [-- --catalogue <dir>] [--concurrency 8] [--timeout 15] [--ca <file>] [--dry-run]`:
 * checks every documentation, endpoint, contact and access URL and writes
 * catalogue/link-report.json, which the build shows (broken links on each entry and on the list of
 * broken links). Exits 0 when the report was written, whatever it found: a broken link is news
 * for its owners, not a fault of this run.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { londonToday } from '../checks/today.ts';
import { displayPath } from '../problems/problem.ts';
import { runLinkCheck } from './index.ts';
import { writeLinkReport } from './report-file.ts';
import { linkSummaryLines } from './summary.ts';

const USAGE = `usage: npm run check-links [-- options]

Checks every documentation, endpoint, contact and access URL of the catalogue's entries (HEAD, then
GET when HEAD fails; redirects followed and recorded) and writes catalogue/link-report.json for the
build to show.

options:
  --catalogue <dir>     the catalogue folder (default: catalogue)
  --concurrency <n>     requests at a time (default 8)
  --timeout <seconds>   for each request (default 15)
  --ca <file>           extra certificate authorities (PEM) to trust
  --dry-run             print the results, write no report
`;

export async function runCheckLinksCommand(argv: string[], out: { stdout: (s: string) => void; stderr: (s: string) => void }, today = londonToday()): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: { catalogue: { type: 'string', default: 'catalogue' }, concurrency: { type: 'string', default: '8' }, timeout: { type: 'string', default: '15' }, ca: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } }).values;
  } catch (e) {
    out.stderr(`check-links: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out.stdout(USAGE);
    return 0;
  }
  const concurrency = Number(values.concurrency);
  const timeout = Number(values.timeout);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    out.stderr(`check-links: --concurrency "${values.concurrency}" must be a whole number from 1 to 64\n`);
    return 2;
  }
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 120) {
    out.stderr(`check-links: --timeout "${values.timeout}" must be a number of seconds above 0, at most 120\n`);
    return 2;
  }
  const report = await runLinkCheck({ catalogueDir: values.catalogue, today, concurrency, timeoutMs: timeout * 1000, ...(values.ca ? { ca: readFileSync(values.ca, 'utf8') } : {}) });
  out.stdout(`${linkSummaryLines(report).join('\n')}\n`);
  if (!values['dry-run']) out.stdout(`Wrote ${displayPath(writeLinkReport(values.catalogue, report))}.\n`);
  return 0;
}
