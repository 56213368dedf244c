/**
 * `npm run new-entry`: create a catalogue entry, interactively or from flags.
 * A thin wrapper over src/scaffold/run.ts; run with `--help` for the options.
 */
import { guardProcessOutput } from '../src/problems/safe-text.ts';
import { runNewEntry } from '../src/scaffold/run.ts';

// Run from options (by a script, or in CI), everything it prints is guarded as the other commands'
// output is. Asking questions, it leaves the terminal's own control sequences to readline.
const args = process.argv.slice(2);
if (args.length > 0) guardProcessOutput();

try {
  process.exitCode = await runNewEntry(args, {
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
