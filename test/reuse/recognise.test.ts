import { describe, expect, it } from 'vitest';
import { DATA_ITEMS } from '../../src/reuse/data-items.ts';
import { isCompanyNumber, isNhsNumber, isNino, isPostcode } from '../../src/reuse/formats.ts';
import { itemsInText, patternFits, recogniseField, type FieldFacts } from '../../src/reuse/recognise.ts';

function field(facts: Partial<FieldFacts> & { name: string }): FieldFacts {
  return { types: ['string'], format: '', pattern: '', description: '', values: [], context: '', ...facts };
}

/** The ids of the items recognised in a field. */
const items = (facts: Partial<FieldFacts> & { name: string }) => recogniseField(field(facts)).map((r) => r.item.id);

describe('data item list', () => {
  it('defines each item once, with a name, a description and at least one recogniser', () => {
    const ids = DATA_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of DATA_ITEMS) {
      expect(item.name.length, item.id).toBeGreaterThan(2);
      expect(item.description.length, item.id).toBeGreaterThan(20);
      expect(item.names.length, item.id).toBeGreaterThan(0);
    }
  });

  it('covers the items architects ask about', () => {
    expect(DATA_ITEMS.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'nhs-number', 'national-insurance-number', 'uprn', 'usrn', 'postcode', 'address', 'company-number', 'charity-number',
        'vat-registration-number', 'utr', 'vehicle-registration', 'driving-licence-number', 'date-of-birth', 'email-address',
        'phone-number', 'ods-code', 'school-urn',
      ]),
    );
  });
});

describe('value formats', () => {
  it('checks the NHS number Modulus 11 check digit', () => {
    expect(isNhsNumber('9434765919')).toBe(true);
    expect(isNhsNumber('943 476 5919')).toBe(true);
    expect(isNhsNumber('9434765918')).toBe(false);
    expect(isNhsNumber('123456789')).toBe(false);
  });

  it('knows National Insurance numbers, postcodes and company numbers', () => {
    expect(isNino('QQ 12 34 56 C')).toBe(false); // QQ is the documentation prefix, never issued
    expect(isNino('AB123456C')).toBe(true);
    expect(isNino('GB123456A')).toBe(false);
    expect(isPostcode('SW1A 2AA')).toBe(true);
    expect(isPostcode('sw1a2aa')).toBe(true);
    expect(isPostcode('SW1A')).toBe(false);
    expect(isCompanyNumber('SC123456')).toBe(true);
    expect(isCompanyNumber('1234567')).toBe(false);
  });
});

describe('recognising a field by its name', () => {
  it.each([
    ['nhsNumber'], ['nhs_number'], ['NHSNumber'], ['NHS-Number'], ['nhsnumber'], ['patientNhsNumber'], ['nhs_no'],
  ])('%s is an NHS number', (name) => {
    expect(items({ name })).toEqual(['nhs-number']);
  });

  it.each([
    ['nino', 'national-insurance-number'], ['X-Nino', 'national-insurance-number'], ['nationalInsuranceNumber', 'national-insurance-number'],
    ['ni_number', 'national-insurance-number'], ['UPRN', 'uprn'], ['parentUprn', 'uprn'], ['usrn', 'usrn'], ['postCode', 'postcode'],
    ['postal_code', 'postcode'], ['address-postalcode', 'postcode'], ['company_number', 'company-number'], ['charity_co_reg_number', 'company-number'],
    ['reg_charity_number', 'charity-number'], ['vatRegistrationNumber', 'vat-registration-number'], ['sa_utr', 'utr'],
    ['vehicleRegistrationMark', 'vehicle-registration'], ['drivingLicenceNumber', 'driving-licence-number'], ['dateOfBirth', 'date-of-birth'],
    ['datesOfBirth', 'date-of-birth'], ['birthDate', 'date-of-birth'], ['dob', 'date-of-birth'], ['emailAddress', 'email-address'],
    ['from_email', 'email-address'], ['phone_number', 'phone-number'], ['telephone', 'phone-number'], ['odsCode', 'ods-code'],
    ['NHSD-End-User-Organisation-ODS', 'ods-code'], ['schoolUrn', 'school-urn'], ['movementEORINumber', 'eori-number'],
    ['sort_code', 'sort-code'], ['title_number', 'title-number'], ['ukprn', 'ukprn'], ['billing_address', 'address'],
    ['address_line_1', 'address'], ['AddressLine2', 'address'], ['https://vocab.account.gov.uk/v1/address', 'address'],
    ['browser_ip_address', 'ip-address'],
  ])('%s is %s', (name, id) => {
    expect(items({ name })).toEqual([id]);
  });
});

