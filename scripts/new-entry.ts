/**
 * `npm run new-entry`: create a catalogue entry, interactively or from flags.
 * A thin wrapper over src/scaffold/run.ts; run with `--help` for the options.
 */
import { runNewEntry } from '../src/scaffold/run.ts';

try {
  process.exitCode = await runNewEntry(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    input: process.stdin,
    terminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    output: process.stdout,
  });
} catch (e) {
  process.stderr.write(`new-entry: internal error: ${(e as Error).message}\n`);
  if (process.env.DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
}
