/**
 * Placeholder text: words that mark an unfinished entry, the explanations that the README, the
 * contributor guide and `npm run new-entry` show for each field, and example addresses. The one list
 * that the catalogue check, the scaffolder (which refuses such answers as they are typed) and the
 * README's example (tested against it) share.
 */
import { fieldReference } from './field-reference.ts';

/**
 * Phrases that never belong in a finished entry, matched as whole words, ignoring case and
 * punctuation. The last ones are instructions the README has shown in place of a description.
 */
export const PLACEHOLDER_PHRASES: readonly string[] = [
  'lorem ipsum',
  'todo',
  'tbc',
  'tbd',
  'fixme',
  'xxx',
  'changeme',
  'to be confirmed',
  'to be decided',
  'insert here',
  'replace this',
  'what it does, who it is for, when to use it',
  'what it does, who it is for and when to use it',
];

/** Hosts reserved for examples or the local machine: an address there is not the real one. */
const EXAMPLE_HOSTS: readonly string[] = ['example.com', 'example.org', 'example.net', 'example.gov.uk', 'example', 'localhost', 'test', 'invalid'];

const normalise = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

const PHRASES = PLACEHOLDER_PHRASES.map((p) => ({ phrase: p, normalised: normalise(p) }));

let explanations: Map<string, string> | undefined;
/** Each field's explanation (normalised → field path), as the guide and the scaffolder show it. */
function fieldExplanations(): Map<string, string> {
  explanations ??= new Map(fieldReference().filter((f) => f.description).map((f) => [normalise(f.description), f.path]));
  return explanations;
}

const isExampleHost = (host: string): boolean => {
  const h = host.toLowerCase().replace(/\.$/, '');
  return EXAMPLE_HOSTS.some((e) => h === e || h.endsWith(`.${e}`));
};

export type PlaceholderKind = 'phrase' | 'explanation' | 'example-address';

export interface PlaceholderMatch {
  kind: PlaceholderKind;
  /** The phrase found, the field whose explanation was copied, or the example address. */
  found: string;
}

/** Placeholder text in one value, if any: a phrase, a copied field explanation or an example address. */
export function findPlaceholder(value: string): PlaceholderMatch | undefined {
  const text = normalise(value);
  const phrase = PHRASES.find((p) => text.includes(p.normalised));
  if (phrase) return { kind: 'phrase', found: phrase.phrase };
  const field = fieldExplanations().get(text);
  if (field) return { kind: 'explanation', found: field };
  const url = /^https?:\/\/([^/?#:]+)/i.exec(value.trim());
  if (url?.[1] && (isExampleHost(url[1]) || value.includes('…'))) return { kind: 'example-address', found: value.trim() };
  const email = /^[^@\s]+@([^@\s]+)$/.exec(value.trim());
  if (email?.[1] && isExampleHost(email[1])) return { kind: 'example-address', found: value.trim() };
  return undefined;
}

/** "… contains placeholder text …": the message and hint for a field, shared by the check and the scaffolder. */
export function placeholderMessage(field: string, match: PlaceholderMatch): { message: string; hint: string } {
  switch (match.kind) {
    case 'phrase':
      return { message: `${field} contains the placeholder text "${match.found}"`, hint: `replace it with this entry's own ${field}: placeholder text from the README or the scaffolder is not accepted` };
    case 'explanation':
      return { message: `${field} is the explanation of the field "${match.found}", copied from the guide or the scaffolder`, hint: `write this entry's own ${field}` };
    default:
      return { message: `${field} "${match.found}" is an example address, not a real one`, hint: 'give the real address' };
  }
}
