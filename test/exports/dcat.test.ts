import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { dcatCatalogue } from '../../src/exports/dcat.ts';
import type { SiteModel } from '../../src/site/build-model.ts';
import { MINIMAL } from '../checks/fixture.ts';
import { modelOf, SITE } from './support.ts';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';

/** A document loader that never reaches the network: the export's context is inline, so it is never called. */
const requested: string[] = [];
const offline = async (url: string): Promise<never> => {
  requested.push(url);
  throw new Error(`offline: refused to load ${url}`);
};

type Node = Record<string, { '@value'?: string; '@id'?: string; '@type'?: string }[] | string[] | string>;
let model: SiteModel;
let expanded: Node[];

const values = (node: Node, iri: string): string[] => ((node[iri] ?? []) as { '@value'?: string; '@id'?: string }[]).map((v) => v['@value'] ?? v['@id'] ?? '');

beforeAll(async () => {
  model = await modelOf(MINIMAL);
  const doc = JSON.parse(JSON.stringify(dcatCatalogue(model, SITE)));
  expanded = (await jsonld.expand(doc, { documentLoader: offline as never })) as unknown as Node[];
});

describe('catalogue.jsonld, expanded by a JSON-LD processor offline', () => {
  it('needs nothing from the network', () => {
    expect(requested).toEqual([]);
  });

  it('is a dcat:Catalog whose services are the entries as dcat:DataService', () => {
    const catalogue = expanded[0]!;
    expect(catalogue['@type']).toEqual([`${DCAT}Catalog`]);
    expect(catalogue['@id']).toBe('https://api-catalogue.example.gov.uk/catalogue.jsonld');
    const services = catalogue[`${DCAT}service`] as unknown as Node[];
    expect(services.map((s) => s['@id'])).toEqual(model.entries.map((v) => `https://api-catalogue.example.gov.uk/entries/${v.entry.id}/`));
    for (const s of services) expect(s['@type']).toEqual([`${DCAT}DataService`]);
  });

  it('gives every DataService the CDDO model\'s required properties, under the model\'s IRIs', () => {
    const services = expanded[0]![`${DCAT}service`] as unknown as Node[];
    const required = [`${DCT}identifier`, `${DCT}title`, `${DCT}description`, `${DCAT}contactPoint`, `${DCT}accessRights`, `${DCT}modified`, `${DCAT}endpointDescription`, 'http://www.w3.org/ns/adms#status', `${DCT}publisher`, 'https://w3id.org/co-cddo/ukgov-metadata-exchange-model/securityClassification'];
    for (const s of services) for (const iri of required) expect(values(s, iri), `${String(s['@id'])} ${iri}`).toHaveLength(1);
  });

  it('maps each field to its value', () => {
    const services = expanded[0]![`${DCAT}service`] as unknown as Node[];
    const vat = services.find((s) => values(s, `${DCT}identifier`)[0] === 'vat-api')!;
    expect(values(vat, `${DCT}title`)).toEqual(['VAT API']);
    expect(values(vat, 'http://www.w3.org/2000/01/rdf-schema#comment')).toEqual(['Submit VAT returns and see VAT obligations for a business.']);
    expect(values(vat, `${DCAT}endpointURL`)).toEqual(['https://api.service.hmrc.gov.uk']);
    expect(values(vat, `${DCAT}endpointDescription`)).toEqual(['https://developer.service.hmrc.gov.uk/api-documentation']);
    expect(values(vat, `${DCT}publisher`)).toEqual(['https://www.gov.uk/government/organisations/hm-revenue-customs']);
    expect(values(vat, 'http://www.w3.org/ns/adms#status')).toEqual(['LIVE']);
    expect(values(vat, `${DCT}accessRights`)).toEqual(['OPEN']);
    expect(values(vat, `${DCT}type`)).toEqual(['REST']);
    expect(values(vat, `${DCAT}theme`)).toEqual(['https://api-catalogue.example.gov.uk/topics/tax/']);
    expect(vat[`${DCT}created`]).toEqual([{ '@value': '2026-11-23', '@type': 'http://www.w3.org/2001/XMLSchema#date' }]);
    const contact = (vat[`${DCAT}contactPoint`] as unknown as Node[])[0]!;
    expect(values(contact, `${VCARD}fn`)).toEqual(['SDST']);
    expect(values(contact, `${VCARD}hasURL`)).toEqual(['https://developer.service.hmrc.gov.uk/developer/support']);
    const retired = services.find((s) => values(s, `${DCT}identifier`)[0] === 'old-vat-api')!;
    expect(values(retired, 'http://www.w3.org/ns/adms#status')).toEqual(['WITHDRAWN']);
    const component = services.find((s) => values(s, `${DCT}identifier`)[0] === 'vat-component')!;
    expect(values(component, `${DCT}accessRights`)).toEqual(['INTERNAL']);
    expect(values(component, `${DCT}type`)).toEqual([]);
  });
});
