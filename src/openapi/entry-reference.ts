/**
 * The API reference of a catalogue entry, built once per build process: bundles the entry's first
 * OpenAPI document (reading only inside the entry folder) and builds its page model. Pages and
 * download routes call this; they never bundle or build on their own.
 */
import type { Entry } from '../catalogue/schema.ts';
import { bundleSpec, type BundledSpec } from './bundle.ts';
import { buildReference } from './reference-model.ts';
import type { ReferenceModel } from './reference-types.ts';

/** What this module needs of an entry view (see src/site/build-model.ts). */
export interface EntryWithSpecs {
  entry: Entry;
  specs: readonly { file: string; absolutePath: string; root: string }[];
}

export interface EntryReference {
  bundled: BundledSpec;
  model: ReferenceModel;
}

export function referenceUrl(entryId: string): string {
  return `/entries/${entryId}/reference/`;
}

export function downloadUrls(entryId: string): { yaml: string; json: string } {
  return { yaml: `/entries/${entryId}/openapi.yaml`, json: `/entries/${entryId}/openapi.json` };
}

const CACHE = Symbol.for('gov-api-catalogue.entry-references');
type Cache = { [CACHE]?: Map<string, Promise<EntryReference>> };

function cache(): Map<string, Promise<EntryReference>> {
  const g = globalThis as Cache;
  g[CACHE] ??= new Map();
  return g[CACHE];
}

/** True when the entry has a document to render. */
export function hasReference(view: EntryWithSpecs): boolean {
  return view.specs.length > 0;
}

/** The entry's reference (its first document), built once and shared by every page of the build. */
export function loadEntryReference(view: EntryWithSpecs): Promise<EntryReference> {
  const spec = view.specs[0];
  if (!spec) return Promise.reject(new Error(`internal: entry ${view.entry.id} has no OpenAPI document`));
  const key = `${view.entry.id}\u0000${spec.absolutePath}`;
  const existing = cache().get(key);
  if (existing) return existing;
  const built = (async () => {
    const bundled = await bundleSpec(spec.absolutePath, spec.root);
    const model = buildReference(bundled.document, {
      entryId: view.entry.id,
      baseUrl: referenceUrl(view.entry.id),
      entry: view.entry,
      family: bundled.family,
      version: bundled.version,
      converted: bundled.converted,
      problems: bundled.problems,
    });
    return { bundled, model };
  })();
  cache().set(key, built);
  return built;
}
