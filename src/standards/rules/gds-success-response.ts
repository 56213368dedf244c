import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

const ID = 'gds-success-response';
const reference = ruleReference(ID);
const SUCCESS_OR_REDIRECT = /^[23](\d\d|XX)$/i;

type Fields = Record<string, unknown>;

const checkOperation: Oas3Rule & Oas2Rule = () => ({
  Operation(operation: object, { report, location }: UserContext) {
    const responses = (operation as Fields)['responses'];
    if (responses === undefined || responses === null) {
      report({ message: 'Operation has no `responses`: document at least the successful (2xx) response.', location: location.key(), reference });
      return;
    }
    if (typeof responses !== 'object' || Array.isArray(responses)) return; // reported by the structure check
    if (!Object.keys(responses).some((code) => SUCCESS_OR_REDIRECT.test(code))) {
      report({
        message: '`responses` has no 2xx (or 3xx) response: document what the operation returns when it succeeds.',
        location: location.child('responses').key(),
        reference,
      });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Document the successful response',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'describes everything the API does including … example requests and responses',
    source: 'Writing API reference documentation',
    url: 'https://www.gov.uk/guidance/writing-api-reference-documentation',
  },
  tcop: 9,
  checks: 'Every operation declares at least one 2xx response (or a 3xx, for operations that redirect), as a code such as `200` or a range such as `2XX`. A `default` response alone does not count.',
  why: 'Users build on what an operation returns when it works; without a documented success response they have to guess its status code and body.',
  fix: 'Add the success response, such as `200` with its body or `204` without one, with a description and a schema.',
  examples: {
    at: '/paths/~1vehicles~1{registrationNumber}/get',
    fail: "responses:\n  '404':\n    description: No vehicle has this registration number.\n",
    pass: "responses:\n  '200':\n    description: The vehicle.\n  '404':\n    description: No vehicle has this registration number.\n",
  },
  swagger2: true,
  oas3: checkOperation,
  oas2: checkOperation,
};

export default rule;