describe('look-alikes are not the item', () => {
  it.each([
    ['nhsNumberVerified', 'a flag about the number'],
    ['postcodeDistrict', 'only the outward code'],
    ['POSTCODE_DISTRICT', 'only the outward code'],
    ['email_reply_to_id', 'the id of a reply-to address'],
    ['emailVerified', 'a flag'],
    ['phone_number_verified', 'a flag'],
    ['email_collection_mode', 'a setting'],
    ['send_payer_email_to_gateway', 'a setting'],
    ['collect_billing_address', 'a setting'],
    ['volume_email', 'an amount of email'],
    ['company_status', 'a status'],
    ['charity_name', 'a name'],
    ['monthOfFirstRegistration', 'a month'],
    ['effectiveRegistrationDate', 'a date'],
    ['licence', 'a data licence'],
    ['addressType', 'a kind of address'],
    ['internationalPostCode', 'not a UK postcode'],
    ['template_id', 'an id'],
    ['urn', 'a uniform resource name, with nothing about schools'],
    ['registrationNumber', 'a registration number of unknown kind'],
  ])('%s (%s)', (name) => {
    const found = items({ name });
    expect(found.filter((id) => id !== 'ip-address')).toEqual([]);
  });

  it('an email address, an IP address and a web address are not postal addresses', () => {
    expect(items({ name: 'emailAddress' })).toEqual(['email-address']);
    expect(items({ name: 'ip_address' })).toEqual(['ip-address']);
    expect(items({ name: 'webAddress' })).toEqual([]);
  });

  it('a boolean or a count is never the item, whatever its name', () => {
    expect(items({ name: 'company_number', types: ['boolean'] })).toEqual([]);
    expect(items({ name: 'vat_number', types: ['boolean'] })).toEqual([]);
    expect(items({ name: 'number_of_addresses', types: ['integer'] })).toEqual([]);
    expect(items({ name: 'postcode', types: ['integer'] })).toEqual([]);
  });

  it('a uuid, a URI or a date is not an identifier', () => {
    expect(items({ name: 'nhsNumber', format: 'uuid' })).toEqual([]);
    expect(items({ name: 'system', format: 'uri', values: ['https://fhir.nhs.uk/Id/nhs-number'] })).toEqual([]);
    expect(items({ name: 'birthDate', format: 'date' })).toEqual(['date-of-birth']);
  });

  it('a description about a flag or a definition says nothing', () => {
    expect(items({ name: 'verified', description: 'Whether the NHS number has been verified.' })).toEqual([]);
    expect(items({ name: 'url', description: 'Definition of NHS number unavailable reason extension.' })).toEqual([]);
    expect(items({ name: 'district', description: 'The postcode district, such as SW1A.' })).toEqual([]);
    expect(items({ name: 'id', description: 'Pointer ID (ODS code, hyphen, local identifier).' })).toEqual([]);
  });

  it('a pattern and an example of the same shape are not two pieces of evidence', () => {
    expect(items({ name: 'otp', pattern: '^[0-9]{6}$', values: ['123456'] })).toEqual([]);
    expect(items({ name: 'valueString', pattern: '^[0-9]{8}$', values: ['12345678'] })).toEqual([]);
  });
});

