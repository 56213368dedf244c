/**
 * Recognises data items (data-items.ts) in one field of an OpenAPI document, from everything the
 * document says about it: its name, the name of its schema, its description, format, pattern,
 * example values and identifier URIs, and the words around it. Each recognition keeps its reasons.
 *
 * A field is an item when one strong signal says so (a name such as `nhsNumber`, a description that
 * opens "The patient's NHS number", a NINO pattern, `format: email`), or when two weak signals of
 * different kinds agree (a 10-digit pattern and a description mentioning Modulus 11), or when a weak
 * name is confirmed by its context (`registrationNumber` in a vehicle API). What a field's name says
 * outweighs what an example shows (an `address_line_5` whose example is a postcode is an address
 * line). Look-alikes are refused:
 * booleans and counts (`nhsNumberVerified`, `company_number: boolean`), names that go on after the
 * item (`postcodeDistrict`, `email_reply_to_id`), names that follow a word that makes them something
 * else (`ip_address`, `emailAddress` for a postal address), and descriptions that describe a flag.
 */
import { COMMON_NOT_AFTER, COMMON_NOT_BEFORE, DATA_ITEMS, FOREIGN_FORMATS, type DataItem, type Strength, type ValueType } from './data-items.ts';
import { nameKey, singular, textWords } from './words.ts';

/** What a document says about one field (a property, a parameter or a header). */
export interface FieldFacts {
  /** The field's own name as written (`nhsNumber`, `address-postcode`, `X-Nino`). */
  name: string;
  /** The name of the component schema its value refers to, when it has one (`NhsNumber`). */
  schemaName?: string;
  /** JSON types of the value; for arrays, also the types of their items. Empty when unknown. */
  types: readonly string[];
  format: string;
  pattern: string;
  /** Plain-text description (Markdown as written is fine). */
  description: string;
  /** Example, enum, const and default values written as strings. */
  values: readonly string[];
  /** Words around the field: enclosing field names, its operation and tags, the document's title. */
  context: string;
}

export type SignalKind = 'name' | 'schema-name' | 'description' | 'hint' | 'format' | 'pattern' | 'example' | 'uri' | 'context';

export interface Signal {
  kind: SignalKind;
  strength: Strength | 'confirming';
  /** Why, in words: "named `nhsNumber`". */
  reason: string;
}

export interface Recognition {
  item: DataItem;
  /** Strong when at least one signal is strong. */
  strength: Strength;
  signals: Signal[];
}

const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'your', 'their', 'its', 'his', 'her', 'our', 'my', 's']);
/** Openings of descriptions that describe something about the item, not the item. */
const NOT_DEFINING = new Set(['whether', 'if', 'true', 'false', 'indicates', 'indicating', 'indicator', 'flag', 'boolean', 'does', 'do', 'is', 'are', 'has', 'have', 'was', 'were', 'can', 'should', 'count', 'total', 'how', 'date', 'time', 'when', 'type', 'status', 'format', 'reason', 'length', 'hash', 'id', 'identifier', 'reference', 'pointer', 'list', 'url', 'link', 'set', 'enable', 'enables', 'allow', 'allows']);
/** Descriptions of a yes/no value. */
const FLAG_OPENINGS = new Set(['whether', 'if', 'true', 'false', 'indicates', 'indicating', 'flag', 'boolean', 'does', 'is', 'has', 'set', 'enable', 'enables', 'allow', 'allows', 'when']);
const HOW_MANY = /^(the )?(number|count|total) of\b/;
/** Words that, between a description's opening and the phrase, make the subject something else ("Definition of NHS number …"). */
const RELATING = new Set(['of', 'for', 'about', 'by', 'to', 'with', 'from', 'in', 'on', 'against', 'than', 'or', 'and', 'not']);
/** Names opening with a verb are settings or flags about the item (`collect_billing_address`, `is_nhs_number`, `hasEmail`). */
const SETTING_VERBS = new Set(['is', 'has', 'can', 'should', 'must', 'allow', 'enable', 'disable', 'collect', 'send', 'show', 'hide', 'display', 'require', 'confirm', 'validate', 'verify', 'use', 'include', 'exclude', 'request', 'accept', 'skip', 'prefill', 'capture', 'ask']);
/** Fields that name an identifier system rather than carry the identifier. */
const SYSTEM_NAMES = new Set(['system', 'url', 'uri', 'namespace', 'type']);

