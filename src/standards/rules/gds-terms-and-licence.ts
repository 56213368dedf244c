import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

const ID = 'gds-terms-and-licence';
const reference = ruleReference(ID);
/** Extensions some teams use for a terms link instead of `termsOfService`, such as `x-terms-of-use`. */
const TERMS_EXTENSION = /^x-.*terms/i;

/** The node's fields, for reading keys the typings do not declare. */
const fieldsOf = (node: object): Record<string, unknown> => node as Record<string, unknown>;
const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

const checkInfo: Oas3Rule & Oas2Rule = () => ({
  Info(info, { report, location, specVersion }) {
    const fields = fieldsOf(info);
    const licence = fields['license'];
    const identifierAllowed = specVersion !== 'oas2' && specVersion !== 'oas3_0';
    if (licence === undefined || licence === null) {
      report({
        message: '`info` has no `license`: say which licence the API and its data are provided under, such as the Open Government Licence.',
        location: location.key(),
        reference,
      });
    } else if (typeof licence === 'object' && !Array.isArray(licence)) {
      const { url, identifier } = licence as Record<string, unknown>;
      if (!filled(url) && !(identifierAllowed && filled(identifier))) {
        report({
          message: identifierAllowed
            ? '`info.license` has neither a `url` nor an SPDX `identifier`: link to the licence text or give its SPDX identifier.'
            : '`info.license` has no `url`: link to the text of the licence.',
          location: location.child('license').key(),
          reference,
        });
      }
    }
    if (!filled(fields['termsOfService']) && !Object.keys(fields).some((key) => TERMS_EXTENSION.test(key))) {
      const present = fields['termsOfService'] !== undefined;
      report({
        message: present
          ? '`info.termsOfService` is empty: link to the terms and conditions of using the API.'
          : '`info` has no `termsOfService`: link to the terms and conditions of using the API.',
        location: present ? location.child('termsOfService') : location.key(),
        reference,
      });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'State the licence and terms of use',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'any terms or conditions of using the API',
    source: 'Documenting APIs',
    url: 'https://www.gov.uk/guidance/how-to-document-apis',
  },
  tcop: 3,
  checks:
    '`info.license` is present with a `url` (OpenAPI 3.1 and later also accept an SPDX `identifier`), and `info.termsOfService` (or an `x-` extension in `info` whose name contains "terms") is present. Any licence is accepted.',
  why: 'Before building on an API, users need to know what they may do with it and its data, and what the provider expects of them.',
  fix: 'Add `info.license` with the licence name and a link to its text (for most government data, the Open Government Licence v3.0), and `info.termsOfService` linking to the terms of use.',
  examples: {
    at: '',
    fail: 'info:\n  title: Vehicle Records API\n  version: 1.0.0\n',
    pass: 'info:\n  title: Vehicle Records API\n  version: 1.0.0\n  termsOfService: https://vehicle-records.api.gov.uk/docs/terms\n  license:\n    name: Open Government Licence v3.0\n    url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n',
  },
  swagger2: true,
  oas3: checkInfo,
  oas2: checkInfo,
};

export default rule;
