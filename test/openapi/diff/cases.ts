/**
 * The spec-diff cases: each is the baseline document of one version (fixtures/permits-<v>.yaml) and
 * a copy changed in one way. The same cases measure the diff libraries we evaluated (see
 * docs/adr/0002-spec-diff.md) and prove ours (spec-diff.test.ts).
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

export type FixtureVersion = '2.0' | '3.0' | '3.1';
export const FIXTURE_VERSIONS: readonly FixtureVersion[] = ['2.0', '3.0', '3.1'];

/** A parsed document, loosely typed so that cases can reach into it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>;

export interface DiffCase {
  id: string;
  /** What the case changes, in words (the row of the coverage table). */
  title: string;
  /** Whether a client written against the old document can fail against the new one. */
  breaking: boolean;
  /** Versions the case applies to (default: all three). */
  versions?: readonly FixtureVersion[];
  /** Changes the "before" copy first, when the baseline is not the right starting point. */
  before?: (doc: Doc, version: FixtureVersion) => void;
  after: (doc: Doc, version: FixtureVersion) => void;
}

const cache = new Map<FixtureVersion, string>();

export function baselineText(version: FixtureVersion): string {
  let text = cache.get(version);
  if (text === undefined) {
    text = readFileSync(new URL(`./fixtures/permits-${version}.yaml`, import.meta.url), 'utf8');
    cache.set(version, text);
  }
  return text;
}

export function baselineDoc(version: FixtureVersion): Doc {
  return parse(baselineText(version)) as Doc;
}

