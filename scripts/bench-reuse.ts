/**
 * What the reuse index costs a build: the time to read every entry's documents into reference
 * models (which the API reference pages need anyway), to build the capability index from them,
 * and to compare every pair of entries; and the size of the index as JSON.
 *
 *   npm run bench:reuse -- [catalogue dir] [--scale N]
 *
 * `--scale N` repeats the catalogue's entries N times (as distinct entries) to see how the index
 * and the comparisons grow.
 */
import '../src/pipeline/safe-process.ts';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCapabilityIndex, type IndexSource } from '../src/reuse/capability-index.ts';
import { allSimilarEntries } from '../src/reuse/duplicates.ts';
import { SimilarityModel } from '../src/reuse/similarity.ts';
import { indexSources } from '../src/reuse/sources.ts';
import { loadSiteModelWithoutAssessment } from '../src/reuse/load-catalogue.ts';

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--scale') ?? 'catalogue');

const ms = (from: number) => `${Math.round(performance.now() - from)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

let t = performance.now();
const site = loadSiteModelWithoutAssessment(dir);
console.log(`catalogue loaded: ${site.entries.length} entries (${ms(t)})`);

t = performance.now();
const base = await indexSources(site.entries);
console.log(`documents read into reference models: ${base.reduce((n, s) => n + s.documents.length, 0)} (${ms(t)}; shared with the API reference pages)`);

const sources: IndexSource[] = [];
for (let copy = 0; copy < scale; copy += 1) {
  for (const s of base) sources.push(copy === 0 ? s : { ...s, entry: { ...s.entry, id: `${s.entry.id}-${copy}` } });
}

const heap = process.memoryUsage().heapUsed;
t = performance.now();
const index = buildCapabilityIndex(sources);
console.log(`capability index: ${index.stats.entries} entries, ${index.stats.operations} operations, ${index.stats.fields} fields, ${index.stats.recognitions} data-item recognitions (${ms(t)})`);
const json = JSON.stringify(index);
console.log(`  as JSON: ${kb(Buffer.byteLength(json))} (${kb(gzipSync(json).length)} gzipped); heap +${((process.memoryUsage().heapUsed - heap) / 1024 / 1024).toFixed(1)} MB`);

t = performance.now();
const model = new SimilarityModel(index.entries);
console.log(`similarity model: ${ms(t)}`);
t = performance.now();
let shown = 0;
let duplicates = 0;
for (const similar of allSimilarEntries(model).values()) {
  shown += similar.length;
  duplicates += similar.filter((s) => s.duplicate).length;
}
const pairs = (model.ids.length * (model.ids.length - 1)) / 2;
console.log(`similar entries for every entry: ${pairs} pairs compared, ${shown} shown, ${duplicates} likely duplicates (${ms(t)})`);
