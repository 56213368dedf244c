/**
 * `npm run validate -- [options] [paths…]`: checks OpenAPI documents against the GDS API standards
 * the way the catalogue build does. scripts/validate.ts only calls `runValidate`.
 *
 * Exit codes: 0 no errors; 1 errors (a document that cannot be assessed counts as an error, and so
 * does a document below `--min-level`); 2 misuse (unknown option, missing path).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { assessSpecs, type AssessOptions } from './assess.ts';
import { sortTargets } from '../checks/targets.ts';
import type { Problem } from '../problems/problem.ts';
import { discoverSpecs } from './discover.ts';
import { LEVELS, type Level } from './rule.ts';
import { FORMATS, formatReport, type Format } from './report/index.ts';
import type { SpecAssessment } from './engine.ts';

export const USAGE = `Usage: npm run validate -- [options] [paths…]

Checks catalogue entries as the build does, and OpenAPI and Swagger documents against the GDS API
standards.

Paths (default: catalogue, the whole catalogue):
  the catalogue folder, or its entries folder
                             every entry, checked exactly as the build checks it: its fields, its
                             links to other entries, duplicates, the documents it names and the
                             catalogue's minimum conformance level (with waivers)
  an entry folder, or its entry.yaml, entry.yml or entry.mdx
                             that entry, checked the same way (the whole catalogue is read, so links
                             and duplicates are checked against every entry)
  any other folder           every .yaml, .yml and .json document below it with a top-level openapi or swagger field
  any other file             that document

Options:
  --format <human|json|github>       output format (default human)
  --min-level <baseline|silver|gold> fail when a document is below this level
  --no-cache                         check every document again instead of reusing unchanged results
  -h, --help                         show this help

Exit codes: 0 no errors, 1 errors found (for entries: the build's verdict; or below --min-level),
2 wrong usage.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd?: string;
}

interface Parsed {
  paths: string[];
  format: Format;
  minLevel?: Level;
  cache: boolean;
  help: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Parsed {
  const parsed: Parsed = { paths: [], format: 'human', cache: true, help: false };
  const args = [...argv];
  while (args.length > 0) {
    const arg = args.shift()!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args.shift();
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '-h':
      case '--help':
        parsed.help = true;
        break;
      case '--format': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`unknown format "${v}" (use ${FORMATS.join(', ')})`);
        parsed.format = v as Format;
        break;
      }
      case '--min-level': {
        const v = value();
        if (!(LEVELS as readonly string[]).includes(v)) throw new UsageError(`unknown level "${v}" (use ${LEVELS.join(', ')})`);
        parsed.minLevel = v as Level;
        break;
      }
      case '--no-cache':
        parsed.cache = false;
        break;
      case '--':
        parsed.paths.push(...args.splice(0));
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        parsed.paths.push(arg);
    }
  }
  return parsed;
}

const belowLevel = (r: SpecAssessment, min: Level): boolean => !r.assessable || r.level === 'none' || LEVELS.indexOf(r.level) < LEVELS.indexOf(min);

export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  let options: Parsed;
  try {
    options = parseArgs(argv);
  } catch (e) {
    io.stderr(`validate: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  const paths = options.paths.length > 0 ? options.paths : ['catalogue'];
  const missing = paths.filter((p) => !existsSync(path.resolve(cwd, p)));
  if (missing.length > 0) {
    io.stderr(`validate: no such file or folder: ${missing.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  // Catalogue entries go through the one check path (src/checks/), loaded only when needed.
  const targets = sortTargets(paths, cwd);
  if ('error' in targets) {
    io.stderr(`validate: ${targets.error}\n`);
    return 2;
  }
  const discovery = targets.other.length > 0 ? discoverSpecs(targets.other, cwd) : { items: [], problems: [] };
  if (!targets.catalogue && discovery.items.length === 0 && discovery.problems.length === 0) {
    io.stderr(`validate: no OpenAPI or Swagger documents found in ${paths.join(', ')}\n`);
    return 2;
  }
  const assess = { cwd, ...(options.cache ? {} : { cache: false as const }) };
  const entries = targets.catalogue ? await checkEntries(targets.catalogue, assess) : undefined;
  const results = discovery.items.length > 0 ? await assessSpecs(discovery.items, assess) : new Map<string, SpecAssessment>();
  const report = { results: [...(entries?.results ?? []), ...results.values()], inputProblems: [...(entries?.problems ?? []), ...discovery.problems] };
  io.stdout(formatReport(report, options.format));
  if (entries && options.format === 'human') io.stdout(`\n${entries.verdict.join('\n')}\n`);

  const documentErrors = [...results.values()].some((r) => !r.assessable || r.counts.error > 0) || discovery.problems.some((p) => p.severity === 'error');
  const hasErrors = documentErrors || (entries !== undefined && !entries.ok);
  const tooLow = options.minLevel !== undefined && report.results.some((r) => belowLevel(r, options.minLevel!));
  if (tooLow && options.format === 'human') io.stderr(`validate: at least one document is below the required level (${options.minLevel}).\n`);
  return hasErrors || tooLow ? 1 : 0;
}

/**
 * Catalogue entries through the one check path: their documents' results, the problems the check
 * found (other than those the results show), the verdict lines, and whether they pass.
 */
async function checkEntries(target: { root: string; only?: string[] }, assess: AssessOptions): Promise<{ results: SpecAssessment[]; problems: Problem[]; verdict: string[]; ok: boolean }> {
  const { checkCatalogue, londonToday, reportedByEntryCheck } = await import('../checks/index.ts');
  const { verdictLines } = await import('../checks/format.ts');
  const check = await checkCatalogue({ catalogueDir: target.root, today: londonToday(), ...(target.only ? { only: target.only } : {}), assess });
  const shown = new Set(check.entries.flatMap((e) => e.documentProblems));
  return {
    results: check.entries.flatMap((e) => e.assessments.filter((a) => !reportedByEntryCheck(a))),
    problems: check.problems.filter((p) => !shown.has(p)),
    verdict: verdictLines(check.entries, check.minimumLevel, check.today),
    ok: check.ok,
  };
}
