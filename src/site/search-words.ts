/**
 * The words search works with, shared by the index (build time) and the search page (in the
 * browser): how text is split into words, the synonyms users type for the same thing, and the
 * "did you mean" correction from the catalogue's own vocabulary. No Node or DOM imports.
 */
import { distance } from 'fastest-levenshtein';

/** The `type` filter: what a result is. Entries and reference pages are searched separately. */
export const RESULT_TYPES = { entry: 'Entry', reference: 'Operation or schema' } as const;

/**
 * Words and phrases that mean the same thing to someone looking for a government API. An entry that
 * says one of them is also found by the others (they are added to its search record).
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['text message', 'text messages', 'SMS', 'texts'],
  ['National Insurance number', 'NINO', 'NI number'],
  ['address lookup', 'postcode lookup', 'address search', 'find an address', 'address finder'],
  ['sign in', 'sign-in', 'log in', 'login', 'authentication', 'authenticate', 'single sign-on', 'SSO'],
  ['identity verification', 'identity check', 'prove identity', 'proving identity', 'ID check'],
  ['look up', 'lookup', 'find', 'finds', 'search for', 'retrieve'],
  ['take payments', 'take card payments', 'card payments', 'accept payments', 'online payments'],
  ['email', 'e-mail', 'emails'],
  ['company number', 'company registration number'],
  ['UPRN', 'unique property reference number'],
  ['unique taxpayer reference', 'UTR'],
  ['vehicle registration number', 'number plate', 'registration mark'],
  ['postcode', 'post code'],
  ['bank holidays', 'public holidays'],
  ['weather', 'forecast', 'forecasts'],
  ['GP', 'general practice', 'GP practice'],
  ['open data', 'download', 'downloads', 'dataset', 'datasets'],
];

/** Lowercase words, as search compares them: letters and digits, apostrophes dropped. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A group's key: one word standing for the whole group (`signin` for "sign in", "log in" …). An
 * entry that says any phrase of a group carries the key where it says it, and a query phrase of the
 * group is searched as the key, so that "sign in" matches the phrase and not every "sign".
 */
export function groupKey(group: readonly string[]): string {
  return words(group[0] ?? '').join('');
}

function contains(haystack: string, phrase: string): boolean {
  return haystack.includes(` ${words(phrase).join(' ')} `);
}

/** The keys of the groups the text has a phrase of. */
export function phraseKeys(text: string): string[] {
  const have = ` ${words(text).join(' ')} `;
  return SYNONYMS.filter((group) => group.some((p) => contains(have, p))).map(groupKey);
}

/** The query as the index is searched: each phrase of several words from a synonym group becomes the group's key. */
export function searchableQuery(query: string): string {
  let text = ` ${words(query).join(' ')} `;
  const phrases = SYNONYMS.flatMap((group) => group.filter((p) => words(p).length > 1).map((p) => ({ p: words(p).join(' '), key: groupKey(group) }))).sort((a, b) => b.p.length - a.p.length);
  for (const { p, key } of phrases) text = text.split(` ${p} `).join(` ${key} `);
  return text.trim().replace(/\s+/g, ' ');
}

/** The synonyms of the phrases the text contains, that it does not contain already. */
export function synonymsFor(text: string): string[] {
  const have = ` ${words(text).join(' ')} `;
  const added: string[] = [];
  for (const group of SYNONYMS) {
    const present = group.filter((p) => contains(have, p));
    if (present.length === 0) continue;
    for (const p of group) if (!present.includes(p)) added.push(p);
  }
  return added;
}

/** The vocabulary "did you mean" corrects to: words with how often they occur, commonest first. */
export interface Vocabulary {
  words: string[];
}

export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of words(text)) {
      if (w.length < 3 || /\d/.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return { words: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w) };
}

/** How far a word may be from a vocabulary word to be corrected to it: none for short words. */
function tolerance(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 7 ? 1 : 2;
}

/**
 * The closest vocabulary word to a word that is not in it, preferring commoner words at the same
 * distance; undefined when the word is known or nothing is close enough.
 */
export function correctWord(word: string, vocabulary: Vocabulary, known: ReadonlySet<string> = new Set(vocabulary.words)): string | undefined {
  const w = word.toLowerCase();
  if (known.has(w)) return undefined;
  const max = tolerance(w);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary.words) {
    if (Math.abs(candidate.length - w.length) > max) continue;
    const d = distance(w, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/**
 * The query with each word the vocabulary does not know corrected (or only the words in `only`, the
 * ones the search index does not know); undefined when nothing changes.
 */
export function correctQuery(query: string, vocabulary: Vocabulary, only?: readonly string[]): string | undefined {
  const known = new Set(vocabulary.words);
  let changed = false;
  const out = words(query).map((w) => {
    const fixed = only && !only.includes(w) ? undefined : correctWord(w, vocabulary, known);
    if (fixed) changed = true;
    return fixed ?? w;
  });
  return changed ? out.join(' ') : undefined;
}

/** Words a query can lose first when nothing has all of them: generic words before specific ones. */
const GENERIC = new Set(['api', 'apis', 'service', 'services', 'data', 'lookup', 'look', 'up', 'find', 'search', 'get', 'check', 'the', 'a', 'an', 'of', 'for', 'to', 'and', 'by', 'with', 'gov', 'uk', 'government', 'online', 'system']);

/** Shorter versions of a query to try when it finds nothing, most specific first (one word dropped). */
export function relaxedQueries(query: string): string[] {
  const ws = words(query);
  if (ws.length < 2) return [];
  const order = ws.map((w, i) => ({ w, i, generic: GENERIC.has(w) })).sort((a, b) => Number(b.generic) - Number(a.generic) || b.i - a.i);
  return order.map(({ i }) => ws.filter((_, j) => j !== i).join(' '));
}
