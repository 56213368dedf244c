import type { Location, Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, isErrorStatus, type Obj } from '../rule-support/nodes.ts';
import { walkSchema } from '../rule-support/schema-walk.ts';
import { eachResponse, onEveryOperation } from '../rule-support/visitors.ts';

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
  const seenSchemas = new Set<object>();
  return onEveryOperation(
    eachResponse(isErrorKey, (response, responseLocation, _code, ctx) => {
      for (const body of bodySchemas(response, responseLocation)) {
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
    }),
  );
}

const oas3: Oas3Rule = () =>
  errorBodyChecker((response, location) => {
    const content = asObj(response['content']) ?? {};
    return Object.keys(content).flatMap((mediaType) => {
      const media = asObj(content[mediaType]);
      return media && media['schema'] !== undefined ? [{ schema: media['schema'], location: location.child(['content', mediaType, 'schema']) }] : [];
    });
  });

const oas2: Oas2Rule = () =>
  errorBodyChecker((response, location) => (response['schema'] !== undefined ? [{ schema: response['schema'], location: location.child('schema') }] : []));

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
    at: '/components/schemas',
    fail:
      'Problem:\n  type: object\n  properties:\n    title:\n      type: string\n    stackTrace:\n      type: string\n',
    pass:
      'Problem:\n  type: object\n  properties:\n    title:\n      type: string\n    correlationId:\n      type: string\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
