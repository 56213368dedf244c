/**
 * `npm run codeowners`: writes .github/CODEOWNERS from the catalogue.
 * `npm run codeowners -- --check`: fails when the committed file is out of date.
 */
import '../src/pipeline/safe-process.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from '../src/catalogue/load.ts';
import { CODEOWNERS_FILE, renderCodeowners } from '../src/codeowners/codeowners.ts';
import { formatProblemLine } from '../src/problems/problem.ts';

const USAGE = `Usage: npm run codeowners -- [--check] [--catalogue <dir>] [--out <file>]

Writes ${CODEOWNERS_FILE} from each organisation's githubTeam and the maintainers' team.
  --check   write nothing; exit 1 when the file is out of date
`;

function main(argv: string[]): number {
  let check = false;
  let catalogueDir = 'catalogue';
  let out = CODEOWNERS_FILE;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--catalogue' && argv[i + 1]) catalogueDir = argv[++i]!;
    else if (arg === '--out' && argv[i + 1]) out = argv[++i]!;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else {
      process.stderr.write(`codeowners: unknown option ${JSON.stringify(arg)}\n\n${USAGE}`);
      return 2;
    }
  }
  const { catalogue, problems } = loadCatalogue(catalogueDir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    process.stderr.write(`codeowners: the catalogue has ${errors.length} problem${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} first:\n${errors.map(formatProblemLine).join('\n')}\n`);
    return 1;
  }
  const text = renderCodeowners(catalogue);
  const current = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
  if (check) {
    if (current === text) {
      process.stdout.write(`${out} is up to date.\n`);
      return 0;
    }
    process.stderr.write(`${out} is ${current === undefined ? 'missing' : 'out of date'}: run \`npm run codeowners\` and commit the result.\n`);
    return 1;
  }
  if (current === text) {
    process.stdout.write(`${out} is already up to date.\n`);
    return 0;
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, text);
  const orgs = new Set(catalogue.entries.map((e) => e.entry.organisation)).size;
  process.stdout.write(`Wrote ${out}: ${catalogue.entries.length} entries, ${orgs} organisation${orgs === 1 ? '' : 's'}.\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
