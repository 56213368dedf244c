/**
 * Times the whole site build, cold (no lint cache) and warm, and prints the output's size, page count
 * and the largest page of each type (home, A to Z, entry, API reference, conformance report …).
 *
 *   npm run bench:build -- [--catalogue <dir>] [--out <dir>] [--once]
 *     (defaults: catalogue/, .cache/bench-dist; --once: one warm build, keeping the lint cache)
 *   A large catalogue to measure: npm run generate:catalogue -- --entries 1000
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

function parseArgs(argv: string[]): { catalogue: string; out: string; once: boolean } {
  let catalogue = 'catalogue';
  let out = '.cache/bench-dist';
  let once = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--catalogue' && argv[i + 1]) catalogue = argv[++i] as string;
    else if (arg === '--out' && argv[i + 1]) out = argv[++i] as string;
    else if (arg === '--once') once = true;
    else {
      process.stderr.write(`unknown option ${arg}\nusage: npm run bench:build -- [--catalogue <dir>] [--out <dir>] [--once]\n`);
      process.exit(2);
    }
  }
  return { catalogue: path.resolve(catalogue), out: path.resolve(out), once };
}

const { catalogue, out, once } = parseArgs(process.argv.slice(2));

function timeBuild(label: string): number {
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/build.ts', '--catalogue', catalogue, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

function walk(dir: string, files: { file: string; bytes: number }[] = []): { file: string; bytes: number }[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) walk(p, files);
    else files.push({ file: path.relative(out, p).split(path.sep).join('/'), bytes: s.size });
  }
  return files;
}

/** The kind of page an HTML file of the built site is, from its path. */
function pageType(file: string): string {
  const p = file.replace(/index\.html$/, '');
  const rules: [RegExp, string][] = [
    [/^$/, 'home'],
    [/^entries\/$|^entries\/letter\/|^a-to-z\//, 'A to Z'],
    [/^entries\/[^/]+\/(specs\/\d+\/)?reference\//, 'API reference'],
    [/^entries\/[^/]+\/conformance\/$/, 'conformance report'],
    [/^entries\/[^/]+\/$/, 'entry'],
    [/^organisations\/$/, 'organisations list'],
    [/^organisations\//, 'organisation'],
    [/^topics\/$/, 'topics list'],
    [/^(topics|kinds|statuses|access)\//, 'browse (topic, kind, status, access)'],
    [/^browse\//, 'browse (topic, kind, status, access)'],
    [/^standards\/rules\//, 'rule'],
    [/^standards\/dashboard\//, 'dashboard'],
    [/^standards\/$/, 'standards'],
    [/^search\//, 'search'],
    [/^404\.html$/, 'not found'],
  ];
  return rules.find(([re]) => re.test(p))?.[1] ?? 'prose and other';
}

if (once) timeBuild('build');
else {
  rmSync(path.resolve('.cache/lint'), { recursive: true, force: true });
  timeBuild('cold build (no lint cache)');
  timeBuild('warm build (lint cache)');
}

const files = walk(out);
const html = files.filter((f) => f.file.endsWith('.html')).sort((a, b) => b.bytes - a.bytes);
const total = files.reduce((n, f) => n + f.bytes, 0);
const search = files.filter((f) => f.file.startsWith('pagefind/')).reduce((n, f) => n + f.bytes, 0);
console.log(`dist: ${files.length} files, ${(total / 1024 / 1024).toFixed(1)} MB (search index ${(search / 1024 / 1024).toFixed(1)} MB); ${html.length} HTML pages`);
console.log('largest page of each type:');
const seen = new Map<string, { file: string; bytes: number; count: number }>();
for (const f of html) {
  const type = pageType(f.file);
  const known = seen.get(type);
  if (known) known.count += 1;
  else seen.set(type, { ...f, count: 1 });
}
for (const [type, f] of [...seen.entries()].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`  ${type.padEnd(38)} ${(f.bytes / 1024).toFixed(0).padStart(5)} KB  ${f.file}  (${f.count} pages)`);
}
