/**
 * The real public-sector OpenAPI documents in ../shared/corpus (skipped when absent): every root
 * document builds a reference whose pages all stay under the 600 KB limit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSpec } from '../../src/openapi/bundle.ts';
import { buildReference, PAGE_LIMIT_BYTES } from '../../src/openapi/reference-model.ts';
import { UserInputError } from '../../src/problems/problem.ts';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');
const present = fs.existsSync(MANIFEST);

interface RootSpec {
  file: string;
  bytes: number;
}

function rootSpecs(): RootSpec[] {
  if (!present) return [];
  const [header, ...lines] = fs.readFileSync(MANIFEST, 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const col = (name: string) => header?.indexOf(name) ?? -1;
  return lines
    .filter((r) => r[col('role')] === 'root' && /^(openapi|swagger)/.test(r[col('spec_version')] ?? ''))
    .map((r) => ({ file: path.join(CORPUS, r[col('local_path')] ?? ''), bytes: Number(r[col('bytes')]) }))
    .sort((a, b) => b.bytes - a.bytes);
}

describe.skipIf(!present)('corpus references', () => {
  const specs = rootSpecs();
  const largest = new Set(specs.slice(0, 5).map((s) => s.file));

  it.each(specs.map((s) => [path.relative(CORPUS, s.file), s] as const))('%s builds within the page budget', async (_, spec) => {
    const started = performance.now();
    let bundled;
    try {
      bundled = await bundleSpec(path.basename(spec.file), path.dirname(spec.file));
    } catch (e) {
      // A document that is not valid YAML is reported as a problem, never a crash.
      expect(e).toBeInstanceOf(UserInputError);
      return;
    }
    const bundleMs = performance.now() - started;
    const model = buildReference(bundled.document, { entryId: 'corpus', baseUrl: '/entries/corpus/reference/', family: bundled.family, converted: bundled.converted });
    expect(model.pages.length).toBeGreaterThan(0);
    for (const page of model.pages) expect(page.estimatedBytes, page.slug).toBeLessThan(PAGE_LIMIT_BYTES);
    if (largest.has(spec.file)) {
      console.log(
        `${path.relative(CORPUS, spec.file)}: ${spec.bytes} bytes, bundle ${Math.round(bundleMs)} ms, model ${model.stats.buildMs} ms, ` +
          `${model.stats.operations} operations, ${model.stats.pages} pages, largest page ~${model.stats.largestPageBytes} bytes (estimated)`,
      );
    }
  }, 60_000);
});
