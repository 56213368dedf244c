/**
 * `npm run bench:lint -- <dir> [--compare] [--profile]`: how fast the standards engine assesses a
 * folder of OpenAPI documents (found as `npm run validate` finds them).
 *
 * - cold (cache cleared) and warm (all cached) runs: documents/s, MB/s of files read, peak RSS;
 * - `--compare`: the bare engine (Redocly's recommended rules with its own parser, none of ours,
 *   `no-invalid-schema-examples` off) on the same documents in the same worker pool;
 * - `--profile`: time spent in each GDS rule's visitors (summed over worker threads), and for rules
 *   built on Redocly built-ins the extra time of linting with that rule alone.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { readFile } from 'node:fs/promises';
import { assessSpecs, lintBare } from '../src/standards/assess.ts';
import { LintCache } from '../src/standards/cache.ts';
import { discoverSpecs } from '../src/standards/discover.ts';
import { assessText } from '../src/standards/engine.ts';
import { RULES } from '../src/standards/rules/index.ts';

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
const cacheDir = path.resolve('.cache', 'lint-bench');

async function measure<T>(run: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const start = performance.now();
  const result = await run();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { result, seconds, peakMb: peak / 1048576 };
}

const line = (label: string, docs: number, mb: number, m: { seconds: number; peakMb: number }): string =>
  `${label.padEnd(6)} ${m.seconds.toFixed(2).padStart(6)} s  ${(docs / m.seconds).toFixed(1).padStart(6)} documents/s  ${(mb / m.seconds).toFixed(2).padStart(6)} MB/s  peak RSS ${m.peakMb.toFixed(0)} MB`;

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
process.stdout.write(`${items.length} documents (${readFiles.size} files, ${mb.toFixed(2)} MB), ${RULES.length} GDS rules; ${notAssessable} not assessable\n`);
process.stdout.write(`${line('cold', items.length, mb, cold)}\n${line('warm', items.length, mb, warm)}\n`);

if (args.includes('--compare')) {
  const bare = await measure(() => lintBare(items.map((i) => i.file)));
  process.stdout.write(`${line('bare', items.length, mb, bare)}  (${bare.result.failed} the bare engine could not lint)\n`);
  process.stdout.write(`cold / bare = ${(cold.seconds / bare.seconds).toFixed(2)}×\n`);
}

if (args.includes('--profile')) {
  const times = new Map<string, number>();
  const profiled = await measure(() => assessSpecs(items, { profile: times }));
  process.stdout.write(`\nprofile run ${profiled.seconds.toFixed(2)} s; time in each rule's visitors (ms, summed over threads):\n`);
  for (const [rule, ms] of [...times.entries()].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${ms.toFixed(0).padStart(7)}  ${rule}\n`);

  // Rules built on Redocly built-ins: extra time of a lint with only that rule, over a lint with none.
  const builtIn = RULES.filter((r) => r.builtIn && Object.keys(r.builtIn).length > 0);
  if (builtIn.length > 0) {
    const texts = await Promise.all(items.map(async (i) => ({ ...i, text: (await readFile(i.file, 'utf8')).replace(/\r\n/g, '\n') })));
    const timeOnly = async (only: string[]): Promise<number> => {
      const start = performance.now();
      for (const t of texts) await assessText({ file: path.resolve(t.file), root: path.resolve(t.root), text: t.text }, { only });
      return performance.now() - start;
    };
    await timeOnly([]); // warm up
    const none = await timeOnly([]);
    process.stdout.write(`\nrules built on Redocly built-ins (ms over a lint with no rules, ${none.toFixed(0)} ms, one thread):\n`);
    const rows: [string, number][] = [];
    for (const r of builtIn) rows.push([`${r.id} (${Object.keys(r.builtIn!).join(', ')})`, (await timeOnly([r.id])) - none]);
    for (const [id, ms] of rows.sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${ms.toFixed(0).padStart(7)}  ${id}\n`);
  }
}
