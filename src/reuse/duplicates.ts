/**
 * Which entries to show as similar to an entry, and which of them are likely duplicates: a
 * comparison whose score reaches the duplicate threshold, between entries that declare no relation
 * to each other (a component and the API it provides, an entry and its successor, entries listed
 * as related are alike by design, and are shown with that relation instead). How the thresholds
 * were chosen: docs/adr/0010-reuse-index.md.
 */
import type { Comparison, SimilarityModel } from './similarity.ts';

/** A comparison at or above this score is a likely duplicate. */
export const DUPLICATE_THRESHOLD = 0.35;
/** A comparison at or above this score, with evidence beyond a shared topic, is shown as a similar entry. */
export const SIMILAR_THRESHOLD = 0.1;
/** Most similar entries shown for one entry. */
export const MAX_SIMILAR = 5;

export const RELATIONS = ['provides', 'provided-by', 'successor', 'predecessor', 'related'] as const;
export type Relation = (typeof RELATIONS)[number];

/** How two entries say they are related, if they do. */
export function declaredRelation(model: SimilarityModel, a: string, b: string): Relation | undefined {
  const x = model.entry(a)?.relations;
  const y = model.entry(b)?.relations;
  if (!x || !y) return undefined;
  if (x.provides.includes(b)) return 'provides';
  if (y.provides.includes(a)) return 'provided-by';
  if (x.successor === b) return 'successor';
  if (y.successor === a) return 'predecessor';
  if (x.related.includes(b) || y.related.includes(a)) return 'related';
  return undefined;
}

/**
 * Over the threshold, no declared relation, and evidence that it is the same thing: operations of
 * the same shape compared, or, when one of them has no OpenAPI document (words are all there is to
 * compare), names that nest (`Push Pull Notifications` in `Push Pull Notifications API`). Sibling
 * products of one organisation are described in the same words but named apart (`Official Search
 * of Part`, `Official Search of Whole`): they are shown as similar, not flagged.
 */
export function isDuplicate(model: SimilarityModel, c: Comparison): boolean {
  if (c.score < DUPLICATE_THRESHOLD || declaredRelation(model, c.a, c.b) !== undefined) return false;
  return c.components.operations !== undefined || c.namesNest;
}

export interface SimilarEntry {
  comparison: Comparison;
  relation?: Relation;
  duplicate: boolean;
  /** For a likely duplicate: the other entry was there first (added earlier, or on the same day), so this one repeats it. */
  repeatsIt?: boolean;
}

/** Evidence beyond both being in the same topic. */
function hasEvidence(c: Comparison): boolean {
  return c.sameShape.length > 0 || c.sharedDataItems.length > 0 || c.sharedFields.length >= 3 || (c.sharedTerms.length >= 2 && (c.components.text ?? 0) >= 0.1);
}

function shown(model: SimilarityModel, ranked: readonly Comparison[], max: number): SimilarEntry[] {
  return ranked
    .filter((c) => c.score >= SIMILAR_THRESHOLD && hasEvidence(c))
    .slice(0, max)
    .map((comparison) => {
      const relation = declaredRelation(model, comparison.a, comparison.b);
      const duplicate = isDuplicate(model, comparison);
      const repeatsIt = duplicate ? (model.entry(comparison.a)?.added ?? '') >= (model.entry(comparison.b)?.added ?? '') : undefined;
      return { comparison, ...(relation ? { relation } : {}), duplicate, ...(repeatsIt === undefined ? {} : { repeatsIt }) };
    });
}

/** The entries most like `id`, most similar first, each with its relation and whether it is a likely duplicate. */
export function similarEntries(model: SimilarityModel, id: string, max = MAX_SIMILAR): SimilarEntry[] {
  return shown(model, model.rank(id), max);
}

/** Similar entries for every entry of the catalogue, comparing each pair once. */
export function allSimilarEntries(model: SimilarityModel, max = MAX_SIMILAR): Map<string, SimilarEntry[]> {
  const ranked = model.rankAll(SIMILAR_THRESHOLD);
  return new Map([...ranked].map(([id, list]) => [id, shown(model, list, max)]));
}