describe('recognising a field by its description, pattern and examples', () => {
  it('a description that opens by naming the item', () => {
    const [r] = recogniseField(field({ name: 'id', description: "The patient's NHS number, 10 digits with a valid check digit." }));
    expect(r?.item.id).toBe('nhs-number');
    expect(r?.strength).toBe('strong');
    expect(r?.signals.map((s) => s.reason)).toContain(`its description says "The patient's NHS number, 10 digits with a valid check digit."`);
  });

  it('a 10-digit pattern with a Modulus 11 description', () => {
    const found = recogniseField(field({ name: 'identifier', pattern: '^\\d{10}$', description: 'Ten digits; the last is a Modulus 11 check digit.' }));
    expect(found.map((r) => [r.item.id, r.strength, r.signals.map((s) => s.reason)])).toEqual([
      ['nhs-number', 'weak', ['its pattern `^\\d{10}$` accepts 10 digits only', 'its description mentions "modulus 11"']],
    ]);
  });

  it('a 10-digit pattern alone is not enough: it could be a UTR or anything else', () => {
    expect(items({ name: 'reference', pattern: '^[0-9]{10}$', values: ['9434765919'] })).toEqual([]);
  });

  it('the NINO pattern on its own', () => {
    expect(items({ name: 'customerRef', pattern: '^(?!BG|GB|NK|KN|TN|NT|ZZ)[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\\d{6}[A-D]$' })).toEqual(['national-insurance-number']);
    expect(items({ name: 'code', pattern: '^[A-Z]{2}[0-9]{6}[A-D]$' })).toEqual(['national-insurance-number']);
    // Eight or nine characters of anything are not a NINO pattern.
    expect(items({ name: 'code', pattern: '^[A-Z0-9]{9}$' })).toEqual([]);
  });

  it('a UK postcode pattern or example, but not a pattern that also takes a district', () => {
    expect(items({ name: 'location', pattern: '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$' })).toEqual(['postcode']);
    expect(items({ name: 'location', values: ['SW1A 2AA'] })).toEqual(['postcode']);
    expect(items({ name: 'location', pattern: '^[A-Z0-9 ]{2,8}$' })).toEqual([]);
  });

  it('an email format or example', () => {
    expect(items({ name: 'X-Subject-ID', format: 'email' })).toEqual(['email-address']);
    expect(items({ name: 'created_by', values: ['someone@example.gov.uk'] })).toEqual(['email-address']);
  });

  it('an identifier system URI in a FHIR search parameter', () => {
    expect(items({ name: 'subject:identifier', pattern: '^https://fhir\\.nhs\\.uk/Id/nhs-number\\|[0-9]{10}$' })).toEqual([]);
    expect(items({ name: 'subject:identifier', description: 'The patient, as https://fhir.nhs.uk/Id/nhs-number|{NHS number}.' })).toEqual(['nhs-number']);
  });

  it('a weak name confirmed by its context', () => {
    expect(items({ name: 'registrationNumber', context: 'POST /vehicles Get vehicle details' })).toEqual(['vehicle-registration']);
    expect(items({ name: 'vrn', context: 'GET /organisations/vat/{vrn}/obligations VAT obligations' })).toEqual(['vat-registration-number']);
    expect(items({ name: 'urn', description: 'Unique Reference Number. A unique number allocated to educational establishments.' })).toEqual(['school-urn']);
    expect(items({ name: 'given', context: 'name patient' })).toEqual(['person-name']);
  });

  it('a strong recognition wins over weak ones on the same field', () => {
    expect(items({ name: 'vat_registration_number', context: 'vehicle' })).toEqual(['vat-registration-number']);
  });

  it('refuses patterns it cannot compile and very long ones', () => {
    expect(patternFits('([', ['a'], [])).toBe(false);
    expect(patternFits('a'.repeat(600), ['a'], [])).toBe(false);
  });
});

describe('data items in an architect’s words', () => {
  it('finds the items a need names, in any spelling', () => {
    expect(itemsInText("Check a patient's NHS number and their postcode, then email them").map((i) => i.id)).toEqual(['nhs-number', 'email-address', 'postcode']);
    expect(itemsInText('look up a company by its company registration number').map((i) => i.id)).toEqual(['company-number']);
    expect(itemsInText('verify a NINO').map((i) => i.id)).toEqual(['national-insurance-number']);
    expect(itemsInText('send letters')).toEqual([]);
  });
});

describe('a field’s name outweighs its example', () => {
  it('an address line whose example is a postcode is an address line', () => {
    expect(items({ name: 'address_line_5', values: ['SW14 6BF'] })).toEqual(['address']);
    expect(items({ name: 'location', values: ['SW14 6BF'] })).toEqual(['postcode']);
  });
});
