/** `npm run check-links`: see src/links/cli.ts. */
import '../src/pipeline/safe-process.ts';
import { runCheckLinksCommand } from '../src/links/cli.ts';

try {
  process.exitCode = await runCheckLinksCommand(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
} catch (e) {
  process.stderr.write(`check-links: internal error: ${(e as Error).message}\n`);
  if (process.env.DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
}
