/**
 * Times the whole site build on the catalogue in the repository, cold (no lint cache) and warm,
 * and prints the output's size, page count and largest pages.
 *
 *   npm run bench:build -- [out dir]      (default .cache/bench-dist)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.argv[2] ?? '.cache/bench-dist');

function timeBuild(label: string): number {
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/build.ts', '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

function walk(dir: string, files: { file: string; bytes: number }[] = []): { file: string; bytes: number }[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) walk(p, files);
    else files.push({ file: path.relative(out, p), bytes: s.size });
  }
  return files;
}

rmSync(path.resolve('.cache/lint'), { recursive: true, force: true });
timeBuild('cold build (no lint cache)');
timeBuild('warm build (lint cache)');

const files = walk(out);
const html = files.filter((f) => f.file.endsWith('.html')).sort((a, b) => b.bytes - a.bytes);
const total = files.reduce((n, f) => n + f.bytes, 0);
const search = files.filter((f) => f.file.startsWith('pagefind/')).reduce((n, f) => n + f.bytes, 0);
console.log(`dist: ${files.length} files, ${(total / 1024 / 1024).toFixed(1)} MB (search index ${(search / 1024 / 1024).toFixed(1)} MB); ${html.length} HTML pages`);
for (const f of html.slice(0, 5)) console.log(`  ${(f.bytes / 1024).toFixed(0).padStart(5)} KB  ${f.file}`);
