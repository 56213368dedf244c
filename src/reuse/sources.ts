/**
 * The capability index's input for catalogue entries: each entry with the reference models of its
 * OpenAPI documents, taken from the build's shared reference cache (src/openapi/entry-reference.ts),
 * so that documents are bundled and modelled once per build whatever reads them.
 */
import path from 'node:path';
import type { Catalogue } from '../catalogue/load.ts';
import { loadEntryReference, type EntryWithSpecs } from '../openapi/entry-reference.ts';
import { UserInputError } from '../problems/problem.ts';
import type { IndexDocument, IndexSource } from './capability-index.ts';

export interface SourceView extends EntryWithSpecs {
  organisation: { name: string };
  specs: readonly { file: string; absolutePath: string; root: string; title?: string }[];
}

/**
 * The sources of the given entries. A document that cannot be read is left out of the index: the
 * check path reports it (and the build stops on it), so the reuse index never hides the problem.
 */
export async function indexSources(views: readonly SourceView[]): Promise<IndexSource[]> {
  return Promise.all(
    views.map(async (view) => {
      const documents = await Promise.all(
        view.specs.map(async (spec, index): Promise<IndexDocument | undefined> => {
          try {
            const { bundled, model } = await loadEntryReference(view, index);
            return { index, ...(spec.title ? { title: spec.title } : {}), model, document: bundled.document, original: bundled.original, converted: bundled.converted };
          } catch (e) {
            if (e instanceof UserInputError) return undefined;
            throw e;
          }
        }),
      );
      return { entry: view.entry, organisationName: view.organisation.name, documents: documents.filter((d): d is IndexDocument => d !== undefined) };
    }),
  );
}

/** Views of a loaded catalogue's entries, for tools that have no site model (the pull-request report). */
export function catalogueViews(catalogue: Catalogue): SourceView[] {
  const names = new Map(catalogue.organisations.map((o) => [o.organisation.slug, o.organisation.name]));
  return catalogue.entries.map((loaded) => ({
    entry: loaded.entry,
    organisation: { name: names.get(loaded.entry.organisation) ?? loaded.entry.organisation },
    specs: loaded.entry.specs.map((s) => ({ file: s.file, absolutePath: path.resolve(loaded.dir, s.file), root: loaded.dir, ...(s.title ? { title: s.title } : {}) })),
  }));
}
