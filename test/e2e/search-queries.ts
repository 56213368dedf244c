/**
 * Queries real users type, with the entries they are looking for. The search benchmark prints the
 * rank of the wanted entry for each; the browser tests expect it in the top three.
 */
export interface NamedQuery {
  query: string;
  /** Catalogue ids, any of which answers the query. */
  want: string[];
  /** What makes the query hard. */
  kind: 'plain' | 'misspelt' | 'synonym' | 'data item';
}

export const REALISTIC_QUERIES: readonly NamedQuery[] = [
  { query: 'address', want: ['os-places-api'], kind: 'plain' },
  { query: 'nhs number lookup', want: ['nhs-pds-fhir-api'], kind: 'data item' },
  { query: 'Notfy', want: ['govuk-notify', 'govuk-notify-api'], kind: 'misspelt' },
  { query: 'adress', want: ['os-places-api'], kind: 'misspelt' },
  { query: 'send text message', want: ['govuk-notify', 'govuk-notify-api'], kind: 'synonym' },
  { query: 'national insurance number', want: ['dwp-identity-status-api', 'hmrc-obligations-api'], kind: 'data item' },
  // With api.gov.uk imported, NHS login and NHS CIS2 (the NHS's sign-in services) are right answers too.
  { query: 'sign in', want: ['govuk-one-login', 'govuk-one-login-api', 'nhs-login-api', 'nhs-cis2-care-identity-authentication-api'], kind: 'synonym' },
  { query: 'postcode', want: ['os-places-api'], kind: 'plain' },
  { query: 'take card payments', want: ['govuk-pay', 'govuk-pay-api'], kind: 'plain' },
  { query: 'company number', want: ['companies-house-public-data-api'], kind: 'data item' },
];
