/**
 * Characters that make text look different from what it is: control characters (NUL, ESCAPE, line
 * breaks …), bidirectional controls (which reorder how text is shown, the "Trojan Source" trick) and
 * invisible characters (zero-width spaces and joiners, fillers, tags). One list, used twice: the
 * schema refuses them in catalogue text (src/catalogue/text-rules.ts), and terminal and log output
 * shows them as `<U+XXXX>` instead of letting them act (src/problems/safe-text.ts).
 */

export type CharacterClass = 'control' | 'bidi' | 'invisible';

/** Names of the characters people meet in practice; others are named by their class. */
const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0x9d: 'OPERATING SYSTEM COMMAND',
  0xad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/**
 * Every character of these kinds: controls (Cc), format characters (Cf: bidi controls, zero-width
 * characters, the byte-order mark, tags …), line and paragraph separators, unpaired surrogates, and
 * the letters and marks that show as nothing (Hangul and Khmer fillers, the grapheme joiner).
 */
const SUSPECT = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/gu;

export interface SuspectCharacter {
  /** The character's code point. */
  codePoint: number;
  /** `U+202E`. */
  code: string;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE`, or `U+0003 (a control character)` when it has no name here. */
  label: string;
  kind: CharacterClass;
  /** UTF-16 index in the text (what JavaScript strings count). */
  index: number;
}

/** `U+001B`: the code point in the notation Unicode uses. */
export const codeOf = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

export function classify(codePoint: number): CharacterClass {
  if (BIDI.has(codePoint)) return 'bidi';
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 'control';
  return 'invisible';
}

/** What kind of character it is, in words, for messages. */
export const CLASS_WORDS: Readonly<Record<CharacterClass, string>> = {
  control: 'a control character',
  bidi: 'a bidirectional control, which changes the order text is shown in',
  invisible: 'an invisible character',
};

function describe(codePoint: number, index: number): SuspectCharacter {
  const kind = classify(codePoint);
  const code = codeOf(codePoint);
  const name = NAMES[codePoint];
  return { codePoint, code, label: name ? `${code} ${name}` : `${code} (${CLASS_WORDS[kind].replace(/,.*$/, '')})`, kind, index };
}

/** Every suspect character in the text, except those `allow` lets through (such as line feeds in prose). */
export function suspectCharacters(text: string, allow: ReadonlySet<number> = new Set()): SuspectCharacter[] {
  const out: SuspectCharacter[] = [];
  for (const m of text.matchAll(SUSPECT)) {
    const codePoint = m[0].codePointAt(0) as number;
    if (!allow.has(codePoint)) out.push(describe(codePoint, m.index));
  }
  return out;
}

/** The first suspect character in the text, if any. */
export function firstSuspect(text: string, allow: ReadonlySet<number> = new Set()): SuspectCharacter | undefined {
  for (const m of text.matchAll(SUSPECT)) {
    const codePoint = m[0].codePointAt(0) as number;
    if (!allow.has(codePoint)) return describe(codePoint, m.index);
  }
  return undefined;
}

/** Replaces every suspect character (except those allowed) with `replace(character)`. */
export function replaceSuspects(text: string, replace: (c: SuspectCharacter) => string, allow: ReadonlySet<number> = new Set()): string {
  return text.replace(SUSPECT, (ch: string, index: number) => {
    const codePoint = ch.codePointAt(0) as number;
    return allow.has(codePoint) ? ch : replace(describe(codePoint, index));
  });
}

/** Line feed and tab: the only suspect characters multi-line prose may hold. */
export const PROSE_ALLOWED: ReadonlySet<number> = new Set([0x0a, 0x09]);
