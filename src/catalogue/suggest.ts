/** "Did you mean …?" suggestions for mistyped ids, slugs and field names. */
import { distance } from 'fastest-levenshtein';

export interface Candidate {
  /** The value to suggest. */
  value: string;
  /** Other spellings that should lead to it (an abbreviation, a former name). */
  aliases?: readonly string[];
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(input: string, candidates: readonly (string | Candidate)[]): string | undefined {
  const needle = input.toLowerCase();
  let best: { value: string; d: number } | undefined;
  for (const c of candidates) {
    const cand = typeof c === 'string' ? { value: c } : c;
    for (const spelling of [cand.value, ...(cand.aliases ?? [])]) {
      const d = distance(needle, spelling.toLowerCase());
      if (!best || d < best.d) best = { value: cand.value, d };
    }
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return best.d <= limit ? best.value : undefined;
}

/** A hint sentence, or undefined. */
export function didYouMean(input: string, candidates: readonly (string | Candidate)[]): string | undefined {
  const s = closest(input, candidates);
  return s ? `did you mean "${s}"?` : undefined;
}