const MAX_PATTERN_LENGTH = 500;
const patternCache = new Map<string, RegExp | null>();

function compile(pattern: string): RegExp | null {
  if (!pattern || pattern.length > MAX_PATTERN_LENGTH) return null;
  const cached = patternCache.get(pattern);
  if (cached !== undefined) return cached;
  let re: RegExp | null = null;
  for (const flags of ['u', '']) {
    try {
      re = new RegExp(pattern, flags);
      break;
    } catch {
      // JSON Schema patterns are ECMA-262, but documents also carry other dialects: try without `u`.
    }
  }
  patternCache.set(pattern, re);
  return re;
}

/** Whether a `pattern` describes the item: it accepts one of its sample values and refuses all its look-alikes. */
export function patternFits(pattern: string, accepts: readonly string[], rejects: readonly string[]): boolean {
  const re = compile(pattern);
  if (!re) return false;
  return accepts.some((v) => re.test(v)) && !rejects.some((v) => re.test(v));
}

const MAX_PHRASE_WORDS = 6;
const joined = (tokens: readonly string[]) => tokens.join('');
const phraseKeys = new Map<string, string>();
function phraseKey(phrase: string): string {
  let key = phraseKeys.get(phrase);
  if (key === undefined) {
    key = joined(phrase.split(/\s+/).map(singular));
    phraseKeys.set(phrase, key);
  }
  return key;
}

/** A name's words and the joined runs of its last 1…6 words (`patient nhs number` → number, nhsnumber, patientnhsnumber). */
interface NameWords {
  tokens: string[];
  endings: Map<string, number>;
}

function nameWords(tokens: string[]): NameWords {
  const endings = new Map<string, number>();
  for (let k = 1; k <= tokens.length && k <= MAX_PHRASE_WORDS; k += 1) endings.set(joined(tokens.slice(-k)), k);
  return { tokens, endings };
}

/**
 * Where a name ends with one of `phrases`, word by word (`patient_nhs_number` ends with "nhs number";
 * `postCode` with "postcode"): the word before it (or '' at the start), else undefined.
 */
function endsWith(name: NameWords, phrases: readonly string[]): { before: string; phrase: string } | undefined {
  for (const phrase of phrases) {
    const k = name.endings.get(phraseKey(phrase));
    if (k !== undefined) return { before: name.tokens[name.tokens.length - k - 1] ?? '', phrase };
  }
  return undefined;
}

/** Most words of a description or context read. */
const MAX_TEXT_WORDS = 400;

/** Documents repeat descriptions and contexts: each is read once. */
const CACHE_LIMIT = 20_000;
function cached<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}
const descriptions = new Map<string, DescriptionFacts>();
const contexts = new Map<string, IndexedWords>();

/** Words with an index of every run of up to six of them, joined, to where it starts and ends. */
interface IndexedWords {
  words: string[];
  runs: Map<string, { start: number; end: number }[]>;
}

function indexWords(words: string[]): IndexedWords {
  const runs = new Map<string, { start: number; end: number }[]>();
  for (let i = 0; i < words.length; i += 1) {
    let acc = '';
    for (let k = i; k < words.length && k < i + MAX_PHRASE_WORDS; k += 1) {
      acc += words[k];
      const list = runs.get(acc);
      if (list) list.push({ start: i, end: k + 1 });
      else runs.set(acc, [{ start: i, end: k + 1 }]);
    }
  }
  return { words, runs };
}

/** Every place a phrase occurs in indexed words (`post code` matches "postcode" and the other way round). */
function occurrences(text: IndexedWords, phrase: string): readonly { start: number; end: number }[] {
  return text.runs.get(phraseKey(phrase)) ?? [];
}

