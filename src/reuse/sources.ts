/**
 * The capability index's input for catalogue entries: each entry with the reference models of its
 * OpenAPI documents, taken from the build's shared reference cache (src/openapi/entry-reference.ts),
 * so that documents are bundled and modelled once per build whatever reads them.
 */
import { loadEntryReference, type EntryWithSpecs } from '../openapi/entry-reference.ts';
import type { IndexSource } from './capability-index.ts';

export interface SourceView extends EntryWithSpecs {
  organisation: { name: string };
  specs: readonly { file: string; absolutePath: string; root: string; title?: string }[];
}

export async function indexSources(views: readonly SourceView[]): Promise<IndexSource[]> {
  return Promise.all(
    views.map(async (view) => ({
      entry: view.entry,
      organisationName: view.organisation.name,
      documents: await Promise.all(
        view.specs.map(async (spec, index) => {
          const { bundled, model } = await loadEntryReference(view, index);
          return { index, ...(spec.title ? { title: spec.title } : {}), model, document: bundled.document, original: bundled.original, converted: bundled.converted };
        }),
      ),
    })),
  );
}
