/**
 * Every reason the api.gov.uk import gives for a row, defined once: the report counts rows by these
 * codes, and the tests name them.
 */
export const REASONS = {
  'row/unknown-provider': 'provider is not an organisation in organisation.csv: not imported',
  'row/no-name': 'name is empty: not imported',
  'row/no-description': 'description is empty: not imported',
  'row/ambiguous': 'matches more than one catalogue entry: not imported, so that nothing is merged into the wrong one',
  'row/same-as-earlier-row': 'describes the same API as an earlier row: reported, not imported twice',
  'row/merged': 'describes an entry already in the catalogue: merged into it',
  'url/empty': 'url is empty: no production endpoint recorded',
  'url/shared': 'url is shared with other rows (a gateway or portal address, not this API\'s own): no production endpoint recorded',
  'url/web-page': 'url is a web page address (it has a #fragment), not an API\'s base URL: no production endpoint recorded',
  'url/not-https': 'url is not an https address: no production endpoint recorded',
  'documentation/empty': 'documentation is empty: no documentation URL recorded',
  'documentation/not-https': 'documentation is not an https address: no documentation URL recorded',
  'licence/empty': 'license is empty: no licence recorded',
  'licence/no-version': 'license names the Open Government Licence without a version: recorded without one',
  'licence/not-a-licence': 'license is not a licence: no licence recorded',
  'maintainer/empty': 'maintainer is empty: no contact recorded',
  'maintainer/no-address': 'maintainer has no email or https address: no contact recorded',
  'maintainer/note-left-out': 'maintainer has a note beside its address, which the contact fields cannot hold: left out',
  'startDate/not-a-date': 'startDate is not a date: no release date recorded',
  'endDate/not-a-date': 'endDate is not a date: not recorded',
  'areaServed/not-an-area': 'areaServed is not one of the catalogue\'s areas: not recorded',
  'summary/shortened': 'the description\'s first sentence is longer than 160 characters: the summary is cut at a word',
  'access/not-in-source': 'the source has no column for who may use an API or how to get access',
} as const;

export type ReasonCode = keyof typeof REASONS;
