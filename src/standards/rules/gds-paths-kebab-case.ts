import type { GdsRule } from '../rule.ts';

const rule: GdsRule = {
  id: 'gds-paths-kebab-case',
  title: 'Write paths in lower-case kebab-case',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'use hyphens rather than underscores as word separators for multiword names',
    source: 'API technical and data standards (v2, 2019): When naming and hosting your API',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 9,
  checks:
    'Every literal segment of the API’s paths (not a `{parameter}`, and not the URLs of callbacks or webhooks, which the client chooses) contains only lower-case letters, digits, hyphens and dots: no underscores, capitals or camelCase. Runs Redocly’s `paths-kebab-case` rule, which reports the whole path.',
  why: 'URLs are part of the interface people read and type. One convention across government makes them predictable, and hyphenated URLs read well in logs, documentation and browsers.',
  fix: 'Rename segments such as `/vehicle_records` or `/vehicleRecords` to `/vehicle-records`. For a live API, keep the old path as a deprecated alias until users have moved.',
  examples: {
    at: '',
    fail: 'paths:\n  /vehicle_records/{registrationNumber}:\n    get:\n      summary: Get a vehicle record\n',
    pass: 'paths:\n  /vehicle-records/{registrationNumber}:\n    get:\n      summary: Get a vehicle record\n',
  },
  swagger2: true,
  builtIn: { 'paths-kebab-case': 'warn' },
  builtInSkipsCallbacks: true,
};

export default rule;
