/**
 * schema.org `WebAPI` JSON-LD for each entry's page, so that search engines and other crawlers read
 * what the page describes: its name, what it does, who provides it, its documentation, where it
 * serves and the base URL of each environment. Only properties schema.org defines for `WebAPI`
 * (a `Service`) are used.
 */
import type { EntryView } from '../site/build-model.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

export function webApiJsonLd(view: EntryView, site: string): Record<string, unknown> {
  const { entry, organisation } = view;
  const page = absoluteUrl(site, urls.entry(entry.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'WebAPI',
    '@id': `${page}#service`,
    identifier: entry.id,
    name: entry.name,
    ...(entry.alternativeNames.length ? { alternateName: entry.alternativeNames } : {}),
    description: entry.summary,
    url: page,
    documentation: entry.documentationUrl,
    provider: {
      '@type': 'GovernmentOrganization',
      name: organisation.name,
      ...(organisation.abbreviation ? { alternateName: organisation.abbreviation } : {}),
      url: organisation.website,
    },
    areaServed: entry.areaServed.map((name) => ({ '@type': 'AdministrativeArea', name })),
    ...(view.topics.length ? { category: view.topics.map((t) => t.name) } : {}),
    ...(entry.licence?.url ? { termsOfService: entry.licence.url } : {}),
    ...(entry.endpoints.length
      ? { availableChannel: entry.endpoints.map((e) => ({ '@type': 'ServiceChannel', name: e.environment, serviceUrl: e.url })) }
      : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is written as `\u003c`, so no text
 * from an entry can close the element or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
