import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, isErrorStatus, type Obj } from '../rule-support/nodes.ts';
import { resolveAt } from '../rule-support/schema-walk.ts';

const ID = 'gds-error-schema';

/**
 * Visits each error response (4xx, 5xx, 4XX, 5XX) of the API's operations once, however many
 * operations share it. HEAD responses never have a body, so they are left out.
 */
function eachErrorResponse(
  check: (response: Obj, location: Location, code: string, ctx: UserContext) => void,
): (operation: Obj, ctx: UserContext) => void {
  const seen = new Set<object>();
  return (operation, ctx) => {
    if (String(ctx.key).toLowerCase() === 'head') return;
    const responses = asObj(operation['responses']);
    if (!responses) return;
    for (const code of Object.keys(responses)) {
      if (!isErrorStatus(code)) continue;
      const r = resolveAt(responses[code], ctx.location.child(['responses', code]), ctx.resolve);
      if (!r || seen.has(r.node)) continue;
      seen.add(r.node);
      check(r.node, r.location, code, ctx);
    }
  };
}

const oas3: Oas3Rule = () => {
  const visit = eachErrorResponse((response, location, code, { report }) => {
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
  });
  return { Paths: { PathItem: { Operation: (op, ctx) => visit(op as unknown as Obj, ctx) } } };
};

const oas2: Oas2Rule = () => {
  const visit = eachErrorResponse((response, location, code, { report }) => {
    if (response['schema'] === undefined) {
      report({
        message: `The \`${code}\` response has no \`schema\`: describe the error body it returns.`,
        location: location.key(),
        reference: ruleReference(ID),
      });
    }
  });
  return { Paths: { PathItem: { Operation: (op, ctx) => visit(op as unknown as Obj, ctx) } } };
};

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
    fail: "responses:\n  '404':\n    description: Not found.\n",
    pass:
      "responses:\n  '404':\n    description: Not found.\n    content:\n      application/problem+json:\n        schema:\n          $ref: '#/components/schemas/Problem'\n",
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
