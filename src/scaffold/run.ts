/**
 * `npm run new-entry`: creates a catalogue entry folder that passes the check path untouched.
 *
 * Interactive when no field flag is given: every question shows the field's meaning from the schema
 * and checks the answer at once, asking again when it is wrong. Entirely from flags for scripts
 * (`--kind api --name … --organisation …`): every answer is checked, and all problems are listed.
 * Then it writes the folder and runs the one check path on the new entry.
 */
import { createInterface } from 'node:readline/promises';
import path from 'node:path';
import { loadCatalogue } from '../catalogue/load.ts';
import { entry } from '../catalogue/schema.ts';
import { checkCatalogue, londonToday } from '../checks/index.ts';
import { verdictLines } from '../checks/format.ts';
import { displayPath, formatProblemLine } from '../problems/problem.ts';
import { entryFromAnswers, writeEntry } from './files.ts';
import { explanation, QUESTIONS, type Answers, type Question, type ScaffoldContext, type Verdict } from './questions.ts';

export interface NewEntryIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where interactive answers are read from. */
  input: NodeJS.ReadableStream;
  /** True when input and output are a terminal (line editing, echo). */
  terminal?: boolean;
  output?: NodeJS.WritableStream;
  cwd?: string;
}

const QUESTION_FLAGS = new Map(QUESTIONS.map((q) => [q.flag, q]));

const USAGE = `Usage: npm run new-entry [-- options]

Creates catalogue/entries/<id>/ with entry.yaml and, for an API, a starter OpenAPI 3.1 document.
With no field options it asks each question in turn, explaining the field. With field options it
asks nothing: give every required one (for scripts).

Field options:
${QUESTIONS.map((q) => `  ${`${q.flag} <${q.key === 'topics' || q.key === 'formats' ? 'a,b' : 'value'}>`.padEnd(28)}${q.label}${q.when ? ' (only for some entries)' : ''}`).join('\n')}

Other options:
  --catalogue <dir>           the catalogue folder (default: catalogue)
  -h, --help                  show this help

Exit codes: 0 created and passing the check, 1 refused or failing the check, 2 wrong usage.
`;

interface Parsed {
  catalogue: string;
  flags: Map<Question, string>;
  help: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Parsed {
  const parsed: Parsed = { catalogue: 'catalogue', flags: new Map(), help: false };
  const args = [...argv];
  while (args.length > 0) {
    const arg = args.shift() as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const v = eq > 0 ? arg.slice(eq + 1) : args.shift();
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '-h' || name === '--help') parsed.help = true;
    else if (name === '--catalogue') parsed.catalogue = value();
    else if (name === '--') continue;
    else {
      const q = QUESTION_FLAGS.get(name);
      if (!q) throw new UsageError(`unknown option ${arg}`);
      parsed.flags.set(q, value());
    }
  }
  return parsed;
}

/** Checks one answer (empty: the suggestion, or nothing when optional). */
function answer(q: Question, input: string, answers: Partial<Answers>, ctx: ScaffoldContext): Verdict<unknown> | { ok: true; value: undefined } {
  const trimmed = input.trim();
  if (trimmed === '') {
    const suggested = q.suggestion?.(answers);
    if (suggested) return q.check(suggested, answers, ctx);
    if (q.optional?.(answers)) return { ok: true, value: undefined };
    return { ok: false, error: `${q.label.replace(/\?$/, '').toLowerCase()} is required` };
  }
  return q.check(trimmed, answers, ctx);
}

const asked = (q: Question, answers: Partial<Answers>): boolean => !q.when || q.when(answers);

