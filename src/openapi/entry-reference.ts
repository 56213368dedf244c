/**
 * The API references of a catalogue entry, built once per build process: bundles each of the entry's
 * OpenAPI documents (reading only inside the entry folder) and builds its page model. Pages and
 * download routes call this; they never bundle or build on their own.
 *
 * URLs come from the routes module (src/site/urls.ts).
 */
import type { Entry } from '../catalogue/schema.ts';
import { bundleSpec, type BundledSpec } from './bundle.ts';
import { buildReference } from './reference-model.ts';
import type { ReferenceModel } from './reference-types.ts';
import { urls } from '../site/urls.ts';

/** What this module needs of an entry view (see src/site/build-model.ts). */
export interface EntryWithSpecs {
  entry: Entry;
  specs: readonly { file: string; absolutePath: string; root: string }[];
}

export interface EntryReference {
  bundled: BundledSpec;
  model: ReferenceModel;
}

/** Every (entry, document index) pair that has a reference, for getStaticPaths. */
export function referencedSpecs<V extends EntryWithSpecs>(views: readonly V[]): { view: V; index: number }[] {
  return views.flatMap((view) => view.specs.map((_, index) => ({ view, index })));
}

const CACHE = Symbol.for('gov-api-catalogue.entry-references');
type Cache = { [CACHE]?: Map<string, Promise<EntryReference>> };

function cache(): Map<string, Promise<EntryReference>> {
  const g = globalThis as Cache;
  g[CACHE] ??= new Map();
  return g[CACHE];
}

/** The reference of one of the entry's documents, built once and shared by every page of the build. */
export function loadEntryReference(view: EntryWithSpecs, index = 0): Promise<EntryReference> {
  const spec = view.specs[index];
  if (!spec) return Promise.reject(new Error(`internal: entry ${view.entry.id} has no OpenAPI document ${index + 1}`));
  const key = `${view.entry.id}\u0000${spec.absolutePath}`;
  const existing = cache().get(key);
  if (existing) return existing;
  const built = (async () => {
    const bundled = await bundleSpec(spec.absolutePath, spec.root);
    const model = buildReference(bundled.document, {
      entryId: view.entry.id,
      baseUrl: urls.reference(view.entry.id, index),
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
