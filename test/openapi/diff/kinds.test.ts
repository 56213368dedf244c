/**
 * Every change kind that the cases of cases.ts do not already produce, each from one edit of the
 * OpenAPI 3.1 baseline: exact kinds and messages. With spec-diff.test.ts this covers the whole list.
 */
import { describe, expect, it } from 'vitest';
import { CHANGE_KIND_IDS, diffDocuments } from '../../../src/openapi/diff/index.ts';
import { CASES, FIXTURE_VERSIONS, baselineDoc, type Doc } from './cases.ts';
import { expectedFor } from './expected.ts';

interface KindCase {
  name: string;
  before?: (doc: Doc) => void;
  after: (doc: Doc) => void;
  expected: [string, string][];
}

const post = (d: Doc): Doc => d['paths']['/permits']['post'];
const schemas = (d: Doc): Doc => d['components']['schemas'];
const application = (d: Doc): Doc => schemas(d)['PermitApplication']['allOf'][0];
const holder = () => ({ oneOf: [{ $ref: '#/components/schemas/Resident' }, { $ref: '#/components/schemas/Business' }] });

const KIND_CASES: KindCase[] = [
  { name: 'security scheme removed', before: (d) => (d['components']['securitySchemes']['basic'] = { type: 'http', scheme: 'basic' }), after: (d) => delete d['components']['securitySchemes']['basic'], expected: [
      ["security-scheme-removed", "Removed the security scheme `basic`: clients that authenticate with it will be refused."],
    ],
  },
  { name: 'security scheme added', after: (d) => (d['components']['securitySchemes']['basic'] = { type: 'http', scheme: 'basic' }), expected: [
      ["security-scheme-added", "Added the security scheme `basic`."],
    ],
  },
  { name: 'OAuth scope no longer needed', before: (d) => (post(d)['security'] = [{ oauth: ['permits:write', 'permits:read'] }]), after: (d) => (post(d)['security'] = [{ oauth: ['permits:write'] }]), expected: [
      ["security-scopes-removed", "`POST /permits` no longer needs the `oauth` scope `permits:read`."],
    ],
  },
  { name: 'parameter removed', after: (d) => d['paths']['/permits']['get']['parameters'].shift(), expected: [
      ["parameter-removed", "Removed the query parameter `status` from `GET /permits`: clients sending it may have it ignored or rejected."],
    ],
  },
  { name: 'parameter now optional', before: (d) => (d['paths']['/permits']['get']['parameters'][1]['required'] = true), after: (d) => delete d['paths']['/permits']['get']['parameters'][1]['required'], expected: [
      ["parameter-became-optional", "The query parameter `page_size` of `GET /permits` is no longer required."],
    ],
  },
  { name: 'request body removed', after: (d) => delete post(d)['requestBody'], expected: [
      ["request-body-removed", "Removed the request body of `POST /permits`: clients sending one may have it ignored or rejected."],
    ],
  },
  { name: 'required request body added', after: (d) => (d['paths']['/permits/{permitId}']['delete']['requestBody'] = { required: true, content: { 'application/json': { schema: { type: 'object' } } } }), expected: [
      ["request-body-required-added", "`DELETE /permits/{permitId}` now requires a request body: clients that do not send one will be rejected."],
    ],
  },
  { name: 'optional request body added', after: (d) => (d['paths']['/permits/{permitId}']['delete']['requestBody'] = { content: { 'application/json': { schema: { type: 'object' } } } }), expected: [
      ["request-body-optional-added", "`DELETE /permits/{permitId}` now accepts an optional request body."],
    ],
  },
  { name: 'request body now required', before: (d) => (post(d)['requestBody']['required'] = false), after: (d) => (post(d)['requestBody']['required'] = true), expected: [
      ["request-body-became-required", "The request body of `POST /permits` is now required: clients that do not send one will be rejected."],
    ],
  },
  { name: 'request media type added', after: (d) => (post(d)['requestBody']['content']['application/x-www-form-urlencoded'] = { schema: { $ref: '#/components/schemas/PermitApplication' } }), expected: [
      ["request-media-type-added", "The request body of `POST /permits` can now also be `application/x-www-form-urlencoded`."],
    ],
  },
  { name: 'request media type removed', before: (d) => (post(d)['requestBody']['content']['application/x-www-form-urlencoded'] = { schema: { $ref: '#/components/schemas/PermitApplication' } }), after: (d) => delete post(d)['requestBody']['content']['application/x-www-form-urlencoded'], expected: [
      ["request-media-type-removed", "The request body of `POST /permits` can no longer be `application/x-www-form-urlencoded`: clients sending it will be rejected."],
    ],
  },
  { name: 'optional request property added', after: (d) => (application(d)['properties']['reference'] = { type: 'string', maxLength: 40 }), expected: [
      ["request-property-optional-added", "Added the optional request property `reference` to schema `PermitApplication` (used by `POST /permits`)."],
    ],
  },
  { name: 'request property removed', after: (d) => delete application(d)['properties']['notes'], expected: [
      ["request-property-removed", "Removed the request property `notes` from schema `PermitApplication` (used by `POST /permits`): clients that still send it may have it ignored or rejected."],
    ],
  },
  { name: 'request type widened', after: (d) => (d['paths']['/permits']['get']['parameters'][1]['schema']['type'] = 'number'), expected: [
      ["request-type-widened", "The type of the query parameter `page_size` of `GET /permits` changed from `integer` to `number`."],
    ],
  },
  { name: 'request limit tightened', after: (d) => (application(d)['properties']['notes']['maxLength'] = 200), expected: [
      ["request-constraint-narrowed", "`notes` in schema `PermitApplication` (used by `POST /permits`) accepts less (`maxLength` `500` → `200`): requests that were valid may be rejected."],
    ],
  },
  { name: 'request option removed', before: (d) => (application(d)['properties']['holder'] = holder()), after: (d) => application(d)['properties']['holder']['oneOf'].pop(), expected: [
      ["request-option-removed", "`holder` in schema `PermitApplication` (used by `POST /permits`) no longer accepts the option `Business`: clients sending it will be rejected."],
    ],
  },
  { name: 'request option added', before: (d) => { application(d)['properties']['holder'] = holder(); application(d)['properties']['holder']['oneOf'].pop(); }, after: (d) => (application(d)['properties']['holder'] = holder()), expected: [
      ["request-option-added", "`holder` in schema `PermitApplication` (used by `POST /permits`) now also accepts the option `Business`."],
    ],
  },
  { name: 'response status added', after: (d) => (post(d)['responses']['409'] = { description: 'A permit for this vehicle already exists.' }), expected: [
      ["response-status-added", "`POST /permits` may now return the status `409` (Conflict) response."],
    ],
  },
  { name: 'response media type added', after: (d) => (d['paths']['/permits/{permitId}']['get']['responses']['200']['content']['application/xml'] = { schema: { type: 'string' } }), expected: [
      ["response-media-type-added", "The status `200` (OK) response of `GET /permits/{permitId}` is now also available as `application/xml`."],
    ],
  },
  { name: 'response header removed', before: (d) => (d['paths']['/permits']['get']['responses']['200']['headers'] = { 'X-Total-Count': { schema: { type: 'integer' } } }), after: (d) => delete d['paths']['/permits']['get']['responses']['200']['headers'], expected: [
      ["response-header-removed", "The status `200` (OK) response of `GET /permits` no longer has the header `X-Total-Count`: clients reading it will no longer find it."],
    ],
  },
  { name: 'response header added', after: (d) => (d['paths']['/permits']['get']['responses']['200']['headers'] = { 'X-Total-Count': { schema: { type: 'integer' } } }), expected: [
      ["response-header-added", "The status `200` (OK) response of `GET /permits` now has the header `X-Total-Count`."],
    ],
  },
  { name: 'response property now optional', after: (d) => (schemas(d)['Permit']['required'] = ['id', 'status']), expected: [
      ["response-property-became-optional", "The response property `vehicle` of schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) is no longer required: clients that expect it may find it missing."],
    ],
  },
  { name: 'response type narrowed', before: (d) => (schemas(d)['Money']['properties']['amount']['type'] = 'number'), after: (d) => (schemas(d)['Money']['properties']['amount']['type'] = 'integer'), expected: [
      ["response-type-narrowed", "The type of `amount` in schema `Money` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) changed from `number` to `integer`."],
    ],
  },
  { name: 'response option removed', after: (d) => schemas(d)['Permit']['properties']['holder']['oneOf'].pop(), expected: [
      ["response-option-removed", "`holder` in schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) no longer has the option `Business` in responses."],
    ],
  },
];

function run(c: KindCase): [string, string][] {
  const before = baselineDoc('3.1');
  c.before?.(before);
  const after = structuredClone(before);
  c.after(after);
  return diffDocuments(before as never, after as never).changes.map((ch) => [ch.kind, ch.message]);
}

describe('each change kind', () => {
  for (const c of KIND_CASES) it(c.name, () => expect(run(c)).toEqual(c.expected));

  it('is produced by some test', () => {
    const seen = new Set<string>(KIND_CASES.flatMap((c) => c.expected.map(([kind]) => kind)));
    for (const c of CASES) for (const v of c.versions ?? FIXTURE_VERSIONS) for (const [kind] of expectedFor(c.id, v)) seen.add(kind);
    expect(CHANGE_KIND_IDS.filter((k) => !seen.has(k))).toEqual([]);
  });
});
