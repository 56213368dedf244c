import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, isErrorStatus } from '../rule-support/nodes.ts';
import { eachResponse, onEveryOperation } from '../rule-support/visitors.ts';

const ID = 'gds-error-schema';

/** Error responses (4xx, 5xx, 4XX, 5XX); HEAD responses never have a body, so they are left out. */
const hasErrorBody = (code: string, method: string): boolean => isErrorStatus(code) && method !== 'head';

const oas3: Oas3Rule = () =>
  onEveryOperation(
    eachResponse(hasErrorBody, (response, location, code, { report }) => {
      const content = asObj(response['content']);
      if (!content || Object.keys(content).length === 0) {
        report({
          message: `The \`${code}\` response has no \`content\`: describe the error body with a schema (preferably \`application/problem+json\`).`,
          location: location.key(),
          reference: ruleReference(ID),
        });
        return;
      }
      for (const mediaType of Object.keys(content)) {
        const media = asObj(content[mediaType]);
        if (media && media['schema'] === undefined && media['itemSchema'] === undefined) {
          report({
            message: `\`${mediaType}\` in the \`${code}\` response has no \`schema\`: say what the error body contains.`,
            location: location.child(['content', mediaType]).key(),
            reference: ruleReference(ID),
          });
        }
      }
    }),
  );

const oas2: Oas2Rule = () =>
  onEveryOperation(
    eachResponse(hasErrorBody, (response, location, code, { report }) => {
      if (response['schema'] === undefined) {
        report({
          message: `The \`${code}\` response has no \`schema\`: describe the error body it returns.`,
          location: location.key(),
          reference: ruleReference(ID),
        });
      }
    }),
  );

const rule: GdsRule = {
  id: ID,
  title: 'Describe the body of error responses',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: "descriptive error messages will help users understand what's gone wrong",
    source: 'API technical and data standards (2024)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 9,
  checks:
    'Every 4xx and 5xx response of an operation (HEAD excepted) has a body, and each of its media types has a `schema`. In Swagger 2.0, each such response has a `schema`.',
  why: 'When an error has no documented body, client developers cannot show their users what went wrong or decide whether to retry.',
  fix: 'Give each error response a body schema. The RFC 9457 problem details format (`application/problem+json` with `type`, `title`, `status` and `detail`) is a good default, shared through `components/responses`.',
  examples: {
    at: '/paths/~1vehicles/get',
    fail: "responses:\n  '404':\n    description: Not found.\n",
    pass:
      "responses:\n  '404':\n    description: Not found.\n    content:\n      application/problem+json:\n        schema:\n          $ref: '#/components/schemas/Problem'\n",
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
