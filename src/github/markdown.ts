/**
 * Untrusted text in Markdown that GitHub renders (pull-request comments, job summaries). Names,
 * paths and messages that come from a pull request must not break the layout or add anything:
 * no links, images, HTML, mentions (`@team`), issue references (`#12`) or autolinked URLs.
 *
 * - `code(text)` puts it in an inline code span, where GitHub links and mentions nothing; the
 *   fence is longer than any run of backticks inside.
 * - `text(text)` keeps it as prose: every character with a meaning inside a line (emphasis, code,
 *   links, images, HTML, entities, table cells, math) is backslash-escaped, and a zero-width space
 *   (`&#8203;`) follows `@` and `#` and breaks `://` and `www.`, because GitHub finds mentions,
 *   references and URLs in the rendered text, after Markdown's escapes are gone. Untrusted text
 *   never starts a line, so line-start syntax (headings, lists, quotes) cannot apply.
 *
 * Both put the text on one line (line breaks and control characters become spaces), drop
 * bidirectional controls and invisible characters (which can make text read differently from what
 * it is; the list is src/text/characters.ts), and cut it to a length. In a table cell pass
 * `{ cell: true }`: GFM splits cells at `|` even inside code spans, so it is escaped there too.
 */

import { replaceSuspects } from '../text/characters.ts';

export interface EscapeOptions {
  /** Longest text kept, in characters (then "…"); 300 by default. */
  max?: number;
  /** The text goes in a table cell. */
  cell?: boolean;
}

const ZWSP = '&#8203;';

/** Line and paragraph separators break a line as a control character does. */
const SEPARATORS: ReadonlySet<number> = new Set([0x2028, 0x2029]);

/**
 * One line of plain text, at most `max` characters: control characters (and line and paragraph
 * separators) become spaces, bidirectional controls and invisible characters (src/text/characters.ts)
 * are dropped, and white space is collapsed.
 */
export function oneLine(text: string, max = 300): string {
  const shown = replaceSuspects(String(text), (c) => (c.kind === 'control' || SEPARATORS.has(c.codePoint) ? ' ' : ''));
  const flat = shown.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : flat;
}

/** Untrusted text as an inline code span. */
export function code(value: string, options: EscapeOptions = {}): string {
  let s = oneLine(value, options.max);
  if (s === '') return '` `';
  if (options.cell) s = s.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** Untrusted text as prose that renders exactly as written. */
export function text(value: string, options: EscapeOptions = {}): string {
  return escapeProse(oneLine(value, options.max));
}

/** Characters with a meaning inside a line of GitHub Markdown: emphasis, code, links, images, HTML, entities, tables, math. */
const INLINE_SYNTAX = /[\\`*_[\]<>#!|~&$]/g;

function escapeProse(s: string): string {
  return s
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\\#/g, `\\#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/**
 * Untrusted text that may hold inline code spans (`` `name` ``), as diff and check messages do:
 * each code span stays a code span (through `code`) and everything else is escaped (through
 * `text`), so the message keeps its look and still cannot add anything.
 */
export function inline(value: string, options: EscapeOptions = {}): string {
  const s = oneLine(value, options.max ?? 1000);
  const out: string[] = [];
  let plain = '';
  let i = 0;
  const flush = (): void => {
    if (plain) out.push(escapeProse(plain));
    plain = '';
  };
  while (i < s.length) {
    if (s[i] !== '`') {
      plain += s[i];
      i += 1;
      continue;
    }
    let n = 0;
    while (s[i + n] === '`') n += 1;
    const fence = '`'.repeat(n);
    // The closing fence: exactly n backticks, not part of a longer run.
    let close = -1;
    for (let j = s.indexOf(fence, i + n); j >= 0; j = s.indexOf(fence, j + 1)) {
      if (s[j - 1] !== '`' && s[j + n] !== '`') {
        close = j;
        break;
      }
    }
    if (close < 0) {
      plain += fence;
      i += n;
      continue;
    }
    flush();
    let content = s.slice(i + n, close);
    if (content.length > 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') content = content.slice(1, -1);
    out.push(code(content, { max: Infinity, ...(options.cell ? { cell: true } : {}) }));
    i = close + n;
  }
  flush();
  return out.join('');
}
