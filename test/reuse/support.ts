/** Shared helpers for the reuse tests: a catalogue folder read the way the build reads it. */
import * as path from 'node:path';
import type { Entry } from '../../src/catalogue/schema.ts';
import { bundleSpec } from '../../src/openapi/bundle.ts';
import { buildReference } from '../../src/openapi/reference-model.ts';
import type { IndexSource } from '../../src/reuse/capability-index.ts';
import { loadSiteModelWithoutAssessment } from '../../src/reuse/load-catalogue.ts';
import { indexSources } from '../../src/reuse/sources.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURE_CATALOGUE = path.join(import.meta.dirname, 'fixtures', 'catalogue');
export const CORPUS = path.resolve(ROOT, '../shared/corpus');

/** The capability index's input for every entry of a catalogue folder. */
export async function catalogueSources(dir: string): Promise<IndexSource[]> {
  return indexSources(loadSiteModelWithoutAssessment(dir).entries);
}

/** An unlisted entry for one OpenAPI document: named by its title, described by its description, without topics. */
export async function documentSource(file: string): Promise<IndexSource | undefined> {
  let bundled;
  try {
    bundled = await bundleSpec(path.basename(file), path.dirname(file));
  } catch {
    return undefined;
  }
  const info = (bundled.document['info'] ?? {}) as Record<string, unknown>;
  const id = `doc-${path.relative(path.join(CORPUS, 'specs'), file).replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.slice(0, 80).replace(/-+$/, '');
  const title = typeof info['title'] === 'string' ? info['title'] : id;
  const description = typeof info['description'] === 'string' ? info['description'] : title;
  const entry = {
    id, name: title, alternativeNames: [], summary: description.slice(0, 160), description, kind: 'api', organisation: 'unlisted', status: 'live', dates: { added: '2026-11-30', lastReviewed: '2026-11-30' },
    topics: [], keywords: [], provides: [], related: [], usedBy: [], usedByServices: [], specs: [{ file: path.basename(file) }],
  } as unknown as Entry;
  const model = buildReference(bundled.document, { entryId: id, baseUrl: `/entries/${id}/reference/`, family: bundled.family, converted: bundled.converted });
  return { entry, organisationName: 'unlisted', documents: [{ index: 0, model, document: bundled.document, original: bundled.original, converted: bundled.converted }] };
}
