/**
 * Times the changelog (src/changelog/): reading the catalogue's history from Git and comparing
 * every pair of document versions with the spec diff.
 *
 * 1. The repository's own history (catalogue/ at HEAD), cold (empty cache) and warm: what the
 *    changelog adds to a build.
 * 2. A generated long history (`--entries`, `--commits`; 280 and 2,000 by default): cold, warm, and
 *    after ten more commits (a build after a few merges).
 *
 *   npm run bench:changelog [-- --entries 280 --commits 2000] [--skip-own] [--skip-generated]
 */
import '../src/pipeline/safe-process.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readChangelog, type Changelog } from '../src/changelog/index.ts';
import { generateHistory } from './bench/generate-history.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) {
    process.stderr.write(`--${name} takes a whole number above 0\n`);
    process.exit(2);
  }
  return v;
}

async function timed(label: string, catalogueDir: string, cacheDir: string): Promise<Changelog> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const changelog = await readChangelog({ catalogueDir, cacheDir });
  const wall = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const { commits, diffs, cachedDiffs } = changelog.stats;
  console.log(
    `${label}: ${wall.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU; ${commits} commits, ${changelog.changes.length} changes, ` +
      `${diffs} document comparisons (${cachedDiffs} from the cache); rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
  );
  if (changelog.coverage.state === 'unavailable') console.log(`  (no history: ${changelog.coverage.reason})`);
  return changelog;
}

const work = mkdtempSync(path.join(tmpdir(), 'bench-changelog-'));
try {
  if (!process.argv.includes('--skip-own')) {
    console.log('The repository\'s own history (catalogue/ at HEAD):');
    const cache = path.join(work, 'own-cache');
    await timed('  cold', 'catalogue', cache);
    await timed('  warm', 'catalogue', cache);
  }
  if (!process.argv.includes('--skip-generated')) {
    const entries = option('entries', 280);
    const commits = option('commits', 2000);
    const dir = path.join(work, 'generated');
    const started = performance.now();
    const made = generateHistory({ dir, entries, commits });
    console.log(`A generated history: ${entries} entries, ${commits} changes (${made} commits with the merges' branches), made in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
    const cache = path.join(work, 'generated-cache');
    const catalogue = path.join(dir, 'catalogue');
    await timed('  cold', catalogue, cache);
    await timed('  warm', catalogue, cache);
    const append = generateHistory({ dir: path.join(work, 'more'), entries, commits: commits + 10 });
    execFileSync('git', ['fetch', '-q', path.join(work, 'more'), 'main'], { cwd: dir });
    execFileSync('git', ['reset', '-q', '--hard', 'FETCH_HEAD'], { cwd: dir });
    await timed(`  after ten more commits (${append} in all), warm`, catalogue, cache);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
