import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs a script after src/pipeline/safe-process.ts, as the commands do, and returns what it printed. */
function printed(body: string): string {
  const script = `import './src/pipeline/safe-process.ts';\n${body}`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('the output guard of the commands that read the catalogue', () => {
  it('shows escape sequences written as text, as bytes and by a worker thread instead of passing them to the terminal', () => {
    const out = printed(`
      import { Worker } from 'node:worker_threads';
      process.stdout.write('text \\x1b[31mred\\n');
      process.stdout.write(Buffer.from('bytes \\x1b[31mred\\n'));
      await new Promise((done) => new Worker("console.log('worker \\\\x1b]8;;https://evil.example\\\\x07link')", { eval: true }).on('exit', done));
    `);
    expect(out).not.toContain('\x1b');
    expect(out.split('\n').filter(Boolean)).toEqual(['text <U+001B>[31mred', 'bytes <U+001B>[31mred', 'worker <U+001B>]8;;https://evil.example<U+0007>link']);
  });
});
