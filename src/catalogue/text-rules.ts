/**
 * Text that cannot deceive: the rules every text field of the schema (src/catalogue/schema.ts) and
 * the guide of an entry.mdx follow.
 *
 * - One-line text (ids, names, summaries, titles, URLs, emails, keywords) refuses every control,
 *   bidirectional and invisible character (src/text/characters.ts): NUL, ESCAPE, line breaks,
 *   right-to-left overrides, zero-width spaces and joiners … A name with a right-to-left override
 *   reads differently from what it is; one with a zero-width space looks like another entry's name.
 * - Prose (Markdown descriptions, how to get access, a waiver's reason, the guide) may also hold line
 *   feeds and tabs, and nothing else of those kinds.
 * - Every field has a length limit (TEXT_LIMITS), which the schema carries as `maxLength` so that the
 *   field reference on the "List your API" page shows it.
 * - URLs must be https, with no user name or password in them: credentials never belong in a
 *   published address, and the message never repeats them.
 *
 * A refused character is named as `U+XXXX NAME` with its position in the value (character 1 is the
 * first), so it can be found even though it cannot be seen.
 */
import { z } from 'zod';
import type { Problem } from '../problems/problem.ts';
import { CLASS_WORDS, firstSuspect, PROSE_ALLOWED, type SuspectCharacter } from '../text/characters.ts';

/**
 * Length limits in characters. Each is several times the longest real value in the catalogue when it
 * was set (in brackets), so real text never meets it, while no field can flood a page or a log:
 * ids 100 (the longest GOV.UK organisation slug is 97), names 150 (86), summary 160 (153: it is one
 * sentence), description 5,000 (1,678: a longer text belongs in the guide of entry.mdx), how to get
 * access 2,000 (519), a waiver's reason 1,000 (294), URLs 2,048 (170: what browsers and search
 * engines reliably accept), email 254 (the limit of the email standard, RFC 5321), the guide 100,000
 * (about 15,000 words).
 */
export const TEXT_LIMITS = {
  id: 100,
  name: 150,
  shortName: 40,
  summary: 160,
  description: 5000,
  howToGetAccess: 2000,
  note: 500,
  reason: 1000,
  url: 2048,
  email: 254,
  keyword: 60,
  version: 50,
  file: 255,
  title: 100,
  format: 30,
  spdx: 64,
  guide: 100_000,
} as const;

/** Most items in each kind of list. */
export const LIST_LIMITS = {
  /** Environments, documents, topics, names. */
  few: 20,
  keywords: 30,
  /** Entries an entry names (provides, usedBy, related) and services that use it. */
  many: 200,
} as const;

/** The character's position as people count: code points, from 1. */
const position = (text: string, c: SuspectCharacter): number => [...text.slice(0, c.index)].length + 1;

/** `has U+202E RIGHT-TO-LEFT OVERRIDE at character 5, a bidirectional control, …`. */
export function suspectMessage(text: string, c: SuspectCharacter): string {
  return `has ${c.label} at character ${position(text, c)}, ${CLASS_WORDS[c.kind]}`;
}

const ONE_LINE_HINT = 'delete it (retyping the text removes it): this field takes visible characters on one line only';
const PROSE_HINT = 'delete it (retyping the text removes it): text may hold line breaks and tabs, but no other control, bidirectional or invisible characters';

function refuseSuspects(allow: ReadonlySet<number>, hint: string) {
  return (value: string, ctx: z.RefinementCtx<string>): void => {
    const c = firstSuspect(value, allow);
    if (c) ctx.addIssue({ code: 'custom', message: suspectMessage(value, c), params: { hint, suspect: true }, input: value });
  };
}

const tooLong = (max: number, what = 'characters'): string => `must be at most ${max} ${what}`;

/** One line of text, at most `max` characters, with no control, bidirectional or invisible characters. */
export function line(max: number, message?: string) {
  return z
    .string('must be text')
    .max(max, message ?? tooLong(max))
    .superRefine(refuseSuspects(new Set(), ONE_LINE_HINT))
    .meta({ text: 'text on one line' });
}

/** Markdown prose: trimmed, not empty, at most `max` characters; line feeds and tabs allowed. */
export function prose(max: number) {
  return z
    .string('must be text')
    .trim()
    .min(1, 'must not be empty')
    .max(max, `${tooLong(max)}: keep the detail for the documentation it links to`)
    .superRefine(refuseSuspects(PROSE_ALLOWED, PROSE_HINT))
    .meta({ text: 'Markdown' });
}

/** Plain text of several lines (a reason, a note): line feeds and tabs allowed. */
export function text(max: number) {
  return z
    .string('must be text')
    .max(max, tooLong(max))
    .superRefine(refuseSuspects(PROSE_ALLOWED, PROSE_HINT))
    .meta({ text: 'text' });
}

/**
 * An https URL of at most 2,048 characters, with a host and without a user name or password. Checked
 * on the text as written: the URL parser would quietly drop tabs and line breaks.
 */
export function webAddress() {
  return z
    .string('must be a full URL, such as "https://www.gov.uk/…"')
    .max(TEXT_LIMITS.url, tooLong(TEXT_LIMITS.url))
    .superRefine((value, ctx) => {
      const c = firstSuspect(value);
      if (c) {
        ctx.addIssue({ code: 'custom', message: suspectMessage(value, c), params: { hint: ONE_LINE_HINT, suspect: true }, input: value });
        return;
      }
      if (/\s/.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'must not contain spaces', params: { hint: 'write a space in a URL as %20' }, input: value });
        return;
      }
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a full URL, such as "https://www.gov.uk/…"', input: value });
        return;
      }
      if (url.protocol !== 'https:' || !value.toLowerCase().startsWith('https://') || url.hostname === '') {
        ctx.addIssue({ code: 'custom', message: url.protocol === 'https:' ? 'must be a full URL, such as "https://www.gov.uk/…"' : 'must start with https:// (plain http is not accepted)', input: value });
        return;
      }
      if (url.username !== '' || url.password !== '') {
        ctx.addIssue({
          code: 'custom',
          message: 'must not contain a user name or password (the part before "@")',
          params: { hint: 'remove them from the URL, and change the password if it was real: credentials never belong in a published address' },
          input: value,
        });
      }
    })
    .meta({ format: 'uri' });
}

/** The guide of an entry.mdx: at most TEXT_LIMITS.guide characters, and prose characters only. */
export function checkGuide(file: string, guide: string, guideLine: number): Problem[] {
  const problems: Problem[] = [];
  if (guide.length > TEXT_LIMITS.guide) {
    problems.push({ file, line: guideLine, column: 1, rule: 'entry/schema', severity: 'error', message: `the guide is ${guide.length} characters, over the limit of ${TEXT_LIMITS.guide}`, hint: 'shorten it, and link to the service\'s own documentation for the detail' });
  }
  const c = firstSuspect(guide, PROSE_ALLOWED);
  if (c) {
    const before = guide.slice(0, c.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineNo = guideLine + (before.split('\n').length - 1);
    const column = [...before.slice(lineStart)].length + 1;
    problems.push({ file, line: lineNo, column, rule: 'entry/schema', severity: 'error', message: `the guide has ${c.label}, ${CLASS_WORDS[c.kind]}`, hint: PROSE_HINT });
  }
  return problems;
}