function fromFlags(flags: Map<Question, string>, ctx: ScaffoldContext, io: NewEntryIo): Answers | number {
  const answers: Partial<Answers> = {};
  const errors: string[] = [];
  const missing: Question[] = [];
  for (const q of QUESTIONS) {
    const given = flags.get(q);
    if (!asked(q, answers)) {
      if (given !== undefined) errors.push(`${q.flag}: not used for this entry (${explanation(q)})`);
      continue;
    }
    if (given === undefined && !q.optional?.(answers) && !q.suggestion?.(answers)) {
      missing.push(q);
      continue;
    }
    const result = answer(q, given ?? '', answers, ctx);
    if (result.ok) (answers as Record<string, unknown>)[q.key] = result.value;
    else errors.push(`${q.flag}: ${result.error}${result.hint ? ` (${result.hint})` : ''}`);
  }
  if (missing.length > 0) {
    io.stderr(`new-entry: missing ${missing.map((q) => q.flag).join(', ')}\n\n${missing.map((q) => `  ${q.flag}  ${explanation(q)}`).join('\n')}\n\nRun \`npm run new-entry -- --help\` for every option, or run it without options to be asked.\n`);
    return 2;
  }
  if (errors.length > 0) {
    io.stderr(`new-entry: nothing was written:\n${errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 1;
  }
  return answers as Answers;
}

async function interactively(ctx: ScaffoldContext, io: NewEntryIo): Promise<Answers | number> {
  const rl = createInterface({ input: io.input, ...(io.terminal && io.output ? { output: io.output, terminal: true } : { terminal: false }) });
  const lines = rl[Symbol.asyncIterator]();
  const answers: Partial<Answers> = {};
  io.stdout('Add an entry to the catalogue. Each question says what the field means; press Enter to accept a suggestion in [brackets] or to skip an optional one.\n');
  try {
    for (const q of QUESTIONS) {
      if (!asked(q, answers)) continue;
      const suggestion = q.suggestion?.(answers);
      io.stdout(`\n${q.label}${q.optional?.(answers) ? ' (optional)' : ''}\n  ${explanation(q)}\n${q.choices ? `  One of: ${q.choices.join(', ')}\n` : ''}`);
      for (;;) {
        io.stdout(suggestion ? `[${suggestion}] > ` : '> ');
        const line = await lines.next();
        if (line.done) {
          io.stderr(`\nnew-entry: the input ended before every question was answered; nothing was written.\n`);
          return 1;
        }
        if (!io.terminal) io.stdout(`${line.value}\n`);
        const result = answer(q, line.value, answers, ctx);
        if (result.ok) {
          (answers as Record<string, unknown>)[q.key] = result.value;
          break;
        }
        io.stdout(`  Not accepted: ${result.error}${result.hint ? ` (${result.hint})` : ''}\n`);
      }
    }
  } finally {
    rl.close();
  }
  return answers as Answers;
}

export async function runNewEntry(argv: readonly string[], io: NewEntryIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    io.stderr(`new-entry: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  const root = path.resolve(cwd, parsed.catalogue);
  const { catalogue, problems } = loadCatalogue(root);
  if (problems.some((p) => p.rule === 'entry/missing-file' && p.message === 'catalogue folder does not exist')) {
    io.stderr(`new-entry: there is no catalogue at ${parsed.catalogue}: run it from the repository root, or give --catalogue <dir>\n`);
    return 2;
  }
  const ctx: ScaffoldContext = { catalogue };
  const answers = parsed.flags.size > 0 ? fromFlags(parsed.flags, ctx, io) : await interactively(ctx, io);
  if (typeof answers === 'number') return answers;

  const today = londonToday();
  const data = entry.safeParse(entryFromAnswers(answers, today));
  if (!data.success) throw new Error(`internal: the answers make an invalid entry: ${data.error.message}`);
  const files = writeEntry(root, answers, today);
  io.stdout(`\nCreated ${files.map((f) => displayPath(f, cwd)).join(' and ')}.\n`);

  const check = await checkCatalogue({ catalogueDir: root, today, only: [answers.id], assess: { cwd } });
  io.stdout(`\n${verdictLines(check.entries, check.minimumLevel, check.today).join('\n')}\n`);
  for (const p of check.problems) io.stdout(`${p.severity === 'warn' ? 'warning: ' : ''}${formatProblemLine(p)}\n`);
  const folder = displayPath(path.join(root, 'entries', answers.id), cwd);
  io.stdout(
    `\nNext:\n${answers.kind === 'api' ? `  - describe the API's operations in ${folder}/openapi.yaml (or replace it with the API's own OpenAPI document)\n` : ''}  - check it: npm run validate -- ${folder}\n  - open a pull request: the team named for your organisation reviews it\n`,
  );
  return check.ok ? 0 : 1;
}
