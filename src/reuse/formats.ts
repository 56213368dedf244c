/**
 * Checks of the value formats of UK government identifiers, used to tell whether an example value in
 * a document is one (`9434765919` passes the NHS number's Modulus 11 check; `SW1A 2AA` is a postcode).
 * Each check follows the published rules of its identifier; none reaches any register.
 */

const compact = (v: string) => v.replace(/[\s-]+/g, '').toUpperCase();

/** NHS number: 10 digits whose last is the Modulus 11 check digit of the first nine (a result of 10 is never issued). */
export function isNhsNumber(value: string): boolean {
  const v = value.replace(/\s+/g, '');
  if (!/^\d{10}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(v[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(v[9]);
}

/** National Insurance number: two letters (not D, F, I, Q, U or V; O not second; not BG, GB, KN, NK, NT, TN or ZZ), six digits, A–D. */
export function isNino(value: string): boolean {
  return /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(compact(value));
}

/** A full UK postcode (outward and inward code), with or without the space. */
export function isPostcode(value: string): boolean {
  return /^(GIR ?0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d\d?|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY]) ?\d[ABD-HJLNP-UW-Z]{2})$/.test(value.trim().toUpperCase());
}

/** Companies House company number: eight digits, or a two-letter prefix (SC, NI, OC …) and six digits. */
export function isCompanyNumber(value: string): boolean {
  return /^(\d{8}|(SC|NI|OC|SO|NC|R0|FC|LP|SL|NL|SE|GE|IP|SP|CE|CS|RC|SZ|ZC|AC|SA|SF|NF|NO|NP|NR|NZ|IC|RS|SR|PC)\d{6})$/.test(compact(value));
}

/** Charity number in England and Wales (6 or 7 digits), Scotland (SC and 6 digits) or Northern Ireland (NIC and 6 digits, or 6 digits from 100000). */
export function isCharityNumber(value: string): boolean {
  return /^(\d{6,7}|SC\d{6}|NIC\d{6})$/.test(compact(value));
}

/** VAT registration number: nine digits (twelve for a branch), optionally after GB. */
export function isVatNumber(value: string): boolean {
  return /^(GB)?\d{9}(\d{3})?$/.test(compact(value));
}

/** A current-style vehicle registration mark (two letters, two digits, three letters). */
export function isVehicleRegistration(value: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z]{3}$/.test(compact(value));
}

/** Driving licence number (Great Britain): 5 characters of surname, 6 digits of birth date, 2 initials, a digit, 2 letters. */
export function isDrivingLicenceNumber(value: string): boolean {
  return /^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$/.test(compact(value));
}

/** An email address (one @, a dot in the domain, no spaces). */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** A UK telephone number, national (0…) or international (+44…). */
export function isUkPhone(value: string): boolean {
  return /^(\+44|0)\d{9,10}$/.test(value.replace(/[\s()-]+/g, ''));
}

/** School Unique Reference Number: six digits. */
export function isSchoolUrn(value: string): boolean {
  return /^\d{6}$/.test(value.trim());
}

/** EORI number: a country code and up to fifteen characters (GB: twelve digits after GB). */
export function isEori(value: string): boolean {
  return /^((GB|XI)\d{12}(\d{3})?|(?!GB|XI)[A-Z]{2}[A-Z0-9]{1,15})$/.test(compact(value));
}

/** Bank sort code: six digits, often written in pairs. */
export function isSortCode(value: string): boolean {
  return /^\d{2}-?\d{2}-?\d{2}$/.test(value.trim().replace(/\s/g, '-').replace(/--+/g, '-'));
}

/** UK Provider Reference Number: eight digits starting with 1. */
export function isUkprn(value: string): boolean {
  return /^1\d{7}$/.test(value.trim());
}

/** HM Land Registry title number: up to three letters and up to six digits (or digits and Z/T). */
export function isTitleNumber(value: string): boolean {
  return /^([A-Z]{0,3}[1-9]\d{0,5}|\d{1,6}[ZT])$/.test(compact(value));
}

/** An IPv4 or IPv6 address. */
export function isIpAddress(value: string): boolean {
  const v = value.trim();
  return /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(v) || /^[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}$/i.test(v);
}
