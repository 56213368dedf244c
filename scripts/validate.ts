/**
 * `npm run validate -- [paths…]`: check OpenAPI documents against the GDS API standards.
 * A thin wrapper over src/standards/cli.ts; run with `--help` for the options. Node's compile cache
 * is switched on first, so that a second run starts from compiled code.
 */
import '../src/pipeline/safe-process.ts';
import { enableCompileCache } from '../src/standards/compile-cache.ts';

enableCompileCache();
const { runValidate } = await import('../src/standards/cli.ts');

try {
  process.exitCode = await runValidate(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (e) {
  // Not caused by user input: say what failed, without a stack trace unless asked for.
  process.stderr.write(`validate: internal error: ${(e as Error).message}\n`);
  if (process.env.DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
}
