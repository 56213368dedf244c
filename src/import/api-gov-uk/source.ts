/** What the catalogue says about api.gov.uk as a source, once. */
export const API_GOV_UK = {
  source: 'api.gov.uk',
  sourceUrl: 'https://github.com/co-cddo/api-catalogue',
  licence: 'Crown copyright, Open Government Licence v3.0',
} as const;
