/**
 * `npm run pr-report`: the pull-request report. scripts/pr-report.ts only calls `runPrReport`.
 *
 * Exit codes: 0 the pull request passes (or, with `--from`, the comment was posted); 1 it fails
 * the check; 2 the report could not be made or posted (wrong usage, unknown ref, GitHub error).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GitError } from '../git/git.ts';
import { GitHubError, gitHubTargetFromEnv } from '../github/env.ts';
import { redact } from '../github/redact.ts';
import { StaleHeadError, upsertStickyComment } from '../github/sticky-comment.ts';
import { UserInputError, formatProblemLine } from '../problems/problem.ts';
import { readReportFile, ReportFileError } from './artifact.ts';
import { renderMarkdown } from './markdown.ts';
import type { PrReport } from './model.ts';

export const COMMENT_MARKER = '<!-- gov-api-catalogue:pr-report -->';

export const USAGE = `Usage: npm run pr-report -- [--base <ref>] [--head <ref>] [options]
       npm run pr-report -- --post --from <report.json> [--pr <number>] [--expect-head-sha <sha>]

Compares the catalogue at two Git commits and reports what a pull request changes: entries added,
changed and removed, problems, each API's conformance level and score before and after with new
and fixed findings, and breaking changes in its OpenAPI documents. Both commits are read from Git:
nothing is checked out, and uncommitted changes are not included.

Options:
  --base <ref>              what the pull request goes into (default main); the report starts
                            from the merge base of --base and --head
  --head <ref>              the pull request's commit (default HEAD)
  --base-label <text>       a name to show for the base instead of the ref
  --head-label <text>       a name to show for the head instead of the ref
  --format <markdown|json>  what to print (default markdown)
  --output <file>           also write the report as JSON to this file
  --markdown <file>         also write the report as Markdown to this file
  --today <YYYY-MM-DD>      the day of the verdict (waivers end on a date; default today in London)
  --no-cache                check every document again instead of reusing unchanged results
  --pr <number>             the pull request the report is for
  --post                    post the report as a comment on pull request --pr, or update the
                            comment posted before; reads GITHUB_API_URL, GITHUB_REPOSITORY and
                            GITHUB_TOKEN as GitHub Actions sets them
  --from <report.json>      with --post: post this report (made with --output) instead of making
                            one; the pull request number may then come from the report
  --expect-head-sha <sha>   with --post: post only if the pull request's head is this commit
  --comment-author <login>  with --post: the login the comment is written as (default: the
                            token's own, or github-actions[bot] for an Actions token)
  -h, --help                show this help

Exit codes: 0 passes (with --from: posted), 1 fails the check, 2 the report could not be made or posted.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Parsed {
  base: string;
  head: string;
  baseLabel?: string;
  headLabel?: string;
  format: 'markdown' | 'json';
  output?: string;
  markdown?: string;
  today?: string;
  cache: boolean;
  pr?: number;
  post: boolean;
  from?: string;
  expectHeadSha?: string;
  commentAuthor?: string;
  help: boolean;
}

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Parsed {
  const parsed: Parsed = { base: 'main', head: 'HEAD', format: 'markdown', cache: true, post: false, help: false };
  const args = [...argv];
  while (args.length > 0) {
    const arg = args.shift()!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (allowEmpty = false): string => {
      const v = inline ?? args.shift();
      if (v === undefined || (!allowEmpty && v === '')) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--base':
        parsed.base = value();
        break;
      case '--head':
        parsed.head = value();
        break;
      case '--base-label':
        parsed.baseLabel = value();
        break;
      case '--head-label':
        parsed.headLabel = value();
        break;
      case '--format': {
        const f = value();
        if (f !== 'markdown' && f !== 'json') throw new UsageError(`--format must be markdown or json, not "${f}"`);
        parsed.format = f;
        break;
      }
      case '--output':
        parsed.output = value();
        break;
      case '--markdown':
        parsed.markdown = value();
        break;
      case '--today': {
        const d = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`))) throw new UsageError(`--today must be a date written as YYYY-MM-DD, not "${d}"`);
        parsed.today = d;
        break;
      }
      case '--no-cache':
        parsed.cache = false;
        break;
      case '--pr': {
        // Empty is allowed: the comment workflow passes the event's number, which GitHub leaves
        // empty for a pull request from a fork; the number then comes from the report.
        const n = value(true);
        if (n === '') break;
        if (!/^[1-9]\d{0,9}$/.test(n)) throw new UsageError(`--pr must be a pull request number, not "${n}"`);
        parsed.pr = Number(n);
        break;
      }
      case '--post':
        parsed.post = true;
        break;
      case '--from':
        parsed.from = value();
        break;
      case '--expect-head-sha': {
        const sha = value();
        if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) throw new UsageError(`--expect-head-sha must be a full commit id, not "${sha}"`);
        parsed.expectHeadSha = sha;
        break;
      }
      case '--comment-author':
        parsed.commentAuthor = value();
        break;
      case '-h':
      case '--help':
        parsed.help = true;
        break;
      default:
        throw new UsageError(`unknown option "${arg}"`);
    }
  }
  if (parsed.from && !parsed.post) throw new UsageError('--from is only for --post');
  if (parsed.expectHeadSha && !parsed.post) throw new UsageError('--expect-head-sha is only for --post');
  return parsed;
}

function write(cwd: string, file: string, text: string): void {
  const abs = path.resolve(cwd, file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

async function post(report: PrReport, args: Parsed, io: CliIo, secrets: string[]): Promise<void> {
  const target = gitHubTargetFromEnv(io.env ?? process.env);
  secrets.push(target.token);
  let issue = args.pr;
  if (args.from) {
    const claimed = report.pullRequest?.number;
    if (issue !== undefined && claimed !== undefined && claimed !== issue) {
      throw new GitHubError(`the report is for pull request #${claimed}, not #${issue}: it was not posted`);
    }
    if (issue === undefined) {
      if (claimed === undefined) throw new GitHubError('give --pr: the report does not say which pull request it is for');
      if (!args.expectHeadSha) throw new GitHubError('give --expect-head-sha when the pull request number comes from the report, so that it is checked against the commit');
      issue = claimed;
    }
  }
  if (issue === undefined) throw new UsageError('--post needs --pr <number>');
  const result = await upsertStickyComment(
    target,
    {
      issue,
      marker: COMMENT_MARKER,
      body: renderMarkdown(report),
      ...(args.expectHeadSha ? { expectHeadSha: args.expectHeadSha } : {}),
      ...(args.commentAuthor ? { author: args.commentAuthor } : {}),
    },
    { notice: (t) => io.stderr(`${t}\n`) },
  );
  io.stderr(`pr-report: ${result.action} the comment on pull request #${issue}: ${result.url}\n`);
}

/** Runs the command; returns the exit code. Nothing it prints contains the GitHub token. */
export async function runPrReport(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const secrets: string[] = [];
  const io: CliIo = { ...rawIo, stdout: (t) => rawIo.stdout(redact(t, secrets)), stderr: (t) => rawIo.stderr(redact(t, secrets)) };
  const cwd = path.resolve(io.cwd ?? process.cwd());
  let args: Parsed;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`pr-report: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    if (args.from) {
      const report = readReportFile(path.resolve(cwd, args.from));
      await post(report, args, io, secrets);
      return 0;
    }
    // Loaded only to make a report: posting one (--from) needs neither Git nor the check path.
    const { makeReport } = await import('./compare.ts');
    const report = await makeReport({
      cwd,
      base: args.base,
      head: args.head,
      ...(args.baseLabel ? { baseLabel: args.baseLabel } : {}),
      ...(args.headLabel ? { headLabel: args.headLabel } : {}),
      ...(args.today ? { today: args.today } : {}),
      ...(args.pr !== undefined ? { pullRequest: args.pr } : {}),
      cache: args.cache,
    });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const markdown = renderMarkdown(report);
    if (args.output) write(cwd, args.output, json);
    if (args.markdown) write(cwd, args.markdown, markdown);
    io.stdout(args.format === 'json' ? json : markdown);
    if (args.post) await post(report, args, io, secrets);
    return report.failures.length > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof StaleHeadError) {
      io.stderr(`pr-report: ${e.message}\n`);
      return 0;
    }
    if (e instanceof UsageError) {
      io.stderr(`pr-report: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof GitError || e instanceof GitHubError || e instanceof ReportFileError) {
      io.stderr(`pr-report: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UserInputError) {
      io.stderr(`pr-report: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} stopped the report:\n${e.problems.map(formatProblemLine).join('\n')}\n`);
      return 2;
    }
    throw e;
  }
}
