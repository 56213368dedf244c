/**
 * How alike two catalogue entries are, and why: overlap of their operations (same method, a path of
 * the same shape, the same fields), of the data items they carry, of their field names, of their
 * topics, and of the words that describe them. Rare features count for more than common ones
 * (weights.ts). Each comparison keeps its evidence and says it in words.
 *
 * The score is a weighted mean of the parts both entries have: entries without OpenAPI documents
 * (components, registers) are compared on their words and topics only.
 */
import type { EntryCapabilities, OperationCapability } from './capability-index.ts';
import { dataItem } from './data-items.ts';
import { pathWords } from './shapes.ts';
import { cosine, dot, overlapScore, Rarity, tfidf, Vocabulary, weightedOverlap, type SparseVector, type WeightedSet } from './weights.ts';
import { contentTerms, listed, nameWordsOf } from './words.ts';

export const COMPONENTS = ['operations', 'dataItems', 'fields', 'topics', 'text'] as const;
export type Component = (typeof COMPONENTS)[number];

/** How much each part counts in the score, when both entries have it. */
export const COMPONENT_WEIGHTS: Record<Component, number> = { operations: 0.35, fields: 0.2, dataItems: 0.1, topics: 0.05, text: 0.3 };

/**
 * Entries carry few data items, often the common ones (email, telephone, address): this much weight
 * is added to the union, so that two entries sharing only an email address and a telephone number
 * are not alike on data items; sharing an NHS number, or many items, still is.
 */
export const DATA_ITEM_PRIOR = 4;

/** Two operations with at least this similarity have "the same shape". */
export const SAME_SHAPE = 0.6;

export interface OperationMatch {
  a: OperationCapability;
  b: OperationCapability;
  similarity: number;
}

export interface Comparison {
  a: string;
  b: string;
  score: number;
  components: Partial<Record<Component, number>>;
  /** Operations of `a` with an operation of the same shape in `b`, best first. */
  sameShape: OperationMatch[];
  sharedDataItems: string[];
  sharedFields: string[];
  sharedTopics: string[];
  /** Words both descriptions lean on, most telling first. */
  sharedTerms: string[];
  /** One entry's name (or another name it is known by) is part of the other's, word for word. */
  namesNest: boolean;
  /** The evidence in words. */
  reasons: string[];
}

interface Features {
  entry: EntryCapabilities;
  operations: { op: OperationCapability; words: Set<string>; fields: WeightedSet; weight: number }[];
  dataItems: Set<string>;
  fields: Set<string>;
  weightedItems: WeightedSet;
  weightedFields: WeightedSet;
  topics: Set<string>;
  text: Map<string, number>;
  textVector: SparseVector;
  /** The words of each of its names. */
  names: Set<string>[];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  let shared = 0;
  for (const v of a) if (b.has(v)) shared += 1;
  return shared / (a.size + b.size - shared);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export interface SimilarityOptions {
  /** Display names of topics, for reasons ("both about notifications"). */
  topicNames?: ReadonlyMap<string, string>;
}

/** Comparisons over one catalogue: rarity is learnt from all its entries. */
export class SimilarityModel {
  readonly #features = new Map<string, Features>();
  readonly #fieldRarity: Rarity;
  readonly #itemRarity: Rarity;
  readonly #options: SimilarityOptions;

