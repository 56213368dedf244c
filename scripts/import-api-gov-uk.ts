/** `npm run import:api-gov-uk -- <catalogue.csv> <organisation.csv>`: see src/import/api-gov-uk/cli.ts. */
import '../src/pipeline/safe-process.ts';
import { runImport } from '../src/import/api-gov-uk/cli.ts';

try {
  process.exitCode = runImport(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
} catch (e) {
  process.stderr.write(`import:api-gov-uk: internal error: ${(e as Error).message}\n`);
  if (process.env.DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
}
