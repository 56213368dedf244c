/** The catalogue's own data as open JSON: every entry with its fields, organisation and page URL. */
import type { SiteModel } from '../site/build-model.ts';
import { urls } from '../site/urls.ts';

export const CATALOGUE_JSON_VERSION = '1';

export function catalogueJson(model: SiteModel, site: string): unknown {
  const base = site.replace(/\/$/, '');
  return {
    version: CATALOGUE_JSON_VERSION,
    licence: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    counts: model.counts,
    organisations: model.organisations.map((o) => ({ ...o.organisation, url: base + urls.organisation(o.organisation.slug) })),
    topics: model.topics.map((t) => t.topic),
    entries: model.entries.map((v) => ({
      ...v.entry,
      url: base + urls.entry(v.entry.id),
      specs: v.specs.map((s) => ({
        file: s.file,
        ...(s.title ? { title: s.title } : {}),
        reference: base + urls.reference(v.entry.id, s.index),
        yaml: base + urls.openapiYaml(v.entry.id, s.index),
        json: base + urls.openapiJson(v.entry.id, s.index),
      })),
    })),
  };
}
