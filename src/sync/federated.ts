/**
 * Department-hosted metadata in the 2022 federated format (`api.gov.uk/v1alpha`): a bulk response
 * `{ "api-version": "api.gov.uk/v1alpha", "apis": [ { "api-version", "data": { name, description,
 * url, contact, organisation, documentation-url } } ] }`. Each API is matched to an entry of the
 * organisation (documentation URL, URL, or name, as the import matches), and the fields the
 * department speaks for (description, documentation URL, contact) are updated in the entry's file
 * when they differ. An API that matches no entry is reported, not added: a new entry is reviewed.
 */
import path from 'node:path';
import { isMap, Scalar, type Document } from 'yaml';
import { z } from 'zod';
import type { LoadedEntry } from '../catalogue/load.ts';
import { editEntryFile } from '../import/entry-yaml.ts';
import { EntryIndex } from '../import/api-gov-uk/match.ts';
import { mapContact } from '../import/api-gov-uk/map-row.ts';
import { canonicalJson } from '../text/canonical-json.ts';

const https = z.string().regex(/^https:\/\/\S+$/, 'must be an https URL');
export const federatedApi = z.object({
  'api-version': z.literal('api.gov.uk/v1alpha'),
  data: z.object({
    name: z.string().trim().min(1),
    description: z.string().trim().min(1),
    url: https,
    contact: z.string().trim().min(1),
    organisation: z.string().trim().min(1),
    'documentation-url': https,
  }),
});
const bulk = z.object({ 'api-version': z.literal('api.gov.uk/v1alpha'), apis: z.array(z.unknown()) });
const errorResponse = z.object({ error: z.string(), 'error-description': z.string() });

export type FederatedApi = z.output<typeof federatedApi>['data'];

export type FeedParse = { ok: true; apis: FederatedApi[]; invalid: string[] } | { ok: false; reason: string };

export function parseFeed(text: string): FeedParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON (${(e as Error).message})` };
  }
  const err = errorResponse.safeParse(json);
  if (err.success) return { ok: false, reason: `the endpoint answered with an error: ${err.data.error}: ${err.data['error-description']}` };
  const b = bulk.safeParse(json);
  if (!b.success) return { ok: false, reason: 'not an api.gov.uk/v1alpha bulk response (it needs "api-version": "api.gov.uk/v1alpha" and a list "apis")' };
  const apis: FederatedApi[] = [];
  const invalid: string[] = [];
  b.data.apis.forEach((item, i) => {
    const r = federatedApi.safeParse(item);
    if (r.success) apis.push(r.data.data);
    else invalid.push(`apis[${i}]: ${r.error.issues.map((x) => `${x.path.join('.') || '(item)'} ${x.message}`).join('; ')}`);
  });
  return { ok: true, apis, invalid };
}

export interface FeedOutcome {
  updated: { id: string; fields: string[] }[];
  unchanged: string[];
  /** Names of APIs in the feed that match no entry of the organisation. */
  unmatched: string[];
  ambiguous: { name: string; ids: string[] }[];
  written: string[];
}

/** Sets a field (a multi-line string as a `|` block); false when it already has that value. */
function setField(doc: Document, at: string[], value: unknown): boolean {
  const node = doc.getIn(at, true) as { toJSON?: () => unknown } | undefined;
  const current = node && typeof node === 'object' && typeof node.toJSON === 'function' ? node.toJSON() : node;
  const same = typeof current === 'string' && typeof value === 'string' ? current.trim() === value.trim() : canonicalJson(current) === canonicalJson(value);
  if (same) return false;
  const created = doc.createNode(value);
  if (created instanceof Scalar && typeof value === 'string' && value.includes('\n')) created.type = Scalar.BLOCK_LITERAL;
  doc.setIn(at, created);
  return true;
}

export function applyFeed(apis: readonly FederatedApi[], entries: readonly LoadedEntry[], organisation: { slug: string; name: string }, dryRun: boolean): FeedOutcome {
  const own = entries.filter((e) => e.entry.organisation === organisation.slug);
  const index = new EntryIndex();
  for (const e of own) index.add(e.entry);
  const count = (key: 'url' | 'documentation-url', v: string) => apis.filter((a) => a[key] === v).length;
  const out: FeedOutcome = { updated: [], unchanged: [], unmatched: [], ambiguous: [], written: [] };
  for (const api of apis) {
    const found = index.find({
      productionUrl: count('url', api.url) === 1 ? api.url : undefined,
      documentationUrl: count('documentation-url', api['documentation-url']) === 1 ? api['documentation-url'] : undefined,
      name: api.name,
      organisation: organisation.slug,
    });
    if (found.ambiguous) {
      out.ambiguous.push({ name: api.name, ids: found.ambiguous });
      continue;
    }
    const loaded = found.match && own.find((e) => e.entry.id === found.match?.id);
    if (!loaded) {
      out.unmatched.push(api.name);
      continue;
    }
    const contact = mapContact(api.contact, organisation.name, []);
    const changes: [string, string[], unknown][] = [
      ['description', ['description'], api.description.trim()],
      ['documentationUrl', ['documentationUrl'], api['documentation-url']],
      ...(contact ? ([['contact', ['contact'], { ...(loaded.entry.contact ?? {}), ...contact, name: loaded.entry.contact?.name ?? contact.name }]] as [string, string[], unknown][]) : []),
    ];
    const file = path.join(loaded.dir, path.basename(loaded.file));
    const fields: string[] = [];
    const edit = (doc: Document): boolean => {
      if (!isMap(doc.contents)) return false;
      for (const [name, at, value] of changes) if (setField(doc, at, value)) fields.push(name);
      return fields.length > 0 && !dryRun;
    };
    const wrote = editEntryFile(file, edit);
    if (fields.length) {
      out.updated.push({ id: loaded.entry.id, fields });
      if (wrote) out.written.push(file);
    } else out.unchanged.push(loaded.entry.id);
  }
  return out;
}
