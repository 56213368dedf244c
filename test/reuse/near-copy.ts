/**
 * Deliberate near-copies of catalogue entries, for the duplicate tests and the threshold calibration:
 * the same API as another team might write it again, with its own title and words, other path
 * roots, another version prefix, camelCase field names, and some operations left out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';

export interface NearCopyOptions {
  /** Folder of the entry to copy, such as `catalogue/entries/govuk-notify-api`. */
  from: string;
  /** Catalogue folder to write the copy into (its `entries/<id>/`). */
  into: string;
  id: string;
  name: string;
  organisation: string;
  summary: string;
  description: string;
  topics: string[];
  /** Path rewrites applied in order, `[from, to]` on the path's text. */
  paths?: [string | RegExp, string][];
  /** Paths (after rewriting) left out of the copy. */
  drop?: RegExp[];
  /** Rename fields and parameters from snake_case to camelCase. */
  camelCase?: boolean;
  /** The copy's own document title and description. */
  title: string;
  documentDescription: string;
  /** The copy's own base URL, documentation and support pages (a copy never shares the original's addresses). */
  host: string;
}

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Renames the keys of `properties`, the names in `required`, parameter names and example keys. */
function camelise(value: unknown, parentKey = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => camelise(v, parentKey));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const renameKeys = parentKey === 'properties' || parentKey === 'example' || parentKey === 'value' || parentKey === 'personalisation';
    const key = renameKeys ? camel(k) : k;
    if (k === 'required' && Array.isArray(v)) out[key] = v.map((n) => (typeof n === 'string' ? camel(n) : n));
    else if (k === 'name' && typeof v === 'string' && (value as Record<string, unknown>)['in']) out[key] = camel(v);
    else out[key] = camelise(v, k === 'examples' ? 'examples' : parentKey === 'examples' ? 'value' : k);
  }
  return out;
}

export function writeNearCopy(options: NearCopyOptions): string {
  const entryText = fs.readFileSync(path.join(options.from, 'entry.yaml'), 'utf8');
  const entry = parse(entryText) as Record<string, unknown>;
  const specFile = ((entry['specs'] as { file: string }[])[0] ?? { file: 'openapi.yaml' }).file;
  const doc = parse(fs.readFileSync(path.join(options.from, specFile), 'utf8')) as Record<string, unknown>;

  const paths: Record<string, unknown> = {};
  for (const [p, item] of Object.entries((doc['paths'] ?? {}) as Record<string, unknown>)) {
    let rewritten = p;
    for (const [a, b] of options.paths ?? []) rewritten = rewritten.replace(a, b);
    if (options.camelCase) rewritten = rewritten.replace(/\{([a-z0-9_]+)\}/g, (_, n: string) => `{${camel(n)}}`);
    if (options.drop?.some((re) => re.test(rewritten))) continue;
    paths[rewritten] = item;
  }
  doc['paths'] = paths;
  doc['info'] = { ...(doc['info'] as object), title: options.title, description: options.documentDescription };
  doc['servers'] = [{ url: options.host, description: 'Production' }];
  const copy = options.camelCase ? camelise(doc) : doc;

  const dir = path.join(options.into, 'entries', options.id);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'openapi.yaml'), stringify(copy, { aliasDuplicateObjects: false }));
  const newEntry = {
    ...entry,
    id: options.id,
    name: options.name,
    alternativeNames: [],
    summary: options.summary,
    description: options.description,
    organisation: options.organisation,
    // Listed after the entry it copies.
    dates: { added: '2026-11-30', lastReviewed: '2026-11-30' },
    topics: options.topics,
    keywords: [],
    documentationUrl: `${options.host}/docs`,
    endpoints: [{ environment: 'production', url: options.host }],
    access: { level: 'government-only', howToGetAccess: 'Ask the team for an API key.' },
    contact: { name: `${options.name} team`, url: `${options.host}/support` },
    specs: [{ file: 'openapi.yaml' }],
    usedBy: [],
    usedByServices: [],
    related: [],
  };
  fs.writeFileSync(path.join(dir, 'entry.yaml'), stringify(newEntry));
  return dir;
}

/** A department's own messaging API: GOV.UK Notify built again, with other words and names. */
export function notifyNearCopy(catalogueDir: string, into: string, id = 'dwp-citizen-messaging-api'): string {
  return writeNearCopy({
    from: path.join(catalogueDir, 'entries', 'govuk-notify-api'),
    into,
    id,
    name: 'DWP citizen messaging API',
    organisation: 'department-for-work-pensions',
    summary: 'Send text messages, emails and printed letters to claimants from message templates, and find out whether they arrived.',
    description: 'Our own service for contacting claimants. Teams keep message templates in the messaging console and call this API to send a text message, an email or a letter built from a template, then look up the delivery status.',
    topics: ['notifications'],
    paths: [
      [/^\/v2\/notifications/, '/api/v1/messages'],
      [/^\/v2\/templates?/, '/api/v1/templates'],
      [/^\/v2\//, '/api/v1/'],
    ],
    drop: [/received-text-messages/, /version/],
    camelCase: true,
    title: 'Citizen messaging API',
    documentDescription: 'Send text messages, emails and letters built from templates, and check their delivery status.',
    host: 'https://citizen-messaging.dwp.gov.uk',
  });
}
