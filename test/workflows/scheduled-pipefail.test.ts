/**
 * The scheduled workflows pipe their command through `tee`. Actions' default shell is `bash -e`
 * without pipefail, where the pipeline's status is tee's; `shell: bash` runs the step with
 * `bash --noprofile --norc -eo pipefail {0}`, so a failing sync or link check fails the job.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  run?: string;
  shell?: string;
}
const steps = (file: string): Step[] => Object.values((parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: Step[] }> }).jobs).flatMap((j) => j.steps);

describe('the scheduled workflows fail when their command fails', () => {
  it.each(['.github/workflows/sync.yml', '.github/workflows/check-links.yml'])('%s: every step piped into tee runs with pipefail', (file) => {
    const piped = steps(file).filter((s) => /\|\s*tee\b/.test(s.run ?? ''));
    expect(piped.length).toBeGreaterThan(0);
    for (const s of piped) expect(s.shell === 'bash' || /^\s*set -[a-z]*o pipefail/m.test(s.run ?? ''), s.run).toBe(true);
  });
});
