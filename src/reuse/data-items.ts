/**
 * The data items the catalogue recognises in OpenAPI documents: each defined once here with its name,
 * what it is, and the recognisers that find it (name variants, description phrases, formats,
 * patterns, example values, identifier URIs). Recognition itself is in recognise.ts; pages, the
 * search facet, the reuse check and the reuse report all read this list.
 *
 * Names and phrases are written as lowercase words; field names are compared word by word whatever
 * their casing (`nhsNumber`, `nhs_number`, `NHSNumber` and `NHS-Number` are all `nhs number`).
 */
import * as f from './formats.ts';

export type Strength = 'strong' | 'weak';
export type ValueType = 'string' | 'integer' | 'number' | 'object' | 'array';

export const DATA_ITEM_GROUPS = ['people', 'contact', 'places', 'organisations', 'tax-and-money', 'health', 'education', 'vehicles'] as const;
export type DataItemGroup = (typeof DATA_ITEM_GROUPS)[number];

export const DATA_ITEM_GROUP_LABELS: Record<DataItemGroup, string> = {
  people: 'People',
  contact: 'Contact details',
  places: 'Places and property',
  organisations: 'Organisations and businesses',
  'tax-and-money': 'Tax and money',
  health: 'Health',
  education: 'Education',
  vehicles: 'Vehicles and driving',
};

export interface DataItem {
  /** Stable id, used in URLs (`/data-items/nhs-number/`). */
  id: string;
  name: string;
  group: DataItemGroup;
  /** What it is and who issues it, in one or two sentences. */
  description: string;
  /** Field names that are the item on their own: a field whose name ends with one of these words. */
  names: readonly string[];
  /** Field names that are the item only when something else confirms it (context, pattern, description). */
  weakNames?: readonly string[];
  /** Words around a field (its description, enclosing fields, operation, document title) that confirm a weak name. */
  context?: readonly string[];
  /** Description phrases: strong when the description opens by naming the field as one, weak elsewhere. */
  phrases?: readonly string[];
  /** Description phrases that only hint at the item (`modulus 11`). */
  hints?: readonly string[];
  /** Words that, right before a name or phrase, make it something else (`email address` is not a postal address). */
  notAfter?: readonly string[];
  /** Words that, right after a phrase, make it something else (`postcode district`). */
  notBefore?: readonly string[];
  /** JSON Schema formats that are the item. */
  formats?: readonly string[];
  /** Formats a field carrying the item may have without being recognised by them (`date` for a date of birth). */
  allowFormats?: readonly string[];
  /** A `pattern` is the item's when it accepts one of `accepts` and rejects every one of `rejects`. */
  pattern?: { accepts: readonly string[]; rejects: readonly string[]; strength: Strength; label: string };
  /** An example, enum or default value that passes `check` is evidence. */
  example?: { check: (value: string) => boolean; strength: Strength; label: string };
  /** Identifier system URIs (FHIR) that name the item. */
  uris?: readonly string[];
  /** The JSON types a field carrying the item can have. */
  types: readonly ValueType[];
}

const ID: readonly ValueType[] = ['string', 'integer'];
const TEXT: readonly ValueType[] = ['string'];

/** After a name or phrase, words that make it a property of the item rather than the item itself. */
export const COMMON_NOT_BEFORE = ['verified', 'verification', 'status', 'type', 'format', 'check', 'checked', 'indicator', 'flag', 'match', 'matched', 'lookup', 'validation', 'valid', 'present', 'exists', 'required', 'enabled', 'count', 'mode', 'id', 'template', 'branding', 'policy', 'notification', 'setting', 'provided', 'changed', 'hash'];

/** Before a name, words that make it an amount or a setting about the item (`volume_email`, `collect_billing_address`). */
export const COMMON_NOT_AFTER = ['volume', 'count', 'total', 'max', 'min', 'maximum', 'minimum', 'limit', 'quota', 'rate', 'percentage', 'percent', 'allow', 'send', 'show', 'hide', 'require', 'collect', 'confirm', 'validate', 'verify', 'enable', 'disable', 'include', 'exclude', 'default'];

