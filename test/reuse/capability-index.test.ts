import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCapabilityIndex } from '../../src/reuse/capability-index.ts';
import { catalogueSources, documentSource, FIXTURE_CATALOGUE, ROOT } from './support.ts';

describe('capability index of fixture entries', async () => {
  const index = buildCapabilityIndex(await catalogueSources(FIXTURE_CATALOGUE));
  const permits = index.entries.find((e) => e.id === 'resident-parking-permits-api');
  if (!permits) throw new Error('fixture entry missing');

  it('lists each operation with its method, path, summary, shape, link and fields', () => {
    expect(permits.operations.map((o) => [o.method, o.path, o.summary, o.shape, o.href])).toEqual([
      ['GET', '/v1/permits', 'Find permits for a vehicle', 'GET permit', '/entries/resident-parking-permits-api/reference/#find-permits'],
      ['POST', '/v1/permits', 'Apply for a permit', 'POST permit', '/entries/resident-parking-permits-api/reference/#apply-for-permit'],
      ['GET', '/v1/permits/{permitId}', 'Get a permit', 'GET permit/{}', '/entries/resident-parking-permits-api/reference/#get-permit'],
      ['DELETE', '/v1/permits/{permitId}', 'Cancel a permit', 'DELETE permit/{}', '/entries/resident-parking-permits-api/reference/#cancel-permit'],
      ['GET', '/v1/zones/{zoneId}', 'Get a parking zone', 'GET zone/{}', '/entries/resident-parking-permits-api/reference/#get-zone'],
    ]);
    expect(permits.operations[1]?.fields).toEqual(expect.arrayContaining(['vehicle registration', 'given name', 'uprn', 'address line 1']));
    expect(permits.tags).toEqual(['Permits', 'Zones']);
    expect(permits.schemas.map((s) => [s.name, s.properties.length])).toEqual([['PermitApplication', 6], ['Permit', 7], ['Address', 4]]);
    expect(permits.topics).toEqual(['transport', 'local-services']);
  });

  it('says which data items each operation accepts and returns', () => {
    const apply = permits.operations.find((o) => o.anchor === 'apply-for-permit');
    expect(apply?.accepts).toEqual(['address', 'date-of-birth', 'email-address', 'person-name', 'phone-number', 'postcode', 'uprn', 'vehicle-registration']);
    expect(apply?.returns).toEqual(['vehicle-registration']);
    expect(permits.operations.find((o) => o.anchor === 'get-zone')?.accepts).toEqual([]);
  });

  it('keeps the evidence of each recognition: where (pointer, link) and why', () => {
    const uprn = permits.dataItems.find((d) => d.id === 'uprn');
    expect(uprn?.directions).toEqual(['accepts', 'defines']);
    expect(uprn?.evidence[0]).toEqual({
      item: 'uprn',
      direction: 'accepts',
      spec: 0,
      location: 'request body',
      field: 'uprn',
      pointer: '/components/schemas/PermitApplication/properties/uprn',
      operation: { spec: 0, anchor: 'apply-for-permit', method: 'POST', path: '/v1/permits', title: 'Apply for a permit', href: '/entries/resident-parking-permits-api/reference/#apply-for-permit' },
      strength: 'strong',
      why: ['named `uprn`', 'its pattern `^[0-9]{1,12}$` accepts up to 12 digits', 'its description says "Unique Property Reference Number of the home."'],
    });
    const query = permits.dataItems.find((d) => d.id === 'vehicle-registration')?.evidence[0];
    expect([query?.location, query?.field, query?.pointer]).toEqual(['query parameter', 'vehicleRegistration', '/paths/~1v1~1permits/get/parameters/0']);
  });

  it('does not take a flag about an item for the item', () => {
    const fields = permits.dataItems.flatMap((d) => d.evidence.map((e) => e.field));
    expect(fields).not.toContain('addressVerified');
    expect(fields.filter((f) => f.startsWith('status'))).toEqual([]);
  });

  it('sums up each data item across entries and organisations', () => {
    const uprn = index.dataItems.find((d) => d.id === 'uprn');
    expect(uprn?.entries.map((e) => [e.id, e.directions, e.operations])).toEqual([
      ['parking-permit-service-api', ['accepts'], 1],
      ['resident-parking-permits-api', ['accepts', 'defines'], 1],
    ]);
    expect(uprn?.organisations).toEqual(['eastshire-council', 'westshire-council']);
    expect(index.dataItems.find((d) => d.id === 'nhs-number')?.entries).toEqual([]);
    expect(index.stats).toMatchObject({ entries: 4, documents: 4, operations: 13 });
  });
});

describe('capability index of a Swagger 2.0 document', () => {
  it('gives pointers into the publisher’s own document, not its converted form', async () => {
    const source = await documentSource(path.join(ROOT, 'test/openapi/fixtures/v20/swagger.yaml'));
    if (!source) throw new Error('fixture missing');
    const [entry] = buildCapabilityIndex([source]).entries;
    const evidence = entry?.dataItems.find((d) => d.id === 'title-number')?.evidence.map((e) => [e.direction, e.location, e.pointer]);
    expect(evidence).toEqual([
      ['returns', 'response 200', '/definitions/Deed/properties/titleNumber'],
      ['accepts', 'request body', '/definitions/Deed/properties/titleNumber'],
      ['defines', 'schema', '/definitions/Deed/properties/titleNumber'],
    ]);
  });
});

describe('capability index of the real catalogue', async () => {
  const index = buildCapabilityIndex(await catalogueSources(path.join(ROOT, 'catalogue')));
  const carriers = (id: string) => (index.dataItems.find((d) => d.id === id)?.entries.map((e) => e.id) ?? []).sort();

  it('finds the entries that carry the identifiers architects look for', () => {
    expect(carriers('nhs-number')).toEqual(['nhs-eps-fhir-api', 'nhs-nrl-api', 'nhs-pds-fhir-api']);
    expect(carriers('national-insurance-number')).toEqual(['dwp-identity-status-api', 'hmrc-obligations-api']);
    expect(carriers('uprn')).toEqual(['os-places-api', 'verify-service-provider']);
    expect(carriers('usrn')).toEqual(['os-places-api']);
    expect(carriers('company-number')).toEqual(['companies-house-public-data-api', 'register-of-charities']);
    expect(carriers('postcode')).toEqual(expect.arrayContaining(['os-places-api', 'nhs-pds-fhir-api', 'companies-house-public-data-api', 'govuk-pay-api', 'hmlr-price-paid-data']));
  });
});
