/**
 * Builds the site: checks the catalogue and assesses every OpenAPI document once, renders the pages
 * with Astro into a staging folder, indexes them with Pagefind, and only then
 * replaces dist/ by renames (src/pipeline/publish.ts). A failure at any step leaves the previous
 * dist/ whole, so a half-built site is never published and the good one is never lost.
 *
 *   npm run build            build into dist/
 *   npm run build -- --out <dir> --catalogue <dir>
 */
import '../src/pipeline/safe-process.ts';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { getSiteModelOnce } from '../src/pipeline/run.ts';
import { reportAndExit } from '../src/pipeline/report.ts';
import { loadEntryReference } from '../src/openapi/entry-reference.ts';
import { searchRecords } from '../src/site/search-index.ts';
import type { SiteModel } from '../src/site/build-model.ts';
import { buildNoticeLines } from '../src/checks/format.ts';
import { changelogSummary } from '../src/changelog/index.ts';
import { publish, recoverInterrupted, stageBeside, stagingFolder } from '../src/pipeline/publish.ts';

function parseArgs(argv: string[]): { out: string; catalogue: string } {
  let out = 'dist';
  let catalogue = 'catalogue';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) out = argv[++i] as string;
    else if (argv[i] === '--catalogue' && argv[i + 1]) catalogue = argv[++i] as string;
    else {
      process.stderr.write(`unknown option ${argv[i]}\nusage: npm run build [-- --out <dir>] [--catalogue <dir>]\n`);
      process.exit(2);
    }
  }
  return { out: path.resolve(out), catalogue: path.resolve(catalogue) };
}

function folderStats(dir: string): { files: number; bytes: number; largest: { file: string; bytes: number } } {
  let files = 0;
  let bytes = 0;
  let largest = { file: '', bytes: 0 };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else {
        files += 1;
        bytes += s.size;
        if (p.endsWith('.html') && s.size > largest.bytes) largest = { file: path.relative(dir, p), bytes: s.size };
      }
    }
  };
  walk(dir);
  return { files, bytes, largest };
}

/** Indexes the catalogue for search from the site model (not from the pages): see src/site/search-index.ts. */
async function indexWithPagefind(site: string, model: SiteModel): Promise<number> {
  const records = await searchRecords(model, async (view, index) => (await loadEntryReference(view, index)).model);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addHTMLFile({ url: record.url, content: record.content });
    if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return records.length;
}

async function main(): Promise<void> {
  const { out, catalogue } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const root = process.cwd();
  const staging = path.join(root, '.cache', 'dist-staging');
  const beside = stagingFolder(out);
  recoverInterrupted(out);

  let model: SiteModel;
  try {
    model = await getSiteModelOnce({ catalogueDir: catalogue });
    console.log(`catalogue: ${model.counts.entries} ${model.counts.entries === 1 ? "entry" : "entries"} from ${model.counts.organisations} organisation${model.counts.organisations === 1 ? "" : "s"}`);
    for (const line of buildNoticeLines(model.entries.flatMap((v) => (v.verdict ? [v.verdict] : [])))) console.log(line);
    console.log(changelogSummary(model.changelog));
    if (model.reuse) {
      const { stats } = model.reuse.index;
      console.log(`reuse index: ${stats.operations} operations, ${stats.recognitions} data-item recognitions in ${stats.documents} documents, similar entries and duplicates in ${model.reuse.buildMs} ms`);
    }
  } catch (error) {
    reportAndExit(error);
  }

  let pages: number;
  try {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(path.dirname(staging), { recursive: true });
    await build({ root, outDir: staging, logLevel: 'warn' });
    pages = await indexWithPagefind(staging, model);
    if (!existsSync(path.join(staging, 'pagefind', 'pagefind.js'))) throw new Error('the search index is missing from the build');
    const published = publish(stageBeside(staging, out), out);
    if (published.warning) console.warn(`warning: ${published.warning}`);
  } finally {
    // Whatever happened, no half-built site is left behind; the previous one is untouched or back in place.
    rmSync(staging, { recursive: true, force: true });
    rmSync(beside, { recursive: true, force: true });
  }
  const stats = folderStats(out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `built ${path.relative(root, out) || out} in ${seconds} s: ${stats.files} files, ${(stats.bytes / 1024 / 1024).toFixed(1)} MB; ` +
      `${pages} search records; largest page ${stats.largest.file} (${(stats.largest.bytes / 1024).toFixed(0)} KB)`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
