/** Prints user-input problems one per line and exits; anything else is a bug and keeps its stack. */
import { formatProblemLine, UserInputError } from '../problems/problem.ts';

export function reportAndExit(error: unknown): never {
  if (error instanceof UserInputError) {
    process.stderr.write(`\nThe catalogue has ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was built.\n\n`);
    for (const p of error.problems) process.stderr.write(`${formatProblemLine(p)}\n`);
    process.stderr.write('\n');
    process.exit(1);
  }
  throw error;
}