/** A field's name words without trailing numbers (`address_line_1` → `address line`). */
function nameWordsOf(name: string): string[] {
  const tokens = nameKey(name);
  while (tokens.length > 1 && /^\d+$/.test(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens;
}

function typeAllowed(item: DataItem, types: readonly string[], format: string): boolean {
  if (types.includes('boolean')) return false;
  if (FOREIGN_FORMATS.includes(format) && !item.formats?.includes(format) && !item.allowFormats?.includes(format)) return false;
  const known = types.filter((t) => t !== 'null');
  if (!known.length) return true;
  return known.some((t) => item.types.includes(t as ValueType) || (t === 'number' && item.types.includes('integer')));
}

function quote(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

interface DescriptionFacts {
  text: IndexedWords;
  words: string[];
  /** Index where the description's subject starts, after articles and possessives. */
  subject: number;
  flag: boolean;
  defining: boolean;
  firstSentence: string;
}

function describeText(description: string): DescriptionFacts {
  const firstSentence = description.split(/(?<=[.!?])\s|\n/)[0] ?? '';
  const words = textWords(description).slice(0, MAX_TEXT_WORDS).map(singular);
  let subject = 0;
  while (subject < words.length && (ARTICLES.has(words[subject] ?? '') || words[subject + 1] === 's')) subject += words[subject + 1] === 's' ? 2 : 1;
  const lower = description.toLowerCase().trim();
  const first = words[subject] ?? '';
  const flag = FLAG_OPENINGS.has(textWords(lower)[0] ?? '') || /^(set to|returns? true|true if|true when)/.test(lower);
  const defining = !flag && !NOT_DEFINING.has(first) && !HOW_MANY.test(lower);
  return { text: indexWords(words), words, subject, flag, defining, firstSentence };
}

/** Each item's word sets, made once. */
const prepared = new WeakMap<DataItem, { notAfterName: Set<string>; notAfterPhrase: Set<string>; notBefore: Set<string> }>();
function wordSets(item: DataItem) {
  let sets = prepared.get(item);
  if (!sets) {
    sets = {
      notAfterName: new Set([...COMMON_NOT_AFTER, ...(item.notAfter ?? [])]),
      notAfterPhrase: new Set(item.notAfter ?? []),
      notBefore: new Set([...COMMON_NOT_BEFORE, ...(item.notBefore ?? [])]),
    };
    prepared.set(item, sets);
  }
  return sets;
}

function phraseSignal(item: DataItem, d: DescriptionFacts, description: string): Signal | undefined {
  const { notBefore, notAfterPhrase: notAfter } = wordSets(item);
  let mention: string | undefined;
  for (const phrase of item.phrases ?? []) {
    for (const { start, end } of occurrences(d.text, phrase)) {
      if (notBefore.has(d.words[end] ?? '') || notAfter.has(d.words[start - 1] ?? '')) continue;
      // Defining: the phrase is the subject, within two words of the opening ("The patient's NHS number", "6 digit sort code").
      const lead = d.words.slice(d.subject, start);
      if (d.defining && start >= d.subject && lead.length <= 2 && !lead.some((w) => NOT_DEFINING.has(w) || RELATING.has(w))) {
        return { kind: 'description', strength: 'strong', reason: `its description says "${quote(d.firstSentence || description)}"` };
      }
      mention ??= phrase;
    }
  }
  return mention ? { kind: 'description', strength: 'weak', reason: `its description mentions "${mention}"` } : undefined;
}

/** A field read once for all items: its name's words, its description, the words around it. */
interface FieldView {
  field: FieldFacts;
  name: NameWords;
  d: DescriptionFacts | undefined;
  around(): IndexedWords;
}

/** The signals for one item in one field, before deciding. */
function signalsFor(item: DataItem, { field, name, d, around }: FieldView): Signal[] {
  const signals: Signal[] = [];
  const notAfter = wordSets(item).notAfterName;
  const named = (tokens: NameWords, kind: 'name' | 'schema-name', label: string) => {
    if (tokens.tokens.length > 1 && SETTING_VERBS.has(tokens.tokens[0] ?? '')) return;
    const strong = endsWith(tokens, item.names);
    if (strong && !notAfter.has(strong.before)) {
      signals.push({ kind, strength: 'strong', reason: `${label}` });
      return;
    }
    const weak = endsWith(tokens, item.weakNames ?? []);
    if (weak && !notAfter.has(weak.before)) signals.push({ kind, strength: 'weak', reason: `${label}` });
  };
  named(name, 'name', `named \`${field.name}\``);
  if (field.schemaName) named(nameWords(nameWordsOf(field.schemaName)), 'schema-name', `its schema is \`${field.schemaName}\``);

  if (item.formats?.includes(field.format)) signals.push({ kind: 'format', strength: 'strong', reason: `its format is \`${field.format}\`` });
  if (item.pattern && field.pattern && patternFits(field.pattern, item.pattern.accepts, item.pattern.rejects)) {
    signals.push({ kind: 'pattern', strength: item.pattern.strength, reason: `its pattern \`${quote(field.pattern, 70)}\` ${item.pattern.label}` });
  }
  if (item.example) {
    const { check, strength, label } = item.example;
    const value = field.values.find((v) => v.length <= 100 && check(v));
    if (value !== undefined) signals.push({ kind: 'example', strength, reason: `its example "${quote(value, 40)}" ${label}` });
  }
  const haystack = `${field.description} ${field.values.join(' ')}`;
  const uri = SYSTEM_NAMES.has(name.tokens[name.tokens.length - 1] ?? '') ? undefined : item.uris?.find((u) => haystack.includes(u));
  if (uri) signals.push({ kind: 'uri', strength: 'strong', reason: `it names the identifier system ${uri}` });
  if (d && !d.flag) {
    const phrase = phraseSignal(item, d, field.description);
    if (phrase) signals.push(phrase);
    const hint = item.hints?.find((h) => occurrences(d.text, h).length > 0);
    if (hint) signals.push({ kind: 'hint', strength: 'weak', reason: `its description mentions "${hint}"` });
  }
  if (item.context?.length && signals.some((s) => s.kind === 'name' || s.kind === 'schema-name' || s.kind === 'hint')) {
    const found = item.context.find((c) => occurrences(around(), c).length > 0);
    if (found) signals.push({ kind: 'context', strength: 'confirming', reason: `it sits among words about "${found}"` });
  }
  return signals;
}

function decide(signals: readonly Signal[]): Strength | undefined {
  if (signals.some((s) => s.strength === 'strong')) return 'strong';
  // A name and its schema's name are one kind of evidence; so are a description's phrase and its hints.
  // A pattern and an example show the same thing: the value's shape.
  const kindOf = (k: SignalKind) => (k === 'schema-name' ? 'name' : k === 'hint' ? 'description' : k === 'example' ? 'pattern' : k);
  const weakKinds = new Set(signals.filter((s) => s.strength === 'weak').map((s) => kindOf(s.kind)));
  if (weakKinds.size >= 2) return 'weak';
  const confirmed = signals.some((s) => s.strength === 'confirming');
  if (confirmed && (weakKinds.has('name') || signals.some((s) => s.kind === 'hint'))) return 'weak';
  return undefined;
}

/**
 * The data items a field carries, with their signals. When one item is recognised by a strong
 * signal, items recognised only by weak ones are dropped (a `vat_registration_number` is not also a
 * vehicle's registration number).
 */
export function recogniseField(field: FieldFacts, items: readonly DataItem[] = DATA_ITEMS): Recognition[] {
  let aroundWords: IndexedWords | undefined;
  const view: FieldView = {
    field,
    name: nameWords(nameWordsOf(field.name)),
    d: field.description.trim() ? cached(descriptions, field.description, () => describeText(field.description)) : undefined,
    around: () => {
      const text = `${field.context} ${field.description}`;
      return (aroundWords ??= cached(contexts, text, () => indexWords(textWords(text).slice(0, MAX_TEXT_WORDS).map(singular))));
    },
  };
  const found: Recognition[] = [];
  for (const item of items) {
    if (!typeAllowed(item, field.types, field.format)) continue;
    const signals = signalsFor(item, view);
    const strength = decide(signals);
    if (strength) found.push({ item, strength, signals });
  }
  // What a field's name says it is outweighs what one example happens to show (`address_line_5: "SW14 6BF"`).
  const named = found.some((r) => r.signals.some((s) => s.kind === 'name' || s.kind === 'schema-name'));
  const kept = named ? found.filter((r) => r.signals.some((s) => s.kind !== 'example' && s.kind !== 'context')) : found;
  if (kept.some((r) => r.strength === 'strong')) return kept.filter((r) => r.strength === 'strong');
  return kept;
}

/** The data items named in a free text, such as an architect's description of what they need. */
export function itemsInText(text: string, items: readonly DataItem[] = DATA_ITEMS): DataItem[] {
  const words = indexWords(textWords(text).map(singular));
  return items.filter((item) =>
    [item.name.toLowerCase(), ...item.names, ...(item.phrases ?? [])].some((p) => {
      const phrase = p.replace(/\(.*?\)/g, '').trim();
      return phrase.length > 2 && occurrences(words, phrase.replace(/[^a-z0-9 ]/gi, ' ').replace(/\s+/g, ' ').trim()).length > 0;
    }),
  );
}
