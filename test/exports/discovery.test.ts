import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiCatalog, LINKSET_MEDIA_TYPE } from '../../src/exports/api-catalog.ts';
import { apisJson } from '../../src/exports/apis-json.ts';
import { webApiJsonLd, scriptJson } from '../../src/exports/schema-org.ts';
import { entryStatus } from '../../src/exports/status.ts';
import type { SiteModel } from '../../src/site/build-model.ts';
import { MINIMAL } from '../checks/fixture.ts';
import { modelOf, SITE } from './support.ts';

let model: SiteModel;
beforeAll(async () => {
  model = await modelOf(MINIMAL);
});

const view = (id: string) => model.entries.find((v) => v.entry.id === id)!;

/**
 * RFC 9264 section 4.2, the JSON linkset: an object with one member `linkset`, an array of link
 * context objects, each with an `anchor` and, per link relation type, an array of target objects
 * with an `href` and optional target attributes. Written from the RFC, independently of the code.
 */
const LINKSET_SCHEMA = {
  type: 'object',
  required: ['linkset'],
  additionalProperties: false,
  properties: {
    linkset: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['anchor'],
        properties: { anchor: { type: 'string', format: 'uri' } },
        additionalProperties: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['href'],
            properties: { href: { type: 'string', format: 'uri-reference' }, type: { type: 'string' }, title: { type: 'string' }, hreflang: { type: 'array' } },
          },
        },
      },
    },
  },
};

describe('the API catalog (RFC 9727) at /.well-known/api-catalog', () => {
  it('is a JSON linkset of the shape RFC 9264 gives, served with RFC 9727\'s profile', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(LINKSET_SCHEMA);
    const doc = JSON.parse(JSON.stringify(apiCatalog(model, SITE)));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(LINKSET_MEDIA_TYPE).toBe('application/linkset+json; profile="https://www.rfc-editor.org/info/rfc9727"');
  });

  it('links itself to each API with `item`, and each API to its descriptions, documentation, metadata and status', () => {
    const { linkset } = apiCatalog(model, SITE);
    expect(linkset[0]).toEqual({
      anchor: 'https://api-catalogue.example.gov.uk/.well-known/api-catalog',
      item: [{ href: 'https://api.service.hmrc.gov.uk', title: 'VAT API' }],
    });
    expect(linkset[1]).toEqual({
      anchor: 'https://api.service.hmrc.gov.uk',
      'service-desc': [
        { href: 'https://api-catalogue.example.gov.uk/entries/vat-api/openapi.json', type: 'application/vnd.oai.openapi+json' },
        { href: 'https://api-catalogue.example.gov.uk/entries/vat-api/openapi.yaml', type: 'application/vnd.oai.openapi' },
        { href: 'https://api-catalogue.example.gov.uk/entries/vat-api/specs/2/openapi.json', type: 'application/vnd.oai.openapi+json', title: 'Version 2' },
        { href: 'https://api-catalogue.example.gov.uk/entries/vat-api/specs/2/openapi.yaml', type: 'application/vnd.oai.openapi', title: 'Version 2' },
      ],
      'service-doc': [
        { href: 'https://developer.service.hmrc.gov.uk/api-documentation', type: 'text/html', title: 'VAT API documentation' },
        { href: 'https://api-catalogue.example.gov.uk/entries/vat-api/reference/', type: 'text/html', title: 'API reference' },
        { href: 'https://api-catalogue.example.gov.uk/entries/vat-api/specs/2/reference/', type: 'text/html', title: 'API reference: Version 2' },
      ],
      'service-meta': [{ href: 'https://api-catalogue.example.gov.uk/entries/vat-api/entry.json', type: 'application/json', title: 'Catalogue record' }],
      status: [{ href: 'https://api-catalogue.example.gov.uk/entries/vat-api/status.json', type: 'application/json' }],
    });
    // The retired API and the component without an API are not offered to clients.
    expect(linkset).toHaveLength(2);
  });
});

describe('status.json', () => {
  it('says where an entry is in its life and whether it meets the standards', () => {
    expect(entryStatus(view('old-vat-api'), model, SITE)).toMatchObject({
      id: 'old-vat-api',
      status: 'retired',
      deprecated: '2018-01-01',
      retired: '2019-04-01',
      successor: { id: 'vat-api', page: 'https://api-catalogue.example.gov.uk/entries/vat-api/' },
      lastReviewed: '2026-11-23',
      reviewDue: false,
      conformance: { minimumLevel: 'baseline' },
      feed: 'https://api-catalogue.example.gov.uk/entries/old-vat-api/changes.atom',
    });
  });
});

describe('apis.json', () => {
  it('lists the APIs with the fields APIs.json 0.19 requires of the index and of each API', () => {
    const index = apisJson(model, SITE) as { apis: Record<string, unknown>[] } & Record<string, unknown>;
    for (const field of ['name', 'description', 'url', 'specificationVersion', 'apis']) expect(index, field).toHaveProperty(field);
    expect(index.specificationVersion).toBe('0.19');
    expect(index.apis).toHaveLength(1);
    const [api] = index.apis;
    for (const field of ['name', 'description', 'image', 'baseURL', 'humanURL', 'properties']) expect(api, field).toHaveProperty(field);
    expect(api).toMatchObject({
      aid: 'api-catalogue.example.gov.uk:vat-api',
      humanURL: 'https://api-catalogue.example.gov.uk/entries/vat-api/',
      baseURL: 'https://api.service.hmrc.gov.uk',
      tags: ['live', 'registration', 'tax'],
      contact: [{ FN: 'SDST', url: 'https://developer.service.hmrc.gov.uk/developer/support' }],
    });
    expect((api!.properties as { type: string }[]).map((p) => p.type)).toEqual(['OpenAPI', 'APIReference', 'OpenAPI', 'APIReference', 'Documentation', 'ChangeLog', 'AtomFeed', 'Status']);
  });
});

describe('schema.org WebAPI on each entry page', () => {
  it('expands with a JSON-LD processor into a schema.org WebAPI with its provider, documentation and endpoints', async () => {
    // Offline: the only context it names is schema.org's, served here from its vocabulary IRI.
    const loader = async (url: string) => {
      if (url === 'https://schema.org' || url === 'https://schema.org/') return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'http://schema.org/' } } };
      throw new Error(`offline: refused to load ${url}`);
    };
    const [node] = (await jsonld.expand(JSON.parse(scriptJson(webApiJsonLd(view('vat-api'), SITE))), { documentLoader: loader as never })) as Record<string, unknown>[];
    expect(node!['@type']).toEqual(['http://schema.org/WebAPI']);
    expect(node!['http://schema.org/name']).toEqual([{ '@value': 'VAT API' }]);
    expect(node!['http://schema.org/documentation']).toEqual([{ '@value': 'https://developer.service.hmrc.gov.uk/api-documentation' }]);
    const [provider] = node!['http://schema.org/provider'] as Record<string, unknown>[];
    expect(provider!['@type']).toEqual(['http://schema.org/GovernmentOrganization']);
    expect(provider!['http://schema.org/name']).toEqual([{ '@value': 'HM Revenue and Customs' }]);
    const [channel] = node!['http://schema.org/availableChannel'] as Record<string, unknown>[];
    expect(channel!['http://schema.org/serviceUrl']).toEqual([{ '@value': 'https://api.service.hmrc.gov.uk' }]);
  });

  it('cannot be broken out of its script element by an entry\'s text', () => {
    const text = scriptJson({ name: '</script><script>alert(1)</script><!--' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script><!--' });
  });
});
