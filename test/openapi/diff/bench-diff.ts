/**
 * `npm run bench:diff [-- <corpus folder>]`: times diffDocuments on the largest corpus documents,
 * each against itself and against a copy with one small edit (an operation removed), after
 * loading. Target: well under a second for the largest document with a small edit.
 */
import * as path from 'node:path';
import { bundleSpec } from '../../../src/openapi/bundle.ts';
import { diffDocuments, summaryWords, type OpenApiDocument } from '../../../src/openapi/diff/index.ts';
import { corpusRoots } from './corpus-pairs.ts';

if (process.argv[2]) process.env['SPEC_CORPUS'] = path.resolve(process.argv[2]);
const roots = corpusRoots().slice(0, 5);
if (roots.length === 0) {
  console.log('No corpus found: pass its folder (npm run bench:diff -- ../shared/corpus) or set SPEC_CORPUS.');
  process.exit(1);
}

const time = (run: () => unknown): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

for (const spec of roots) {
  let bundled;
  try {
    bundled = await bundleSpec(path.basename(spec.file), path.dirname(spec.file));
  } catch {
    console.log(`${path.basename(spec.file)}: cannot be loaded, skipped`);
    continue;
  }
  const doc = bundled.document as unknown as OpenApiDocument;
  const edited = structuredClone(doc) as unknown as Record<string, Record<string, Record<string, unknown>>>;
  const firstPath = Object.keys(edited['paths'] ?? {})[0];
  const item = firstPath ? edited['paths']?.[firstPath] : undefined;
  const method = item ? Object.keys(item).find((k) => ['get', 'post', 'put', 'delete', 'patch'].includes(k)) : undefined;
  if (item && method) delete item[method];
  const copy = structuredClone(doc);
  diffDocuments(doc, copy); // warm up
  const same = Math.min(...[0, 1, 2].map(() => time(() => diffDocuments(doc, copy))));
  let summary = '';
  const edit = Math.min(...[0, 1, 2].map(() => time(() => (summary = summaryWords(diffDocuments(doc, edited as unknown as OpenApiDocument).changes)))));
  console.log(
    `${path.basename(spec.file)} (${Math.round(spec.bytes / 1024)} KB, ${bundled.family}): itself ${same.toFixed(1)} ms; one operation removed ${edit.toFixed(1)} ms (${summary}); heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`,
  );
}
