/**
 * `catalogue.jsonld`: the catalogue as DCAT in JSON-LD: a `dcat:Catalog` whose `dcat:service`s are
 * the entries as `dcat:DataService`s with the CDDO Metadata Exchange Model's properties
 * (dataservice.ts). The context is inline and maps each of the model's property names to the IRI
 * the model gives it (its `slot_uri`s: `title` → `dct:title`, `serviceStatus` → `adms:status` …),
 * so the records read like the model's own examples and any JSON-LD processor expands them without
 * fetching anything. Organisations are named by IRI: their GOV.UK page, or their page here for a
 * body not on GOV.UK.
 */
import type { Organisation } from '../catalogue/schema.ts';
import { londonToday } from '../checks/today.ts';
import type { SiteModel } from '../site/build-model.ts';
import { OGL_URL } from './catalogue-json.ts';
import { toDataService } from './dataservice.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

const id = (iri: string) => ({ '@id': iri, '@type': '@id' });
const date = (iri: string) => ({ '@id': iri, '@type': 'xsd:date' });

/** The JSON-LD context: the CDDO model's property names and their IRIs. */
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  adms: 'http://www.w3.org/ns/adms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  ukgov: 'https://w3id.org/co-cddo/ukgov-metadata-exchange-model/',
  type: '@type',
  identifier: 'dct:identifier',
  title: 'dct:title',
  alternativeTitle: 'dct:alternative',
  summary: 'rdfs:comment',
  description: 'dct:description',
  keyword: 'dcat:keyword',
  theme: id('dcat:theme'),
  publisher: id('dct:publisher'),
  creator: id('dct:creator'),
  contactPoint: 'dcat:contactPoint',
  contactName: 'vcard:fn',
  email: 'vcard:hasEmail',
  url: id('vcard:hasURL'),
  licence: id('dct:license'),
  accessRights: 'dct:accessRights',
  securityClassification: 'ukgov:securityClassification',
  created: date('dct:created'),
  issued: date('dct:issued'),
  modified: date('dct:modified'),
  version: 'dcat:version',
  endpointURL: id('dcat:endpointURL'),
  endpointDescription: id('dcat:endpointDescription'),
  servesData: id('dcat:servesDataset'),
  serviceStatus: 'adms:status',
  serviceType: 'dct:type',
  homepage: id('foaf:homepage'),
  service: { '@id': 'dcat:service', '@container': '@set' },
} as const;

/** An organisation as an IRI: its GOV.UK page, or its page in the catalogue. */
export function organisationIri(organisation: Organisation, site: string): string {
  return organisation.onGovUk ? `https://www.gov.uk/government/organisations/${organisation.slug}` : absoluteUrl(site, urls.organisation(organisation.slug));
}

export function dcatCatalogue(model: SiteModel, site: string): Record<string, unknown> {
  return {
    '@context': DCAT_CONTEXT,
    '@id': absoluteUrl(site, urls.dcat()),
    type: 'dcat:Catalog',
    title: 'Government API catalogue',
    description: 'APIs, reusable components and registers that UK government runs, checked against the GDS API technical and data standards.',
    homepage: absoluteUrl(site, '/'),
    licence: OGL_URL,
    ...(model.changelog.changes[0] ? { modified: londonToday(new Date(model.changelog.changes[0].date)) } : {}),
    service: model.entries.map((v) => {
      const org = organisationIri(v.organisation, site);
      return { '@id': absoluteUrl(site, urls.entry(v.entry.id)), ...toDataService(v.entry, v.organisation, site), publisher: org, creator: [org] };
    }),
  };
}
