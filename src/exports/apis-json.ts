/**
 * `apis.json`: the APIs.json index (specification 0.19) of the catalogue's APIs, for API search
 * engines and directories: each API the API catalog lists (api-catalog.ts) with its name,
 * description, page (`humanURL`), base URL, tags and properties (its OpenAPI documents, API
 * reference, documentation, sign-up page, licence, changelog and feed), and its team as contact.
 * An API without a production base URL gives its documentation (or, without that, its page here)
 * as `baseURL`, which the specification requires.
 */
import { londonToday } from '../checks/today.ts';
import type { SiteModel } from '../site/build-model.ts';
import { catalogApis } from './api-catalog.ts';
import { lastChanged } from './catalogue-json.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

export const APIS_JSON_VERSION = '0.19';
/** The image APIs.json asks for: GOV.UK Frontend's icon, served with the site's assets. */
export const APIS_JSON_IMAGE = urls.asset('images/govuk-icon-192.png');

interface Property {
  type: string;
  url: string;
}

const day = (iso: string | undefined): string | undefined => (iso ? londonToday(new Date(iso)) : undefined);

export function apisJson(model: SiteModel, site: string): Record<string, unknown> {
  const host = new URL(site).host;
  const image = absoluteUrl(site, APIS_JSON_IMAGE);
  const apis = catalogApis(model).map((v) => {
    const { entry } = v;
    const properties: Property[] = [
      ...v.specs.flatMap((s) => [
        { type: 'OpenAPI', url: absoluteUrl(site, urls.openapiJson(entry.id, s.index)) },
        { type: 'APIReference', url: absoluteUrl(site, urls.reference(entry.id, s.index)) },
      ]),
      ...(entry.documentationUrl ? [{ type: 'Documentation', url: entry.documentationUrl }] : []),
      ...(entry.access?.url ? [{ type: 'SignUp', url: entry.access.url }] : []),
      ...(entry.licence?.url ? [{ type: 'License', url: entry.licence.url }] : []),
      { type: 'ChangeLog', url: absoluteUrl(site, urls.entryChanges(entry.id)) },
      { type: 'AtomFeed', url: absoluteUrl(site, urls.entryFeed(entry.id)) },
      { type: 'Status', url: absoluteUrl(site, urls.entryStatus(entry.id)) },
    ];
    const known = [day(lastChanged(model.changelog, entry.id)), entry.dates.lastReviewed, entry.dates.added].filter((d): d is string => d !== undefined).sort();
    const humanURL = absoluteUrl(site, urls.entry(entry.id));
    return {
      aid: `${host}:${entry.id}`,
      name: entry.name,
      description: entry.summary,
      image,
      humanURL,
      baseURL: entry.endpoints.find((e) => e.environment === 'production')?.url ?? entry.documentationUrl ?? humanURL,
      created: entry.dates.added,
      modified: known.at(-1)!,
      tags: [entry.status, ...(entry.access ? [entry.access.level] : []), ...entry.topics, ...entry.keywords],
      properties,
      ...(entry.contact ? { contact: [{ FN: entry.contact.name, ...(entry.contact.email ? { email: entry.contact.email } : {}), ...(entry.contact.url ? { url: entry.contact.url } : {}) }] } : {}),
    };
  });
  const created = model.entries.map((v) => v.entry.dates.added).sort()[0];
  return {
    aid: `${host}:catalogue`,
    name: 'Government API catalogue',
    description: 'APIs that UK government runs, checked against the GDS API technical and data standards.',
    image,
    url: absoluteUrl(site, urls.apisJson()),
    ...(created ? { created } : {}),
    ...(day(model.changelog.changes[0]?.date) ? { modified: day(model.changelog.changes[0]?.date) } : {}),
    specificationVersion: APIS_JSON_VERSION,
    tags: ['government', 'United Kingdom'],
    apis,
    common: [
      { type: 'Website', url: absoluteUrl(site, '/') },
      { type: 'APICatalog', url: absoluteUrl(site, urls.apiCatalog()) },
      { type: 'License', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    ],
    maintainers: [{ name: 'Government API catalogue maintainers', url: model.repository.url }],
  };
}
