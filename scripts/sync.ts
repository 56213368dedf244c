/** `npm run sync`: see src/sync/cli.ts. */
import '../src/pipeline/safe-process.ts';
import { runSyncCommand } from '../src/sync/cli.ts';

try {
  process.exitCode = await runSyncCommand(process.argv.slice(2), process.env, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
} catch (e) {
  process.stderr.write(`sync: internal error: ${(e as Error).message}\n`);
  if (process.env.DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
}