  constructor(entries: readonly EntryCapabilities[], options: SimilarityOptions = {}) {
    this.#options = options;
    const docs = entries.map((e) => contentTerms(e.text));
    const textRarity = new Rarity(docs);
    const shapeRarity = new Rarity(entries.map((e) => e.operations.map((o) => o.shape)));
    this.#fieldRarity = new Rarity(entries.map((e) => e.fieldNames));
    this.#itemRarity = new Rarity(entries.map((e) => e.dataItems.map((d) => d.id)));
    const vocabulary = new Vocabulary();
    entries.forEach((entry, i) => {
      const text = tfidf(docs[i] ?? [], textRarity);
      this.#features.set(entry.id, {
        entry,
        operations: entry.operations
          .filter((op) => !op.webhook)
          .map((op) => ({ op, words: new Set(pathWords(op.shape.split(' ')[1] ?? '')), fields: vocabulary.weighted(op.fields, this.#fieldRarity), weight: shapeRarity.weight(op.shape) })),
        dataItems: new Set(entry.dataItems.map((d) => d.id)),
        fields: new Set(entry.fieldNames),
        weightedItems: vocabulary.weighted(entry.dataItems.map((d) => d.id), this.#itemRarity),
        weightedFields: vocabulary.weighted(entry.fieldNames, this.#fieldRarity),
        topics: new Set(entry.topics),
        text,
        textVector: vocabulary.sparse(text),
        // A one-word name (`Vaccination`) is in too many others to say two entries are one.
        names: entry.names.map((n) => new Set(nameWordsOf(n))).filter((n) => n.size >= 2),
      });
    });
  }

  get ids(): string[] {
    return [...this.#features.keys()];
  }

  entry(id: string): EntryCapabilities | undefined {
    return this.#features.get(id)?.entry;
  }

  #operationSimilarity(a: Features['operations'][number], b: Features['operations'][number]): number {
    if (a.op.method !== b.op.method) return 0;
    const path = a.op.shape === b.op.shape ? 1 : jaccard(a.words, b.words);
    const fields = a.fields.ids.length || b.fields.ids.length ? overlapScore(a.fields, b.fields) : path;
    return 0.5 * path + 0.5 * fields;
  }

  /**
   * How much of each entry's operations the other covers (rarer operations weigh more), from one
   * table of operation similarities, and the best match of each of `a`'s operations.
   */
  #coverage(a: Features, b: Features): { ab: number; ba: number; matches: OperationMatch[] } {
    const rows = a.operations.length;
    const cols = b.operations.length;
    const table = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i += 1) {
      for (let j = 0; j < cols; j += 1) table[i * cols + j] = this.#operationSimilarity(a.operations[i] as Features['operations'][number], b.operations[j] as Features['operations'][number]);
    }
    const cover = (count: number, other: number, at: (k: number, l: number) => number, weight: (k: number) => number) => {
      let total = 0;
      let covered = 0;
      const best: number[] = [];
      for (let k = 0; k < count; k += 1) {
        let top = 0;
        let where = -1;
        for (let l = 0; l < other; l += 1) {
          const v = at(k, l);
          if (where < 0 || v > top) [top, where] = [v, l];
        }
        total += weight(k);
        covered += weight(k) * top;
        best.push(where);
      }
      return { score: total ? covered / total : 0, best };
    };
    const ab = cover(rows, cols, (i, j) => table[i * cols + j] ?? 0, (i) => a.operations[i]?.weight ?? 0);
    const ba = cover(cols, rows, (j, i) => table[i * cols + j] ?? 0, (j) => b.operations[j]?.weight ?? 0);
    const matches: OperationMatch[] = [];
    ab.best.forEach((j, i) => {
      const x = a.operations[i];
      const y = b.operations[j];
      const similarity = table[i * cols + j] ?? 0;
      if (x && y && similarity >= SAME_SHAPE) matches.push({ a: x.op, b: y.op, similarity });
    });
    return { ab: ab.score, ba: ba.score, matches };
  }

  /** The comparison of `a` with `b`, with what they share and the reasons in words. */
  compare(aId: string, bId: string): Comparison {
    const c = this.#measure(aId, bId);
    const a = this.#features.get(aId);
    const b = this.#features.get(bId);
    if (!a || !b) return c;
    if (c.components.fields !== undefined) c.sharedFields = weightedOverlap(a.fields, b.fields, this.#fieldRarity).shared;
    if (c.components.dataItems !== undefined) c.sharedDataItems = weightedOverlap(a.dataItems, b.dataItems, this.#itemRarity).shared;
    c.sharedTopics = [...a.topics].filter((t) => b.topics.has(t));
    c.sharedTerms = phrases(cosine(a.text, b.text).top).slice(0, 6);
    c.reasons = this.reasons(c);
    return c;
  }

  /** The scores alone, without what is shared or why (the costly part when every pair is measured). */
  #measure(aId: string, bId: string): Comparison {
    const a = this.#features.get(aId);
    const b = this.#features.get(bId);
    if (!a || !b) throw new Error(`internal: no capabilities for ${a ? bId : aId}`);
    const components: Partial<Record<Component, number>> = {};
    let sameShape: OperationMatch[] = [];
    // Parts that only documents give are compared when both entries have them.
    if (a.operations.length && b.operations.length) {
      const coverage = this.#coverage(a, b);
      components.operations = (coverage.ab + coverage.ba) / 2;
      sameShape = coverage.matches;
    }
    if (a.fields.size && b.fields.size) {
      components.fields = overlapScore(a.weightedFields, b.weightedFields);
      if (a.dataItems.size || b.dataItems.size) components.dataItems = overlapScore(a.weightedItems, b.weightedItems, DATA_ITEM_PRIOR);
    }
    // An entry without topics says nothing about its subject.
    if (a.topics.size && b.topics.size) components.topics = jaccard(a.topics, b.topics);
    components.text = dot(a.textVector, b.textVector);

    let weight = 0;
    let sum = 0;
    for (const c of COMPONENTS) {
      const value = components[c];
      if (value === undefined) continue;
      weight += COMPONENT_WEIGHTS[c];
      sum += COMPONENT_WEIGHTS[c] * value;
    }
    const within = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
    const namesNest = a.names.some((x) => b.names.some((y) => within(x, y) || within(y, x)));
    return { a: aId, b: bId, score: weight ? sum / weight : 0, components, sameShape, sharedDataItems: [], sharedFields: [], sharedTopics: [], sharedTerms: [], namesNest, reasons: [] };
  }

  /** The evidence of a comparison in words, strongest first. */
  reasons(c: Comparison): string[] {
    const out: string[] = [];
    const a = this.#features.get(c.a);
    if (c.sameShape.length && a) {
      const shapes = c.sameShape.map((m) => `${m.a.method} ${m.a.path}`);
      out.push(`${plural(c.sameShape.length, 'operation')} with the same shape (${listed(shapes, 3)}), out of its ${a.operations.length}`);
    }
    if (c.sharedDataItems.length) {
      const names = c.sharedDataItems.map((id) => dataItem(id)?.name.toLowerCase().replace(/\s*\(.*\)$/, '') ?? id);
      out.push(`share ${plural(c.sharedDataItems.length, 'data item')}: ${listed(names, 4)}`);
    }
    if (c.sharedFields.length >= 3) {
      // `address_line_1` … `address_line_7` are one name in words.
      const names = [...new Set(c.sharedFields.map((f) => f.replace(/( \d+)+$/, '').replace(/ /g, '_')))];
      out.push(`share ${plural(names.length, 'field name')} (${listed(names, 4)})`);
    }
    if (c.namesNest) {
      const [x, y] = [this.#features.get(c.a)?.entry, this.#features.get(c.b)?.entry];
      if (x && y) out.push(`alike in name (“${x.name}” and “${y.name}”)`);
    }
    if (c.sharedTerms.length >= 2 && (c.components.text ?? 0) >= 0.1) out.push(`both describe ${listed(c.sharedTerms, 4)}`);
    if (c.sharedTopics.length) {
      const names = c.sharedTopics.map((t) => this.#options.topicNames?.get(t)?.toLowerCase() ?? t);
      out.push(`both in ${listed(names, 3)}`);
    }
    return out;
  }

  /** Every other entry compared with `id`, most similar first. */
  rank(id: string): Comparison[] {
    return this.ids
      .filter((other) => other !== id)
      .map((other) => this.compare(id, other))
      .sort((x, y) => y.score - x.score || x.b.localeCompare(y.b));
  }

  /**
   * For every entry, the others it is at least `minScore` alike, most similar first: each pair is
   * compared once, for the whole catalogue's pages.
   */
  rankAll(minScore: number): Map<string, Comparison[]> {
    const out = new Map<string, Comparison[]>(this.ids.map((id) => [id, []]));
    for (const c of this.pairsAbove(minScore)) {
      out.get(c.a)?.push(this.compare(c.a, c.b));
      out.get(c.b)?.push(this.compare(c.b, c.a));
    }
    for (const list of out.values()) list.sort((x, y) => y.score - x.score || x.b.localeCompare(y.b));
    return out;
  }

  /** Every unordered pair of entries, each measured once (`a` before `b` in catalogue order), without reasons. */
  pairs(): Comparison[] {
    return this.#scan(-1);
  }

  readonly #above = new Map<number, Comparison[]>();

  /**
   * The pairs scoring at least `minScore`, measured once per model and kept: the pages, the
   * duplicates and the report all read them, and only they are kept (a large catalogue has far
   * more pairs than can be held).
   */
  pairsAbove(minScore: number): Comparison[] {
    let found = this.#above.get(minScore);
    if (!found) {
      found = this.#scan(minScore);
      this.#above.set(minScore, found);
    }
    return found;
  }

  #scan(minScore: number): Comparison[] {
    const ids = this.ids;
    const out: Comparison[] = [];
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const c = this.#measure(ids[i] ?? '', ids[j] ?? '');
        if (c.score >= minScore) out.push(c);
      }
    }
    return out;
  }
}

/** Top terms with single words dropped when a shown phrase contains them. */
function phrases(top: readonly string[]): string[] {
  const chosen: string[] = [];
  for (const t of top.slice(0, 20)) {
    if (chosen.some((c) => c.split(' ').includes(t) || t.split(' ').includes(c))) {
      // Prefer the phrase over its words.
      const i = chosen.findIndex((c) => t.includes(' ') && t.split(' ').includes(c));
      if (i >= 0) chosen[i] = t;
      continue;
    }
    chosen.push(t);
  }
  return [...new Set(chosen)];
}
