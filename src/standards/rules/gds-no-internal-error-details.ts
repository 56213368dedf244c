import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, isErrorStatus, type Obj } from '../rule-support/nodes.ts';
import { resolveAt, walkSchema } from '../rule-support/schema-walk.ts';

const ID = 'gds-no-internal-error-details';

/** Property names (lower case, without `_` and `-`) that expose the implementation. */
const INTERNAL = new Set(['stacktrace', 'stack', 'exception', 'exceptionmessage', 'trace', 'sql', 'sqlstate', 'debug', 'debuginfo', 'internalmessage', 'internalerror']);

const isInternal = (name: string): boolean => INTERNAL.has(name.toLowerCase().replace(/[-_]/g, ''));

/** Error responses are 4xx, 5xx and `default` (which clients treat as an error). */
const isErrorKey = (code: string): boolean => isErrorStatus(code) || code === 'default';

/**
 * Checks every schema reachable from the body of an error response. Response and schema nodes are
 * each looked at once per lint run, however many operations share them.
 */
function errorBodyChecker(bodySchemas: (response: Obj, location: Location) => { schema: unknown; location: Location }[]) {
  const seenResponses = new Set<object>();
  const seenSchemas = new Set<object>();
  return (operation: Obj, ctx: UserContext): void => {
    const responses = asObj(operation['responses']);
    if (!responses) return;
    for (const code of Object.keys(responses)) {
      if (!isErrorKey(code)) continue;
      const r = resolveAt(responses[code], ctx.location.child(['responses', code]), ctx.resolve);
      if (!r || seenResponses.has(r.node)) continue;
      seenResponses.add(r.node);
      for (const body of bodySchemas(r.node, r.location)) {
        walkSchema(body.schema, body.location, ctx.resolve, ({ schema, location }) => {
          const properties = asObj(schema['properties']);
          if (!properties) return;
          for (const name of Object.keys(properties)) {
            if (!isInternal(name)) continue;
            ctx.report({
              message: `Error body property \`${name}\` exposes internal details of the system; leave it out of responses.`,
              location: location.child(['properties', name]).key(),
              reference: ruleReference(ID),
            });
          }
        }, seenSchemas);
      }
    }
  };
}

const oas3: Oas3Rule = () => {
  const check = errorBodyChecker((response, location) => {
    const content = asObj(response['content']) ?? {};
    return Object.keys(content).flatMap((mediaType) => {
      const media = asObj(content[mediaType]);
      return media && media['schema'] !== undefined ? [{ schema: media['schema'], location: location.child(['content', mediaType, 'schema']) }] : [];
    });
  });
  return { Paths: { PathItem: { Operation: (op, ctx) => check(op as unknown as Obj, ctx) } } };
};

const oas2: Oas2Rule = () => {
  const check = errorBodyChecker((response, location) =>
    response['schema'] !== undefined ? [{ schema: response['schema'], location: location.child('schema') }] : [],
  );
  return { Paths: { PathItem: { Operation: (op, ctx) => check(op as unknown as Obj, ctx) } } };
};

const rule: GdsRule = {
  id: ID,
  title: 'Keep technical details out of error responses',
  severity: 'warn',
  level: 'gold',
  standard: {
    quote: 'Do not include non-essential information which could help an attacker target the service – for example, technical details of the system',
    source: 'API technical and data standards (2024)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 6,
  checks:
    'Schemas of 4xx, 5xx and `default` response bodies, including nested objects, have no property named `stackTrace`, `stack`, `exception`, `trace`, `sql`, `debug` or `internalMessage` (in any casing, with or without `_` or `-`).',
  why: 'Stack traces, exception names and SQL tell an attacker which software and data structures sit behind the API, and help them target it.',
  fix: 'Remove these properties from error schemas and log the details on the server instead. Return a plain-English `detail` and, if support needs to find the log entry, a correlation id.',
  examples: {
    fail:
      'Error:\n  type: object\n  properties:\n    message:\n      type: string\n    stackTrace:\n      type: string\n',
    pass:
      'Error:\n  type: object\n  properties:\n    message:\n      type: string\n    correlationId:\n      type: string\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
