import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import type { Obj } from '../rule-support/nodes.ts';
import { operationParameters } from '../rule-support/parameters.ts';

const ID = 'gds-http-semantics';

/** GET and HEAD must not take a body (error); DELETE should not (warning). */
function bodyProblem(method: string): { message: string; warnOnly: boolean } | undefined {
  if (method === 'get' || method === 'head') {
    return { message: `${method.toUpperCase()} requests must not have a body: servers and proxies may drop it. Send filters as query parameters.`, warnOnly: false };
  }
  if (method === 'delete') {
    return { message: 'DELETE requests should not have a body: many servers and proxies ignore it. Identify what to delete in the path.', warnOnly: true };
  }
  return undefined;
}

const oas3: Oas3Rule = () => ({
  Paths: {
    PathItem: {
      Operation(operation, { report, location, key }) {
        if (operation.requestBody === undefined) return;
        const problem = bodyProblem(String(key).toLowerCase());
        if (!problem) return;
        report({
          message: `\`requestBody\` on ${problem.message}`,
          location: location.child('requestBody').key(),
          reference: ruleReference(ID),
          ...(problem.warnOnly ? { forceSeverity: 'warn' as const } : {}),
        });
      },
    },
  },
});

const oas2: Oas2Rule = () => {
  let pathItem: Obj | undefined;
  let pathItemLocation: Location | undefined;
  const reported = new Set<string>();
  return {
    Paths: {
      PathItem: {
        enter(item: unknown, ctx: UserContext) {
          pathItem = item as Obj;
          pathItemLocation = ctx.location;
        },
        Operation(operation: unknown, ctx: UserContext) {
          const problem = bodyProblem(String(ctx.key).toLowerCase());
          if (!problem) return;
          for (const p of operationParameters(operation as Obj, ctx.location, pathItem, pathItemLocation, ctx.resolve)) {
            if (p.in !== 'body' && p.in !== 'formData') continue;
            const pointer = p.listedAt.absolutePointer;
            if (reported.has(pointer)) continue;
            reported.add(pointer);
            ctx.report({
              message: `\`in: ${p.in}\` parameter \`${p.name}\` on ${problem.message}`,
              location: p.listedAt,
              reference: ruleReference(ID),
              ...(problem.warnOnly ? { forceSeverity: 'warn' as const } : {}),
            });
          }
        },
      },
    },
  };
};

const rule: GdsRule = {
  id: ID,
  title: 'Use HTTP methods for their specified purpose',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'When handling requests, you should use HTTP verbs for their specified purpose.',
    source: 'API technical and data standards (v2, 2019)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 4,
  checks:
    'GET and HEAD operations have no `requestBody` (Swagger 2.0: no `in: body` or `in: formData` parameter); this is an error. A body on DELETE is a warning. Path keys contain no query string (Redocly’s `path-not-include-query`).',
  why: 'HTTP gives GET and HEAD no body semantics, so caches, proxies and client libraries drop or reject one, and the API behaves differently depending on the route a request takes.',
  fix: 'Send GET filters as query parameters; if a search needs a large structured input, model it as `POST /searches`. Identify what to delete in the path. Declare query parameters with `in: query` instead of writing them into the path.',
  examples: {
    at: '',
    fail: "paths:\n  /vehicles:\n    get:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/VehicleFilter'\n",
    pass: 'paths:\n  /vehicles:\n    get:\n      parameters:\n        - name: colour\n          in: query\n          schema:\n            type: string\n',
  },
  swagger2: true,
  oas3,
  oas2,
  builtIn: { 'path-not-include-query': 'error' },
};

export default rule;
