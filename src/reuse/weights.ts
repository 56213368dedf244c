/**
 * Rarity weights for comparing entries: a feature that many entries share (an `id` field, an email
 * address, a `GET health` operation) says less about two entries being alike than a rare one (a
 * `template id` field, an NHS number). Inverse document frequency over the catalogue, and the
 * weighted overlap and cosine measures built on it.
 */

export class Rarity {
  readonly #df = new Map<string, number>();
  readonly #n: number;

  constructor(sets: readonly Iterable<string>[]) {
    this.#n = sets.length;
    for (const set of sets) for (const v of new Set(set)) this.#df.set(v, (this.#df.get(v) ?? 0) + 1);
  }

  /** How many sets hold the value. */
  count(value: string): number {
    return this.#df.get(value) ?? 0;
  }

  /** Smoothed inverse document frequency: 1 for a value every set holds, more for rarer ones. */
  weight(value: string): number {
    return 1 + Math.log((1 + this.#n) / (1 + this.count(value)));
  }
}

/** Weighted Jaccard overlap of two sets: the shared weight over the weight of either. */
export function weightedOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, rarity: Rarity): { score: number; shared: string[] } {
  let shared = 0;
  let union = 0;
  const common: string[] = [];
  for (const v of a) {
    const w = rarity.weight(v);
    union += w;
    if (b.has(v)) {
      shared += w;
      common.push(v);
    }
  }
  for (const v of b) if (!a.has(v)) union += rarity.weight(v);
  common.sort((x, y) => rarity.weight(y) - rarity.weight(x) || x.localeCompare(y));
  return { score: union === 0 ? 0 : shared / union, shared: common };
}

/** A text as TF-IDF weights, normalised to length 1. */
export function tfidf(words: readonly string[], rarity: Rarity): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [w, n] of tf) {
    const v = (1 + Math.log(n)) * rarity.weight(w);
    vector.set(w, v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [w, v] of vector) vector.set(w, v / norm);
  return vector;
}

/** Cosine similarity of two normalised vectors, with the words that contribute most. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { score: number; top: string[] } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let score = 0;
  const parts: [string, number][] = [];
  for (const [w, v] of small) {
    const u = large.get(w);
    if (u !== undefined) {
      score += v * u;
      parts.push([w, v * u]);
    }
  }
  parts.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return { score, top: parts.map(([w]) => w) };
}
