/**
 * Likely duplicates for the pull-request report: each new or changed entry compared with every
 * other entry of the catalogue at the pull request's head, as on the entry pages, keeping those over
 * the duplicate threshold that declare no relation.
 */
import type { Catalogue } from '../catalogue/load.ts';
import { buildCapabilityIndex } from './capability-index.ts';
import { similarEntries } from './duplicates.ts';
import { SimilarityModel } from './similarity.ts';
import { catalogueViews, indexSources } from './sources.ts';

export interface LikelyDuplicate {
  /** The new or changed entry. */
  entry: { id: string; name: string };
  /** The existing entries it is much like, most similar first. */
  of: { id: string; name: string; organisation: string; score: number; reasons: string[] }[];
}

export async function likelyDuplicates(catalogue: Catalogue, changed: ReadonlySet<string>): Promise<LikelyDuplicate[]> {
  const present = catalogue.entries.filter((l) => changed.has(l.entry.id));
  if (!present.length) return [];
  const index = buildCapabilityIndex(await indexSources(catalogueViews(catalogue)));
  const model = new SimilarityModel(index.entries, { topicNames: new Map(catalogue.topics.map((t) => [t.id, t.name])) });
  return present.flatMap((l) => {
    const of = similarEntries(model, l.entry.id)
      .filter((s) => s.duplicate)
      .map(({ comparison: c }) => {
        const other = model.entry(c.b);
        return { id: c.b, name: other?.name ?? c.b, organisation: other?.organisationName ?? '', score: Math.round(c.score * 1000) / 1000, reasons: c.reasons };
      });
    return of.length ? [{ entry: { id: l.entry.id, name: l.entry.name }, of }] : [];
  });
}
