/** The catalogue's own data as open JSON: every entry with its fields, organisation and page URL. */
import { downloadUrls, referenceUrl } from '../openapi/entry-reference.ts';
import type { SiteModel } from '../site/build-model.ts';

export const CATALOGUE_JSON_VERSION = '1';

export function catalogueJson(model: SiteModel, site: string): unknown {
  const base = site.replace(/\/$/, '');
  return {
    version: CATALOGUE_JSON_VERSION,
    licence: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    counts: model.counts,
    organisations: model.organisations.map((o) => ({ ...o.organisation, url: `${base}/organisations/${o.organisation.slug}/` })),
    topics: model.topics.map((t) => t.topic),
    entries: model.entries.map((v) => ({
      ...v.entry,
      url: `${base}/entries/${v.entry.id}/`,
      specs: v.specs.map((s) => ({
        file: s.file,
        ...(s.title ? { title: s.title } : {}),
        reference: base + referenceUrl(v.entry.id, s.index),
        yaml: base + downloadUrls(v.entry.id, s.index).yaml,
        json: base + downloadUrls(v.entry.id, s.index).json,
      })),
    })),
  };
}
