/**
 * `npm run validate -- [options] [paths…]`: checks OpenAPI documents against the GDS API standards
 * the way the catalogue build does. scripts/validate.ts only calls `runValidate`.
 *
 * Exit codes: 0 no errors; 1 errors (a document that cannot be assessed counts as an error, and so
 * does a document below `--min-level`); 2 misuse (unknown option, missing path).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { assessSpecs } from './assess.ts';
import { discoverSpecs } from './discover.ts';
import { LEVELS, type Level } from './rule.ts';
import { FORMATS, formatReport, type Format } from './report/index.ts';
import type { SpecAssessment } from './engine.ts';

export const USAGE = `Usage: npm run validate -- [options] [paths…]

Checks OpenAPI and Swagger documents against the GDS API standards.

Paths (default: catalogue/entries):
  a catalogue entry folder   the documents its entry.yaml lists under specs
  any other folder           every .yaml, .yml and .json document below it with a top-level openapi or swagger field
  a file                     that document

Options:
  --format <human|json|github>       output format (default human)
  --min-level <baseline|silver|gold> fail when a document is below this level
  --no-cache                         check every document again instead of reusing unchanged results
  -h, --help                         show this help

Exit codes: 0 no errors, 1 errors found (or below --min-level), 2 wrong usage.
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
  const paths = options.paths.length > 0 ? options.paths : ['catalogue/entries'];
  const missing = paths.filter((p) => !existsSync(path.resolve(cwd, p)));
  if (missing.length > 0) {
    io.stderr(`validate: no such file or folder: ${missing.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const discovery = discoverSpecs(paths, cwd);
  if (discovery.items.length === 0 && discovery.problems.length === 0) {
    io.stderr(`validate: no OpenAPI or Swagger documents found in ${paths.join(', ')}\n`);
    return 2;
  }
  const results = await assessSpecs(discovery.items, { cwd, ...(options.cache ? {} : { cache: false }) });
  const report = { results: [...results.values()], inputProblems: discovery.problems };
  io.stdout(formatReport(report, options.format));

  const hasErrors = report.inputProblems.some((p) => p.severity === 'error') || report.results.some((r) => !r.assessable || r.counts.error > 0);
  const tooLow = options.minLevel !== undefined && report.results.some((r) => belowLevel(r, options.minLevel!));
  if (tooLow && options.format === 'human') io.stderr(`validate: at least one document is below the required level (${options.minLevel}).\n`);
  return hasErrors || tooLow ? 1 : 0;
}
