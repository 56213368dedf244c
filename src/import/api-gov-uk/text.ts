/** Text from the source as the catalogue's fields take it, changed only mechanically. */

/** Lowercase words joined by hyphens, from a name: "GOV.UK Trade Tariff API" → "govuk-trade-tariff-api". */
export function slugify(name: string, maxLength = 60): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const w of words) {
    const next = id ? `${id}-${w}` : w;
    if (next.length > maxLength && id) break;
    id = next;
  }
  return id.slice(0, maxLength).replace(/-+$/, '');
}

/**
 * The description as Markdown: api.gov.uk's file writes some line breaks as the two characters
 * `\n`, and some as HTML `<br>`, which the catalogue never renders; both become line breaks, and
 * stray paragraph tags (`<p>`, `</p>`) are dropped.
 */
export function cleanDescription(text: string): string {
  return text
    .replace(/\\n/g, '\n')
    .replace(/\s*<br\s*\/?>\s*/gi, '\n\n')
    .replace(/<\/?p>/gi, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const SUMMARY_MAX = 160;

/**
 * The summary: the description's first sentence (skipping a heading or a line of under 10
 * characters; a sentence that ends in a colon goes on into the first item of its list), as written. A first sentence longer than SUMMARY_MAX is cut at the last word that
 * fits, with "…"; `shortened` says so.
 */
export function summaryFrom(description: string): { summary: string; shortened: boolean } {
  const lines = description
    .split('\n')
    .map((l) => l.replace(/^#+\s*|^[-*]\s+/, '').trim())
    .filter((l) => l.length >= 10);
  let first = lines[0] ?? description.trim();
  // "This API lets you:" followed by a list: the sentence goes on into its first item.
  if (first.endsWith(':') && lines[1]) first = `${first} ${lines[1]}`;
  const sentence = /^(.+?[.!?])(?=\s|$)/.exec(first)?.[1] ?? first;
  if (sentence.length <= SUMMARY_MAX) return { summary: sentence, shortened: false };
  const cut = sentence.slice(0, SUMMARY_MAX - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:(-]+$/, '');
  return { summary: `${atWord}…`, shortened: true };
}

/** Names compared as people read them: case, spacing and "&" for "and" ignored. */
export function sameName(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
  return n(a) === n(b);
}