/**
 * JSON Schema formats that say a field is something else (a `uuid` is not an NHS number, a `uri` is
 * not a postcode); an item's own `formats` and `allowFormats` are exempt.
 */
export const FOREIGN_FORMATS = ['uuid', 'uri', 'uri-reference', 'iri', 'iri-reference', 'url', 'binary', 'byte', 'password', 'date', 'date-time', 'time', 'duration', 'hostname', 'idn-hostname', 'ipv4', 'ipv6', 'email', 'idn-email', 'float', 'double', 'regex', 'json-pointer'];

export const DATA_ITEMS: readonly DataItem[] = [
  {
    id: 'nhs-number',
    name: 'NHS number',
    group: 'health',
    description: 'The 10-digit number that identifies a patient in the NHS in England, Wales and the Isle of Man; its last digit is a Modulus 11 check digit.',
    names: ['nhs number', 'nhs no', 'nhs num', 'nhsno', 'nhs nbr'],
    phrases: ['nhs number', 'national health service number'],
    hints: ['modulus 11', 'mod 11', 'modulo 11', 'nhs'],
    pattern: { accepts: ['9434765919', '9000000009'], rejects: ['943476591', '94347659190', 'ABCDEFGHIJ'], strength: 'weak', label: 'accepts 10 digits only' },
    example: { check: f.isNhsNumber, strength: 'weak', label: 'is 10 digits with a valid Modulus 11 check digit' },
    uris: ['https://fhir.nhs.uk/Id/nhs-number'],
    types: ID,
  },
  {
    id: 'national-insurance-number',
    name: 'National Insurance number',
    group: 'people',
    description: 'The reference number (two letters, six digits and a letter A to D, such as QQ 12 34 56 C) that identifies a person to HMRC and DWP.',
    names: ['national insurance number', 'national insurance no', 'nino', 'ni number', 'ni no', 'nat ins number'],
    phrases: ['national insurance number', 'national insurance no', 'nino'],
    pattern: { accepts: ['AB123456C', 'JG103759A'], rejects: ['123456789', 'AB1234567', 'ABC12345D', 'A1234567C', '12345678', 'ABCDEFGHI'], strength: 'strong', label: 'accepts two letters, six digits and a letter' },
    example: { check: f.isNino, strength: 'strong', label: 'is a National Insurance number' },
    types: TEXT,
  },
  {
    id: 'date-of-birth',
    name: 'Date of birth',
    group: 'people',
    description: "A person's date of birth.",
    names: ['date of birth', 'birth date', 'birthdate', 'dob', 'born on'],
    phrases: ['date of birth', 'birth date'],
    notBefore: ['range', 'start', 'end'],
    allowFormats: ['date', 'date-time'],
    types: TEXT,
  },
  {
    id: 'person-name',
    name: "Person's name",
    group: 'people',
    description: "A person's given names, family name or full name.",
    names: ['given name', 'family name', 'first name', 'last name', 'surname', 'forename', 'full name', 'middle name', 'maiden name', 'birth name', 'first names'],
    weakNames: ['given', 'family'],
    context: ['name', 'person', 'patient', 'human'],
    phrases: ['family name', 'given name', 'surname', 'forename', 'first name', 'last name'],
    types: ['string', 'array'],
  },
  {
    id: 'email-address',
    name: 'Email address',
    group: 'contact',
    description: 'An email address of a person or a team.',
    names: ['email', 'email address', 'e mail', 'e mail address', 'mail address'],
    weakNames: ['mail'],
    phrases: ['email address', 'e-mail address'],
    formats: ['email', 'idn-email'],
    example: { check: f.isEmail, strength: 'strong', label: 'is an email address' },
    types: ['string', 'array'],
  },
  {
    id: 'phone-number',
    name: 'Telephone number',
    group: 'contact',
    description: 'A landline or mobile telephone number, such as the number a text message is sent to.',
    names: ['phone', 'phone number', 'telephone', 'telephone number', 'mobile number', 'mobile phone number', 'mobile phone', 'phone no', 'tel no', 'telephone no', 'sms number'],
    weakNames: ['mobile', 'tel', 'contact number'],
    context: ['phone', 'telephone', 'sms', 'text message', 'call'],
    phrases: ['phone number', 'telephone number', 'mobile number', 'mobile phone number'],
    pattern: { accepts: ['+447900900123', '07900900123'], rejects: ['abc', '12', 'AB123456C'], strength: 'weak', label: 'accepts telephone numbers' },
    example: { check: f.isUkPhone, strength: 'weak', label: 'is a UK telephone number' },
    types: ['string', 'array'],
  },
  {
    id: 'address',
    name: 'Postal address',
    group: 'places',
    description: 'The postal address of a person, property or organisation, as lines of text or a structured object.',
    names: ['address', 'postal address', 'address line', 'street address', 'address snippet', 'address lines', 'full address', 'property address'],
    phrases: ['postal address', 'address of', 'address line', 'street address'],
    notAfter: ['ip', 'mac', 'email', 'e', 'mail', 'web', 'url', 'wallet', 'network', 'server', 'host', 'reply', 'sender', 'internet', 'bluetooth', 'contract', 'memory'],
    notBefore: ['type', 'format', 'id', 'verified', 'status', 'count'],
    types: ['string', 'object', 'array'],
  },
  {
    id: 'postcode',
    name: 'Postcode',
    group: 'places',
    description: 'A full UK postcode, such as SW1A 2AA: an outward code (area and district) and an inward code (sector and unit).',
    names: ['postcode', 'post code', 'postal code', 'postalcode'],
    phrases: ['postcode', 'post code', 'postal code'],
    notAfter: ['international', 'foreign', 'overseas', 'zip'],
    notBefore: ['district', 'sector', 'area', 'outcode', 'outward', 'inward', 'prefix', 'region', 'unit', 'search', 'lookup', 'validation'],
    pattern: { accepts: ['SW1A 2AA', 'SW1A2AA', 'M1 1AE', 'B33 8TH', 'DN55 1PT'], rejects: ['SW1A', 'SW1A 2', '12345', 'ABCDEFGH', 'SW1A 2AAA'], strength: 'strong', label: 'accepts UK postcodes and nothing shorter' },
    example: { check: f.isPostcode, strength: 'strong', label: 'is a UK postcode' },
    types: TEXT,
  },
  {
    id: 'uprn',
    name: 'Unique Property Reference Number (UPRN)',
    group: 'places',
    description: 'The identifier, of up to 12 digits, that Ordnance Survey and local councils give every addressable place in Great Britain.',
    names: ['uprn', 'unique property reference number', 'unique property reference'],
    phrases: ['unique property reference number', 'uprn'],
    pattern: { accepts: ['100023336956', '10033544614'], rejects: ['ABC', '1234567890123', '12.5'], strength: 'weak', label: 'accepts up to 12 digits' },
    types: ID,
  },
  {
    id: 'usrn',
    name: 'Unique Street Reference Number (USRN)',
    group: 'places',
    description: 'The identifier, of up to 8 digits, of a street in the National Street Gazetteer.',
    names: ['usrn', 'unique street reference number'],
    phrases: ['unique street reference number', 'usrn'],
    types: ID,
  },
  {
    id: 'title-number',
    name: 'HM Land Registry title number',
    group: 'places',
    description: 'The number that identifies a registered title (a property or piece of land) in HM Land Registry, such as DN123456.',
    names: ['title number', 'title no', 'land registry title number'],
    phrases: ['title number'],
    example: { check: f.isTitleNumber, strength: 'weak', label: 'is a title number' },
    types: TEXT,
  },
  {
    id: 'company-number',
    name: 'Company number',
    group: 'organisations',
    description: 'The 8-character number Companies House gives a company or limited liability partnership, such as 00000006 or SC123456.',
    names: ['company number', 'company registration number', 'company reg number', 'company no', 'co reg number', 'companies house number', 'company house number', 'registered company number'],
    weakNames: ['crn', 'registered number', 'registration number'],
    context: ['company', 'companies', 'companies house', 'incorporated'],
    phrases: ['company number', 'company registration number', 'companies house number', 'registered company number'],
    pattern: { accepts: ['00000006', 'SC123456', 'OC301234'], rejects: ['1234567', '123456789', 'ABCDEFGHI'], strength: 'weak', label: 'accepts 8 characters' },
    example: { check: f.isCompanyNumber, strength: 'weak', label: 'is a company number' },
    types: TEXT,
  },
  {
    id: 'charity-number',
    name: 'Charity number',
    group: 'organisations',
    description: 'The registered charity number given by the Charity Commission, OSCR in Scotland or the Charity Commission for Northern Ireland.',
    names: ['charity number', 'registered charity number', 'charity registration number', 'charity no', 'charity reg number'],
    phrases: ['charity number', 'registered charity number', 'charity registration number'],
    example: { check: f.isCharityNumber, strength: 'weak', label: 'is a charity number' },
    types: ID,
  },
  {
    id: 'vat-registration-number',
    name: 'VAT registration number',
    group: 'tax-and-money',
    description: 'The 9-digit number (12 for a branch) HMRC gives a VAT-registered business, sometimes written after GB.',
    names: ['vat number', 'vat registration number', 'vat reg number', 'vat reg no', 'vat no', 'vat id', 'vat registration no'],
    weakNames: ['vrn'],
    context: ['vat', 'tax', 'hmrc', 'making tax digital'],
    phrases: ['vat registration number', 'vat number'],
    pattern: { accepts: ['123456789', 'GB123456789'], rejects: ['12345678', '1234567890', 'ABCDEFGHI'], strength: 'weak', label: 'accepts 9 digits' },
    example: { check: f.isVatNumber, strength: 'weak', label: 'is 9 digits' },
    types: ID,
  },
  {
    id: 'utr',
    name: 'Unique Taxpayer Reference (UTR)',
    group: 'tax-and-money',
    description: 'The 10-digit reference HMRC gives a person or company that files Self Assessment or Corporation Tax returns.',
    names: ['utr', 'unique taxpayer reference', 'sa utr', 'ct utr', 'unique tax reference'],
    phrases: ['unique taxpayer reference', 'utr'],
    types: ID,
  },
  {
    id: 'eori-number',
    name: 'EORI number',
    group: 'tax-and-money',
    description: 'The Economic Operators Registration and Identification number a business uses to move goods across borders, such as GB123456789000.',
    names: ['eori', 'eori number', 'eori no'],
    phrases: ['eori number', 'eori', 'economic operator registration and identification', 'economic operators registration and identification'],
    example: { check: f.isEori, strength: 'weak', label: 'is an EORI number' },
    types: TEXT,
  },
  {
    id: 'bank-account-number',
    name: 'Bank account number',
    group: 'tax-and-money',
    description: 'The 8-digit number of a UK bank account, used with its sort code.',
    names: ['bank account number', 'bank account no'],
    weakNames: ['account number', 'account no'],
    context: ['bank', 'sort code', 'payment', 'building society'],
    phrases: ['bank account number'],
    types: ID,
  },
  {
    id: 'sort-code',
    name: 'Bank sort code',
    group: 'tax-and-money',
    description: 'The 6-digit code that identifies a UK bank branch, written as three pairs (12-34-56).',
    names: ['sort code', 'bank sort code', 'sortcode'],
    phrases: ['sort code'],
    pattern: { accepts: ['123456', '12-34-56'], rejects: ['1234567', '12345', 'ABCDEF'], strength: 'weak', label: 'accepts 6 digits' },
    example: { check: f.isSortCode, strength: 'weak', label: 'is 6 digits' },
    types: ID,
  },
  {
    id: 'ods-code',
    name: 'ODS code',
    group: 'health',
    description: 'The code the NHS Organisation Data Service gives an NHS organisation, GP practice or pharmacy, such as Y12345.',
    names: ['ods code', 'ods', 'ods organisation code', 'ods organization code', 'ods id', 'organisation ods code'],
    weakNames: ['organisation code', 'organization code', 'practice code'],
    context: ['nhs', 'ods', 'gp', 'practice', 'pharmacy'],
    phrases: ['ods code', 'organisation data service code', 'ods organisation code'],
    uris: ['https://fhir.nhs.uk/Id/ods-organization-code', 'https://fhir.nhs.uk/Id/ods-site-code'],
    types: TEXT,
  },
  {
    id: 'school-urn',
    name: 'School unique reference number (URN)',
    group: 'education',
    description: 'The 6-digit Unique Reference Number that the Department for Education gives a school or other educational establishment, as listed in Get Information about Schools.',
    names: ['school urn', 'establishment urn', 'school unique reference number', 'academy urn'],
    weakNames: ['urn', 'unique reference number'],
    context: ['school', 'establishment', 'academy', 'educational', 'education', 'ofsted', 'get information about schools', 'gias'],
    hints: ['unique reference number'],
    pattern: { accepts: ['100000', '115074'], rejects: ['1234567', '12345', 'ABCDEF'], strength: 'weak', label: 'accepts 6 digits' },
    example: { check: f.isSchoolUrn, strength: 'weak', label: 'is 6 digits' },
    types: ID,
  },
  {
    id: 'ukprn',
    name: 'UK Provider Reference Number (UKPRN)',
    group: 'education',
    description: 'The 8-digit number the UK Register of Learning Providers gives a school, college, university or training provider.',
    names: ['ukprn', 'uk provider reference number', 'provider reference number'],
    phrases: ['uk provider reference number', 'ukprn'],
    example: { check: f.isUkprn, strength: 'weak', label: 'is 8 digits starting with 1' },
    types: ID,
  },
  {
    id: 'vehicle-registration',
    name: 'Vehicle registration mark',
    group: 'vehicles',
    description: "A vehicle's registration mark (its number plate), such as AB12 CDE.",
    names: ['vehicle registration mark', 'vehicle registration number', 'vehicle registration', 'vrm', 'registration mark', 'number plate', 'registration plate', 'vehicle reg'],
    weakNames: ['registration number', 'vrn', 'reg number', 'reg no'],
    context: ['vehicle', 'vehicles', 'dvla', 'dvsa', 'mot', 'car', 'driver', 'motor'],
    phrases: ['vehicle registration number', 'vehicle registration mark', 'registration mark', 'number plate'],
    example: { check: f.isVehicleRegistration, strength: 'weak', label: 'is a registration mark' },
    types: TEXT,
  },
  {
    id: 'driving-licence-number',
    name: 'Driving licence number',
    group: 'vehicles',
    description: 'The 16-character number on a Great Britain driving licence, made from the holder’s surname, date of birth and initials.',
    names: ['driving licence number', 'driving license number', 'driver number', 'driving licence no', 'driving permit', 'driving licence', 'driving license', 'driver licence number'],
    weakNames: ['licence number', 'license number'],
    context: ['driving', 'driver', 'dvla', 'licence holder'],
    phrases: ['driving licence number', 'driving license number', 'driver number'],
    pattern: { accepts: ['MORGA753116SM9IJ', 'JONES710238HA3DX'], rejects: ['ABCDEFGHIJKLMNOP', 'MORGA753116SM9I', '1234567890123456'], strength: 'strong', label: 'accepts driving licence numbers' },
    example: { check: f.isDrivingLicenceNumber, strength: 'strong', label: 'is a driving licence number' },
    types: ['string', 'object', 'array'],
  },
  {
    id: 'ip-address',
    name: 'IP address',
    group: 'contact',
    description: "The internet address of a user's device, which can identify a person.",
    names: ['ip address', 'ip', 'ip addr', 'ipv4 address', 'ipv6 address'],
    phrases: ['ip address'],
    formats: ['ipv4', 'ipv6'],
    example: { check: f.isIpAddress, strength: 'weak', label: 'is an IP address' },
    types: TEXT,
  },
];

const BY_ID = new Map(DATA_ITEMS.map((item) => [item.id, item]));

export function dataItem(id: string): DataItem | undefined {
  return BY_ID.get(id);
}
