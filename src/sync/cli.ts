/**
 * `npm run sync [-- --catalogue <dir>] [--dry-run]`: fetch upstream OpenAPI documents and
 * federated metadata, write what changed, print a summary. GitHub is reached at GITHUB_API_URL
 * (https://api.github.com by default) with GITHUB_TOKEN when set, as in Actions. Exits 0 when it
 * ran (failures of single sources are in the summary, and their entries keep their copies), 1 when
 * the catalogue cannot be read, 2 for bad options or environment.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createGitHubClient } from '../github/client.ts';
import { gitHubApiFromEnv, GitHubError } from '../github/env.ts';
import { formatProblemLine } from '../problems/problem.ts';
import { MAX_DOCUMENT_BYTES } from './document.ts';
import { runSync } from './index.ts';
import { limitedFetch } from './limited-fetch.ts';
import { syncLines } from './report.ts';

const USAGE = `usage: npm run sync [-- options]

Fetches every upstream OpenAPI document that entries name (specs[].upstream: a GitHub repository,
path and ref through the contents API, or an https URL) and the api.gov.uk/v1alpha metadata that
organisations publish (metadataUrl), writes what changed into the entries' folders, and prints a
summary. A source that cannot be fetched, is too large or is not OpenAPI is reported; its entry
keeps the committed copy.

environment: GITHUB_API_URL (default https://api.github.com), GITHUB_TOKEN (optional; raises the
rate limit from 60 to 5,000 requests an hour), NODE_EXTRA_CA_CERTS for a department's own CA.

options:
  --catalogue <dir>   the catalogue folder (default: catalogue)
  --dry-run           fetch and report, write nothing
  --ca <file>         extra certificate authorities (PEM) to trust for https sources
`;

export async function runSyncCommand(argv: string[], env: NodeJS.ProcessEnv, out: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: { catalogue: { type: 'string', default: 'catalogue' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', default: false }, ca: { type: 'string' } } }).values;
  } catch (e) {
    out.stderr(`sync: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out.stdout(USAGE);
    return 0;
  }
  let api;
  try {
    api = gitHubApiFromEnv(env);
  } catch (e) {
    if (e instanceof GitHubError) {
      out.stderr(`sync: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const client = createGitHubClient({ apiUrl: api.apiUrl, owner: '', repo: '', token: api.token ?? '' }, { notice: (t) => out.stderr(`${t}\n`), fetch: limitedFetch(MAX_DOCUMENT_BYTES) });
  const report = await runSync({
    catalogueDir: values.catalogue,
    github: { client, apiUrl: api.apiUrl },
    dryRun: values['dry-run'],
    ...(values.ca ? { ca: readFileSync(values.ca, 'utf8') } : {}),
  });
  if (report.problems.length) {
    for (const p of report.problems) out.stderr(`${formatProblemLine(p)}\n`);
    out.stderr('sync: the catalogue does not load; nothing fetched\n');
    return 1;
  }
  out.stdout(`${syncLines(report).join('\n')}\n`);
  if (values['dry-run']) out.stdout('Dry run: nothing was written.\n');
  return 0;
}
