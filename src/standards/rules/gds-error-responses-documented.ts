import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

const ID = 'gds-error-responses-documented';
const reference = ruleReference(ID);

type Fields = Record<string, unknown>;

/** True when the security requirements demand credentials from at least one scheme. */
function needsCredentials(security: unknown): boolean {
  return Array.isArray(security) && security.some((requirement) => typeof requirement === 'object' && requirement !== null && Object.keys(requirement).length > 0);
}

/** Reports missing client-error, authentication and server-error responses on operations under `paths`. */
const checkErrors: Oas3Rule & Oas2Rule = () => {
  let rootSecurity: unknown;
  return {
    Root(root: object) {
      rootSecurity = (root as Fields)['security'];
    },
    Paths: {
      Operation(operation: object, { report, location }: UserContext) {
        const fields = operation as Fields;
        const responses = fields['responses'];
        if (typeof responses !== 'object' || responses === null || Array.isArray(responses)) return; // gds-success-response reports it
        const codes = Object.keys(responses);
        const has = (pattern: RegExp): boolean => codes.some((code) => pattern.test(code));
        const at = location.child('responses').key();
        if (!has(/^4(\d\d|XX)$/i) && !codes.includes('default')) {
          report({ message: '`responses` has no 4xx (or `default`) response: document how the operation reports a bad request.', location: at, reference });
        }
        if (needsCredentials(fields['security'] ?? rootSecurity)) {
          for (const code of ['401', '403']) {
            if (!codes.includes(code) && !has(/^4XX$/i)) {
              const meaning = code === '401' ? 'missing or invalid credentials' : 'credentials without the needed permission';
              report({ message: `\`responses\` has no \`${code}\`, though the operation needs credentials: document the response to ${meaning}.`, location: at, reference });
            }
          }
        }
        if (!has(/^5(\d\d|XX)$/i) && !codes.includes('default')) {
          report({ message: '`responses` has no 5xx (or `default`) response: document what users get when the service fails.', location: at, reference });
        }
      },
    },
  };
};

const rule: GdsRule = {
  id: ID,
  title: 'Document the error responses',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: "You should document all error codes and make sure they're easy to find.",
    source: 'API technical and data standards: Use standard HTTP responses',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 9,
  checks:
    'Every operation under `paths` declares a 4xx response (or `default`) and a 5xx response (or `default`). Operations that need credentials (a non-empty security requirement on the operation or, failing that, at the root) declare `401` and `403` (or `4XX`).',
  why: 'Users need to know how failures look so that their software can tell their own mistakes from missing permissions and from faults in the service, and react to each.',
  fix: 'Add the error responses each operation can return, such as `400`, `401`, `403`, `404`, `429` and `500`, each with a description and an error body schema; shared responses under `components/responses` keep this short.',
  examples: {
    at: '',
    fail: "security:\n  - oauth2: [vehicles:read]\npaths:\n  /vehicles:\n    get:\n      responses:\n        '200':\n          description: A page of vehicles.\n",
    pass: "security:\n  - oauth2: [vehicles:read]\npaths:\n  /vehicles:\n    get:\n      responses:\n        '200':\n          description: A page of vehicles.\n        '400':\n          $ref: '#/components/responses/BadRequest'\n        '401':\n          $ref: '#/components/responses/Unauthorized'\n        '403':\n          $ref: '#/components/responses/Forbidden'\n        '500':\n          $ref: '#/components/responses/InternalServerError'\n",
  },
  swagger2: true,
  oas3: checkErrors,
  oas2: checkErrors,
};

export default rule;
