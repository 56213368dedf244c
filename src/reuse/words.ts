/**
 * Words from the names and text in OpenAPI documents and catalogue entries: field names split into
 * lowercase tokens whatever their casing (`nhsNumber`, `NHSNumber`, `nhs_number`, `X-Nino`,
 * `https://vocab.account.gov.uk/v1/drivingPermit`), plain text split into words, and HTML turned back
 * into text. Pure string functions; every other reuse module reads names through them.
 */

/** `NHSNumber` → `nhs number`; `dateOfBirth` → `date of birth`; `address_line_1` → `address line 1`. */
export function nameTokens(name: string): string[] {
  // A URI-like claim name (`https://vocab…/v1/drivingPermit`, `vcard:hasEmail`) is named by its last part.
  const last = name.split(/[/#:]/).filter(Boolean).pop() ?? name;
  return last
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])([0-9])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

const IRREGULAR_SINGULARS: Record<string, string> = { addresses: 'address', statuses: 'status', children: 'child', people: 'person', data: 'data' };

/** A plural token in the singular (`postcodes` → `postcode`, `addresses` → `address`); others as they are. */
export function singular(token: string): string {
  const irregular = IRREGULAR_SINGULARS[token];
  if (irregular) return irregular;
  if (token.length > 4 && token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss') && !token.endsWith('us') && !token.endsWith('is')) return token.slice(0, -1);
  return token;
}

/** Tokens of a name, each in the singular. */
export function nameKey(name: string): string[] {
  return nameTokens(name).map(singular);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** Plain text of a sanitised HTML fragment (tags dropped, common entities decoded, spaces collapsed). */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?[a-z0-9]+);/gi, (m, e: string) => ENTITIES[e.toLowerCase()] ?? (/^#\d+$/.test(e) ? String.fromCodePoint(Number(e.slice(1))) : m))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lowercase words of a text (letters and digits; apostrophes and hyphens split words). */
export function textWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Words too common in API documents to say anything about what an API does. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an and are as at be by can do does for from get gets has have how if in into is it its may more must no not of on one or our so
  such than that the their them then there these they this to up use used uses using was we what when where which who will with you your
  api apis service services data request requests response responses return returns returned list lists id ids object objects field fields
  value values string number integer boolean array true false null example examples see also each any all other new only
  v1 v2 v3 http https www gov uk json yaml openapi endpoint endpoints resource resources information details page pages`.split(/\s+/),
);

const isContent = (w: string) => w.length > 1 && !/^\d+$/.test(w) && !STOP_WORDS.has(w);

/** Content words of a text: lowercase, singular, without stop words or bare numbers. */
export function contentWords(text: string): string[] {
  return textWords(text).filter(isContent).map(singular);
}

/** Content words and the pairs of content words that stand next to each other ("text message"), within a phrase. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const phrase of text.split(/[\n.,;:!?()]+/)) {
    const words = textWords(phrase);
    words.forEach((w, i) => {
      if (!isContent(w)) return;
      out.push(singular(w));
      const next = words[i + 1];
      if (next !== undefined && isContent(next)) out.push(`${singular(w)} ${singular(next)}`);
    });
  }
  return out;
}

/** `a, b and c`, or `a, b, c and 7 more` past `max`. */
export function listed(values: readonly string[], max: number): string {
  const shown = values.slice(0, max);
  const rest = values.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
}

/** Words that say nothing about which API a name is. */
const NAME_FILLER = new Set(['api', 'apis', 'the', 'of', 'and', 'a', 'an', 'for', 'to', 'in', 'on', 'with', 'by', 'rest', 'restful', 'web']);

/** The words of a name that tell it apart: `Push Pull Notifications API` → push, pull, notification; versions and years dropped. */
export function nameWordsOf(name: string): string[] {
  return textWords(name)
    .filter((w) => !NAME_FILLER.has(w) && !/^\d+$/.test(w) && !/^v\d+$/.test(w))
    .map(singular);
}
