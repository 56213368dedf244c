/**
 * `npm run bench:lint -- <dir> [--compare] [--profile]`: how fast the standards engine assesses a
 * folder of OpenAPI documents (found as `npm run validate` finds them), and how fast the command
 * line answers.
 *
 * - cold (cache cleared) and warm (all cached) runs of the engine: wall and CPU seconds (all
 *   threads), documents/s, MB/s of files read, peak RSS;
 * - the command line (`node scripts/validate.ts`, without npm's own start-up): a three-line document
 *   uncached and cached, and the whole folder cached;
 * - `--compare`: the bare engine (Redocly's recommended rules with its own parser, none of ours,
 *   `no-invalid-schema-examples` off) on the same documents in the same kind of worker pool;
 * - `--profile`: time spent in each rule (ours and the Redocly built-ins we run), in one thread.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessSpecs } from '../src/standards/assess.ts';
import { LintCache } from '../src/standards/cache.ts';
import { discoverSpecs } from '../src/standards/discover.ts';
import { assessText } from '../src/standards/engine.ts';
import { withDefaults } from '../src/standards/not-assessable.ts';
import { WorkerPool } from '../src/standards/pool.ts';
import { ensureRedoclyBundle } from '../src/standards/redocly-bundle.ts';
import { RULES } from '../src/standards/rules/index.ts';
import { timedConfig, type RuleTimes } from './bench/profile.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-'));
const unknown = args.filter((a) => a.startsWith('-') && a !== '--compare' && a !== '--profile');
if (!dir || unknown.length > 0) {
  process.stderr.write(`Usage: npm run bench:lint -- <dir> [--compare] [--profile]\n`);
  process.exit(2);
}

const { items } = discoverSpecs([dir]);
if (items.length === 0) {
  process.stderr.write(`bench:lint: no OpenAPI documents found in ${dir}\n`);
  process.exit(2);
}
const repo = fileURLToPath(new URL('../', import.meta.url));
const cacheDir = path.resolve('.cache', 'lint-bench');

interface Measured<T> {
  result: T;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
}

async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await run();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { result, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakMb: peak / 1048576 };
}

const line = (label: string, docs: number, mb: number, m: Measured<unknown>): string =>
  `${label.padEnd(6)} ${m.seconds.toFixed(2).padStart(6)} s wall ${m.cpuSeconds.toFixed(2).padStart(6)} s CPU  ${(docs / m.seconds).toFixed(1).padStart(6)} documents/s  ${(mb / m.seconds).toFixed(2).padStart(6)} MB/s  peak RSS ${m.peakMb.toFixed(0)} MB`;

const cache = new LintCache(cacheDir);
cache.clear();
const cold = await measure(() => assessSpecs(items, { cache: cacheDir }));
const readFiles = new Set<string>();
for (const r of cold.result.values()) {
  if (r.assessable) for (const f of r.files) readFiles.add(path.resolve(f));
  else readFiles.add(path.resolve(r.file));
}
const mb = [...readFiles].reduce((sum, f) => {
  try {
    return sum + statSync(f).size;
  } catch {
    return sum;
  }
}, 0) / 1048576;
const warm = await measure(() => assessSpecs(items, { cache: cacheDir }));

const results = [...cold.result.values()];
const notAssessable = results.filter((r) => !r.assessable).length;
process.stdout.write(`${items.length} documents (${readFiles.size} files, ${mb.toFixed(2)} MB), ${RULES.length} GDS rules, ${availableParallelism()} cores; ${notAssessable} not assessable\n`);
process.stdout.write(`${line('cold', items.length, mb, cold)}\n${line('warm', items.length, mb, warm)}\n`);

if (args.includes('--compare')) {
  const limits = withDefaults();
  const bare = await measure(async () => {
    const pool = new WorkerPool<{ file: string }, { problems?: number }>({
      script: new URL('./bench/bare-worker.ts', import.meta.url),
      workerData: { redoclyBundle: await ensureRedoclyBundle() },
      size: Math.min(items.length, availableParallelism()),
      timeoutMs: limits.timeoutMs,
      memoryMb: limits.memoryMb,
      onFailure: () => ({}),
    });
    try {
      const replies = await Promise.all(items.map((i) => pool.run({ file: path.resolve(i.file) })));
      return replies.filter((r) => r.problems === undefined).length;
    } finally {
      await pool.close();
    }
  });
  process.stdout.write(`${line('bare', items.length, mb, bare)}  (${bare.result} the bare engine could not lint)\n`);
  process.stdout.write(`cold / bare = ${(cold.seconds / bare.seconds).toFixed(2)}× wall, ${(cold.cpuSeconds / bare.cpuSeconds).toFixed(2)}× CPU\n`);
}

// The command line as a user runs it (node scripts/validate.ts; npm adds about 0.3 s of its own).
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timeCli(cliArgs: string[], cwd: string, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, [path.join(repo, 'scripts', 'validate.ts'), ...cliArgs], { cwd, stdio: 'ignore' });
    times.push((performance.now() - start) / 1000);
  }
  return median(times);
}
const scratch = mkdtempSync(path.join(tmpdir(), 'bench-lint-'));
try {
  const tiny = path.join(scratch, 'three-lines.yaml');
  writeFileSync(tiny, 'openapi: 3.1.0\ninfo: { title: Three lines, version: 1.0.0 }\npaths: {}\n');
  const uncached = timeCli(['--no-cache', tiny], scratch);
  timeCli([tiny], scratch, 1); // fills the cache
  const cached = timeCli([tiny], scratch);
  timeCli([path.resolve(dir)], scratch, 1);
  const folder = timeCli([path.resolve(dir)], scratch);
  process.stdout.write(
    `\ncommand line (node scripts/validate.ts, median of 3; npm's own start-up not included):\n` +
      `  three-line document, uncached  ${uncached.toFixed(2)} s\n` +
      `  three-line document, cached    ${cached.toFixed(2)} s\n` +
      `  ${items.length} documents, all cached   ${folder.toFixed(2)} s\n`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (args.includes('--profile')) {
  const times: RuleTimes = new Map();
  const texts = items.map((i) => ({ ...i, text: readFileSync(i.file, 'utf8').replace(/\r\n/g, '\n') }));
  const profiled = await measure(async () => {
    for (const t of texts) {
      await assessText({ file: path.resolve(t.file), root: path.resolve(t.root), text: t.text }, { configure: (rules, refsLocal) => timedConfig(rules, refsLocal, times) });
    }
  });
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`\nprofile: ${profiled.seconds.toFixed(2)} s in one thread, ${(total / 1000).toFixed(2)} s of it in rules; time in each rule (ms):\n`);
  for (const [rule, ms] of [...times.entries()].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${ms.toFixed(0).padStart(7)}  ${rule}\n`);
}