export function toYaml(doc: Doc): string {
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The before and after documents of a case, parsed. */
export function casePair(c: DiffCase, version: FixtureVersion): { before: Doc; after: Doc } {
  const before = baselineDoc(version);
  c.before?.(before, version);
  const after = structuredClone(before);
  c.after(after, version);
  return { before, after };
}

const schemas = (doc: Doc, v: FixtureVersion): Doc => (v === '2.0' ? doc['definitions'] : doc['components']['schemas']);
const schemes = (doc: Doc, v: FixtureVersion): Doc => (v === '2.0' ? doc['securityDefinitions'] : doc['components']['securitySchemes']);
/** The schema of a response (2.0) or of its JSON content (3.x). */
const responseSchema = (response: Doc, v: FixtureVersion): Doc => (v === '2.0' ? response['schema'] : response['content']['application/json']['schema']);
/** The first allOf member of PermitApplication, which holds its properties. */
const application = (doc: Doc, v: FixtureVersion): Doc => schemas(doc, v)['PermitApplication']['allOf'][0];
/** The page_size parameter of GET /permits, whose schema is inline in 3.x and flat in 2.0. */
const pageSize = (doc: Doc): Doc => doc['paths']['/permits']['get']['parameters'][1];
const pageSizeSchema = (doc: Doc, v: FixtureVersion): Doc => (v === '2.0' ? pageSize(doc) : pageSize(doc)['schema']);

export const CASES: readonly DiffCase[] = [
  { id: 'path-removed', title: 'Path removed', breaking: true, after: (d) => delete d['paths']['/zones'] },
  { id: 'operation-removed', title: 'Operation removed', breaking: true, after: (d) => delete d['paths']['/permits/{permitId}']['delete'] },
  {
    id: 'response-property-removed',
    title: 'Response property removed',
    breaking: true,
    after: (d, v) => delete schemas(d, v)['Permit']['properties']['valid_from'],
  },
  {
    id: 'response-property-renamed',
    title: 'Response property renamed',
    breaking: true,
    after: (d, v) => {
      const props = schemas(d, v)['Permit']['properties'];
      props['starts_on'] = props['valid_from'];
      delete props['valid_from'];
    },
  },
  {
    id: 'parameter-required-added',
    title: 'New required parameter',
    breaking: true,
    after: (d, v) => {
      const param: Doc = { name: 'zone', in: 'query', required: true, description: 'The zone code.' };
      if (v === '2.0') param['type'] = 'string';
      else param['schema'] = { type: 'string' };
      d['paths']['/permits']['get']['parameters'].push(param);
    },
  },
  { id: 'parameter-became-required', title: 'Parameter optional → required', breaking: true, after: (d) => (pageSize(d)['required'] = true) },
  {
    id: 'request-property-required-added',
    title: 'New required request-body property',
    breaking: true,
    after: (d, v) => {
      const app = application(d, v);
      app['properties']['email'] = { type: 'string', format: 'email' };
      app['required'].push('email');
    },
  },
  { id: 'request-property-became-required', title: 'Request-body property optional → required', breaking: true, after: (d, v) => application(d, v)['required'].push('duration') },
  { id: 'parameter-type-changed', title: 'Parameter type changed', breaking: true, after: (d, v) => {
      const schema = pageSizeSchema(d, v);
      schema['type'] = 'string';
      delete schema['format'];
      delete schema['minimum'];
      delete schema['maximum'];
    },
  },
  {
    id: 'parameter-format-changed',
    title: 'Parameter format changed',
    breaking: true,
    after: (d, v) => {
      const param = d['paths']['/permits/{permitId}']['parameters'][0];
      (v === '2.0' ? param : param['schema'])['format'] = 'ulid';
    },
  },
  { id: 'request-type-changed', title: 'Request-body type changed (through allOf)', breaking: true, after: (d, v) => (application(d, v)['properties']['notes'] = { type: 'array', items: { type: 'string' } }) },
  { id: 'response-type-changed', title: 'Response type changed (through $ref and allOf)', breaking: true, after: (d, v) => (schemas(d, v)['Money']['properties']['amount']['type'] = 'string') },
  { id: 'response-format-changed', title: 'Response format changed', breaking: true, after: (d, v) => (schemas(d, v)['Permit']['properties']['valid_from']['format'] = 'date-time') },
  {
    id: 'response-array-item-type-changed',
    title: 'Array item type changed (inline response)',
    breaking: true,
    after: (d, v) => (responseSchema(d['paths']['/zones']['get']['responses']['200'], v)['items']['properties']['tariffs']['items']['type'] = 'number'),
  },
  {
    id: 'nested-type-changed',
    title: 'Nested object property type changed (schema used in request and response)',
    breaking: true,
    after: (d, v) => (schemas(d, v)['Vehicle']['properties']['registration']['type'] = 'integer'),
  },
  {
    id: 'response-became-nullable',
    title: 'Response property may now be null',
    breaking: true,
    after: (d, v) => {
      const validFrom = schemas(d, v)['Permit']['properties']['valid_from'];
      if (v === '3.1') validFrom['type'] = ['string', 'null'];
      else validFrom[v === '2.0' ? 'x-nullable' : 'nullable'] = true;
    },
  },
  {
    id: 'response-variant-added',
    title: 'oneOf option added to a response',
    breaking: true,
    versions: ['3.0', '3.1'],
    after: (d, v) => {
      schemas(d, v)['Charity'] = { type: 'object', properties: { charity_number: { type: 'string' } } };
      schemas(d, v)['Permit']['properties']['holder']['oneOf'].push({ $ref: '#/components/schemas/Charity' });
    },
  },
  {
    id: 'cycle',
    title: 'Property removed inside a recursive schema',
    breaking: true,
    after: (d, v) => delete schemas(d, v)['Permit']['properties']['status'],
  },
  { id: 'request-enum-value-removed', title: 'Enum value removed from a request', breaking: true, after: (d, v) => (application(d, v)['properties']['duration']['enum'] = ['month']) },
  {
    id: 'response-enum-value-added',
    title: 'Enum value added to a response',
    breaking: true,
    after: (d, v) => {
      schemas(d, v)['PermitStatus']['enum'].push('revoked');
      // 2.0 repeats the values in the query parameter; 3.x refers to the schema.
      if (v === '2.0') d['paths']['/permits']['get']['parameters'][0]['enum'].push('revoked');
    },
  },
  {
    id: 'shared-enum-value-removed',
    title: 'Enum value removed from a schema used in request and response',
    breaking: true,
    after: (d, v) => (schemas(d, v)['Vehicle']['properties']['fuel']['enum'] = ['petrol', 'electric']),
  },
  { id: 'security-requirement-added', title: 'Security: new requirement', breaking: true, after: (d) => delete d['paths']['/zones']['get']['security'] },
  { id: 'security-alternative-removed', title: 'Security: alternative removed', breaking: true, after: (d) => d['security'].pop() },
  {
    id: 'security-scopes-added',
    title: 'Security: OAuth scope added',
    breaking: true,
    after: (d, v) => {
      const oauth = schemes(d, v)['oauth'];
      (v === '2.0' ? oauth : oauth['flows']['clientCredentials'])['scopes']['permits:admin'] = 'Manage every permit.';
      d['paths']['/permits']['post']['security'] = [{ oauth: ['permits:write', 'permits:admin'] }];
    },
  },
  { id: 'security-scheme-changed', title: 'Security scheme changed (API key header renamed)', breaking: true, after: (d, v) => (schemes(d, v)['apiKey']['name'] = 'X-Permits-Key') },
  {
    id: 'server-removed',
    title: 'Server removed',
    breaking: true,
    after: (d, v) => {
      if (v === '2.0') d['host'] = 'permits.api.example.gov.uk';
      else d['servers'].pop();
    },
  },
  {
    id: 'response-status-removed',
    title: 'Response status code removed',
    breaking: true,
    after: (d) => delete d['paths']['/permits/{permitId}']['get']['responses']['404'],
  },
  {
    id: 'response-media-type-removed',
    title: 'Response media type removed',
    breaking: true,
    after: (d, v) => {
      if (v === '2.0') d['paths']['/permits']['get']['produces'] = ['application/json'];
      else delete d['paths']['/permits']['get']['responses']['200']['content']['text/csv'];
    },
  },
  // Additions and other changes that do not break clients.
  {
    id: 'operation-added',
    title: 'Operation added',
    breaking: false,
    after: (d) => {
      d['paths']['/permits/{permitId}']['patch'] = { operationId: 'renewPermit', summary: 'Renew a permit', responses: { '204': { description: 'The permit was renewed.' } } };
    },
  },
  {
    id: 'path-added',
    title: 'Path added',
    breaking: false,
    after: (d) => {
      d['paths']['/zones/{zoneCode}'] = {
        get: {
          operationId: 'getZone',
          summary: 'Get a zone',
          parameters: [{ name: 'zoneCode', in: 'path', required: true, type: 'string' }],
          responses: { '200': { description: 'The zone.' } },
        },
      };
      const param = d['paths']['/zones/{zoneCode}']['get']['parameters'][0];
      if (d['openapi']) {
        delete param['type'];
        param['schema'] = { type: 'string' };
      }
    },
  },
  {
    id: 'parameter-optional-added',
    title: 'Optional parameter added',
    breaking: false,
    after: (d, v) => {
      const param: Doc = { name: 'sort', in: 'query', description: 'The order of the results.' };
      if (v === '2.0') param['type'] = 'string';
      else param['schema'] = { type: 'string' };
      d['paths']['/permits']['get']['parameters'].push(param);
    },
  },
  { id: 'response-property-added', title: 'Response property added', breaking: false, after: (d, v) => (schemas(d, v)['Permit']['properties']['valid_until'] = { type: 'string', format: 'date' }) },
  { id: 'request-enum-value-added', title: 'Enum value added to a request', breaking: false, after: (d, v) => application(d, v)['properties']['duration']['enum'].push('week') },
  {
    id: 'server-added',
    title: 'Server added',
    breaking: false,
    versions: ['3.0', '3.1'],
    after: (d) => d['servers'].push({ url: 'https://integration.parking-permits.api.example.gov.uk/v2', description: 'Integration' }),
  },
  {
    id: 'security-alternative-added',
    title: 'Security: alternative added',
    breaking: false,
    after: (d) => d['paths']['/permits']['post']['security'].push({ apiKey: [] }),
  },
  {
    id: 'response-enum-value-removed',
    title: 'Enum value removed from a response only',
    breaking: false,
    after: (d, v) => {
      schemas(d, v)['PermitStatus']['enum'] = ['pending', 'active'];
      // Keep the query parameter's values, so that only responses change.
      const status = d['paths']['/permits']['get']['parameters'][0];
      if (v === '2.0') return;
      status['schema'] = { type: 'string', enum: ['pending', 'active', 'expired'] };
    },
  },
  {
    id: 'path-parameter-renamed',
    title: 'Path parameter renamed (same path)',
    breaking: false,
    after: (d) => {
      const item = d['paths']['/permits/{permitId}'];
      item['parameters'][0]['name'] = 'id';
      d['paths']['/permits/{id}'] = item;
      delete d['paths']['/permits/{permitId}'];
    },
  },
  {
    id: 'request-format-widened',
    title: 'Parameter format widened (int32 → int64)',
    breaking: false,
    after: (d, v) => (pageSizeSchema(d, v)['format'] = 'int64'),
  },
  { id: 'operation-deprecated', title: 'Operation newly deprecated', breaking: false, after: (d) => (d['paths']['/permits/{permitId}']['delete']['deprecated'] = true) },
  { id: 'parameter-deprecated', title: 'Parameter newly deprecated', breaking: false, after: (d) => (pageSize(d)['deprecated'] = true), versions: ['3.0', '3.1'] },
  { id: 'property-deprecated', title: 'Schema property newly deprecated', breaking: false, versions: ['3.0', '3.1'], after: (d, v) => (schemas(d, v)['Vehicle']['properties']['make']['deprecated'] = true) },
];
