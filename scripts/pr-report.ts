/**
 * `npm run pr-report -- [options]`: what a pull request changes in the catalogue, and whether it
 * passes the check. A thin wrapper over src/pr-report/cli.ts; run with `--help` for the options.
 */
import '../src/pipeline/safe-process.ts';
import { redact } from '../src/github/redact.ts';
import { runPrReport } from '../src/pr-report/cli.ts';

try {
  process.exitCode = await runPrReport(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (e) {
  // Not caused by user input: say what failed, without a stack trace unless asked for.
  const secrets = [process.env.GITHUB_TOKEN ?? ''];
  process.stderr.write(`pr-report: internal error: ${redact((e as Error).message, secrets)}\n`);
  if (process.env.DEBUG) process.stderr.write(`${redact((e as Error).stack ?? '', secrets)}\n`);
  process.exitCode = 2;
}
