/**
 * The shape of an operation, for comparing APIs written by different teams: its method and its path
 * with versions, prefixes, parameter names and plurals taken out (`POST /v2/notifications/sms` and
 * `POST /api/v1/notification/sms` are both `POST notification/sms`), and the names of the fields it
 * takes and gives, as words.
 */
import { nameKey, singular } from './words.ts';

/** Path segments that say nothing about what an operation does. */
const NOISE_SEGMENTS = new Set(['api', 'apis', 'rest', 'public', 'service', 'services', 'ws']);
const VERSION = /^(v\d+([._-]\d+)*|\d+([._]\d+)+|version\d*)$/i;

/** `/v2/templates/{template_id}/preview` → `template/{}/preview`. */
export function normalisePath(path: string): string {
  return path
    .split('/')
    .filter((s) => s && !VERSION.test(s) && !NOISE_SEGMENTS.has(s.toLowerCase()))
    .map((s) => (/^\{.*\}$/.test(s) || /^:/.test(s) ? '{}' : s.split(/[^A-Za-z0-9{}]+/).filter(Boolean).map((w) => nameKey(w).join('-')).join('-')))
    .map((s) => (s === '{}' ? s : s.split('-').map(singular).join('-')))
    .join('/');
}

/** `POST notification/sms`. */
export function operationShape(method: string, path: string): string {
  return `${method.toUpperCase()} ${normalisePath(path)}`;
}

/**
 * Words of a path, with its parameters counted (`template/{}/preview` → template, preview, {}1), so
 * that a collection and one of its items (`zone` and `zone/{}`) are not the same path.
 */
export function pathWords(normalised: string): string[] {
  let params = 0;
  const words: string[] = [];
  for (const w of normalised.split(/[/-]/)) {
    if (w === '{}') words.push(`{}${(params += 1)}`);
    else if (w) words.push(w);
  }
  return words;
}

/** A field name as one comparable key: `templateId`, `template_id` and `TemplateID` are all `template id`. */
export function fieldKey(name: string): string {
  return nameKey(name).join(' ');
}
