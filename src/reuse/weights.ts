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

/** A vector as numbered values in order, for fast products (see Vocabulary). */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

/** Calls `both(i, j)` for every number that two sorted lists share, with its positions in each. */
function forShared(a: Int32Array, b: Int32Array, both: (i: number, j: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      both(i, j);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
}

/** Cosine similarity of two normalised sparse vectors. */
export function dot(a: SparseVector, b: SparseVector): number {
  let score = 0;
  forShared(a.ids, b.ids, (i, j) => {
    score += (a.values[i] ?? 0) * (b.values[j] ?? 0);
  });
  return score;
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

/**
 * A set of values with their rarity weights, as sorted numbers, for fast overlaps when every pair
 * of entries and operations is compared.
 */
export interface WeightedSet {
  ids: Int32Array;
  weights: Float64Array;
  total: number;
}

/** Numbers for values, shared by all the weighted sets compared with each other. */
export class Vocabulary {
  readonly #ids = new Map<string, number>();

  id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(value, id);
    }
    return id;
  }

  sparse(vector: ReadonlyMap<string, number>): SparseVector {
    const pairs = [...vector].map(([w, v]) => [this.id(w), v] as const).sort((x, y) => x[0] - y[0]);
    return { ids: Int32Array.from(pairs.map((p) => p[0])), values: Float64Array.from(pairs.map((p) => p[1])) };
  }

  weighted(values: Iterable<string>, rarity: Rarity): WeightedSet {
    const pairs = [...new Set(values)].map((v) => [this.id(v), rarity.weight(v)] as const).sort((a, b) => a[0] - b[0]);
    const weights = Float64Array.from(pairs.map((p) => p[1]));
    return { ids: Int32Array.from(pairs.map((p) => p[0])), weights, total: weights.reduce((a, b) => a + b, 0) };
  }
}

/**
 * Weighted Jaccard overlap of two weighted sets (the same measure as weightedOverlap). A `prior`
 * (in weight units) is added to the union, so that sharing one or two common values of small sets
 * does not count as much as sharing many or rare ones.
 */
export function overlapScore(a: WeightedSet, b: WeightedSet, prior = 0): number {
  let shared = 0;
  forShared(a.ids, b.ids, (i) => {
    shared += a.weights[i] ?? 0;
  });
  const union = a.total + b.total - shared + prior;
  return union === 0 ? 0 : shared / union;
}
