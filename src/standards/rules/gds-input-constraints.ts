import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString, schemaTypes, type Obj } from '../rule-support/nodes.ts';
import { visitingCallbackOrWebhook } from '../rule-support/callbacks.ts';
import { parameterSchema } from '../rule-support/parameters.ts';
import { walkSchema, type VisitedSchema } from '../rule-support/schema-walk.ts';

const ID = 'gds-input-constraints';

const has = (schema: Obj, ...keys: string[]): boolean => keys.some((k) => schema[k] !== undefined);

/** What a scalar or array schema leaves unbounded, or undefined. */
function scalarProblem(schema: Obj): string | undefined {
  if (has(schema, 'enum', 'const')) return undefined;
  const types = schemaTypes(schema);
  if (types.includes('string') && !has(schema, 'maxLength', 'pattern', 'format')) return 'is a string with no `maxLength`, `pattern`, `format` or `enum`';
  if ((types.includes('integer') || types.includes('number')) && !has(schema, 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum')) {
    return 'is a number with no `minimum` or `maximum`';
  }
  if (types.includes('array') && !has(schema, 'maxItems')) return 'is an array with no `maxItems`';
  return undefined;
}

const isComposed = (schema: Obj): boolean => ['allOf', 'oneOf', 'anyOf'].some((k) => Array.isArray(schema[k]));

/** Whether an object schema lets unknown properties through. */
function acceptsUnknownProperties(schema: Obj, via: VisitedSchema['via'], oas31: boolean): boolean {
  const types = schemaTypes(schema);
  const isObject = types.includes('object') || (types.length === 0 && asObj(schema['properties']) !== undefined);
  if (!isObject || via === 'allOf') return false;
  if (schema['unevaluatedProperties'] === false) return false;
  const additional = schema['additionalProperties'];
  if (additional === false || asObj(additional)) return false;
  // In 3.0 a composed schema cannot be closed without rejecting its own parts' properties.
  if (!oas31 && isComposed(schema)) return false;
  return true;
}

const label = ({ via, name }: VisitedSchema): string => (via === 'property' ? `Property \`${name}\`` : via === 'root' ? 'The request body schema' : `The \`${via}\` schema`);

/** Checks a request body schema and everything inside it; each schema once per lint run. */
function bodyChecker() {
  const seen = new Set<object>();
  return (schema: unknown, location: Location, { report, resolve, specVersion }: UserContext): void => {
    const oas31 = specVersion !== 'oas2' && specVersion !== 'oas3_0';
    walkSchema(schema, location, resolve, (visited) => {
      const s = visited.schema;
      if (s['readOnly'] === true) return false;
      const problem = scalarProblem(s);
      if (problem) {
        report({ message: `${label(visited)} ${problem}; bound what the API accepts.`, location: visited.location, reference: ruleReference(ID) });
      }
      if (acceptsUnknownProperties(s, visited.via, oas31)) {
        const fix = oas31 && isComposed(s) ? '`unevaluatedProperties: false`' : '`additionalProperties: false`';
        report({ message: `${label(visited)} accepts unknown properties; set ${fix} so they are rejected.`, location: visited.location, reference: ruleReference(ID) });
      }
      return undefined;
    }, seen);
  };
}

const isUrlParameter = (param: Obj): boolean => param['in'] === 'query' || param['in'] === 'path';

function checkParameterSchema(name: string, schema: Obj, location: Location, report: UserContext['report']): void {
  const problem = scalarProblem(schema);
  if (problem) report({ message: `Parameter \`${name}\` ${problem}; validate it.`, location, reference: ruleReference(ID) });
}

const oas3: Oas3Rule = () => {
  const checkBody = bodyChecker();
  const seenParameterSchemas = new Set<object>();
  return {
    RequestBody(body, ctx) {
      if (visitingCallbackOrWebhook(ctx)) return;
      const content = asObj(body.content) ?? {};
      for (const mediaType of Object.keys(content)) {
        const media = asObj(content[mediaType]);
        if (media?.['schema'] !== undefined) checkBody(media['schema'], ctx.location.child(['content', mediaType, 'schema']), ctx);
      }
    },
    Parameter(param, ctx) {
      const { report, location, resolve } = ctx;
      const p = param as unknown as Obj;
      const name = asString(p['name']);
      if (!name || !isUrlParameter(p) || visitingCallbackOrWebhook(ctx)) return;
      const schema = parameterSchema(p, location, resolve);
      if (!schema || seenParameterSchemas.has(schema.node)) return;
      seenParameterSchemas.add(schema.node);
      checkParameterSchema(name, schema.node, schema.location, report);
    },
  };
};

const oas2: Oas2Rule = () => {
  const checkBody = bodyChecker();
  return {
    Parameter(param, ctx) {
      const p = asObj(param);
      const name = p && asString(p['name']);
      if (!p || !name) return;
      if (p['in'] === 'body') {
        if (p['schema'] !== undefined) checkBody(p['schema'], ctx.location.child('schema'), ctx);
      } else if ((isUrlParameter(p) || p['in'] === 'formData') && p['type'] !== 'file') {
        checkParameterSchema(name, p, ctx.location, ctx.report);
      }
    },
  };
};

const rule: GdsRule = {
  id: ID,
  title: 'Constrain the input the API accepts',
  severity: 'warn',
  level: 'gold',
  standard: {
    quote: 'Endpoints that de-serialise data should enforce schema validation and reject unknown attributes.',
    source: 'API technical and data standards (2024)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 6,
  checks:
    'In request bodies and in path and query parameters (not in callbacks or webhooks, whose payloads the API sends), strings have a `maxLength`, `pattern`, `format` or `enum`; numbers have a `minimum` or `maximum`; arrays have `maxItems`. Request body objects reject unknown properties with `additionalProperties: false` (or a schema for them); in OpenAPI 3.1 a composed schema (`allOf`, `oneOf`, `anyOf`) uses `unevaluatedProperties: false`; in 3.0 composed schemas are left alone. `readOnly` properties are skipped.',
  why: 'Unbounded input lets a client send huge or malformed values that reach databases and downstream systems. Tight schemas let the API reject bad requests early and tell attackers less, and they document what is valid.',
  fix: 'Add the limits your service really enforces to each input schema (`maxLength: 100`, `maximum: 1000`, `maxItems: 50`, an `enum` or a `pattern`) and close request objects with `additionalProperties: false`.',
  examples: {
    fail: 'NewVehicle:\n  type: object\n  properties:\n    make:\n      type: string\n',
    pass: 'NewVehicle:\n  type: object\n  additionalProperties: false\n  properties:\n    make:\n      type: string\n      maxLength: 50\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
