import { isRef, type Location, type Oas2Rule, type Oas3Rule, type UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString, schemaTypes, type Obj } from '../rule-support/nodes.ts';
import { visitingCallbackOrWebhook } from '../rule-support/callbacks.ts';
import { parameterSchema } from '../rule-support/parameters.ts';
import { resolveAt, walkSchema, type VisitedSchema } from '../rule-support/schema-walk.ts';

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

const hasProperties = (schema: Obj): boolean => Object.keys(asObj(schema['properties']) ?? {}).length > 0;

/** Closed to unknown properties by its own keywords; `additionalProperties: <schema>` (a dictionary) counts. */
function closesItself(schema: Obj, oas31: boolean): boolean {
  if (oas31 && schema['unevaluatedProperties'] === false) return true;
  const additional = schema['additionalProperties'];
  return additional === false || asObj(additional) !== undefined;
}

const CLOSE = 'set `additionalProperties: false` so they are rejected (for a dictionary, `additionalProperties: <schema>` of its values is fine)';
const CLOSE_COMPOSED = 'set `unevaluatedProperties: false` so they are rejected';

/** A part of an `allOf` that declares properties: the combining schema itself or one of its members. */
interface Part {
  schema: Obj;
  /** `` `Vehicle` `` for a `$ref`, `member 2 of `allOf`` inline, undefined for the combining schema. */
  name?: string;
}

function allOfParts(schema: Obj, location: Location, resolve: UserContext['resolve']): Part[] {
  const parts: Part[] = hasProperties(schema) ? [{ schema }] : [];
  (schema['allOf'] as unknown[]).forEach((member, i) => {
    const r = resolveAt(member, location.child(['allOf', i]), resolve);
    if (!r || !hasProperties(r.node)) return;
    const ref = isRef(member) ? member.$ref.split('/').pop() : undefined;
    parts.push({ schema: r.node, name: ref ? `\`${ref}\`` : `member ${i + 1} of \`allOf\`` });
  });
  return parts;
}

/**
 * How to close an `allOf` whose objects let unknown properties through, or undefined when it is
 * closed. In 3.0 `additionalProperties` sees only the properties next to it, so a closed member is
 * the most a document can do; 3.1 closes the combination with `unevaluatedProperties: false`.
 */
function allOfFix(schema: Obj, location: Location, resolve: UserContext['resolve'], oas31: boolean): string | undefined {
  const parts = allOfParts(schema, location, resolve);
  if (parts.length === 0) return undefined;
  const closed = parts.filter((p) => closesItself(p.schema, oas31));
  if (oas31) return parts.length === 1 && closed.length === 1 ? undefined : CLOSE_COMPOSED;
  if (closed.length > 0) return undefined;
  if (parts.length > 1) return 'merge its objects into one with `additionalProperties: false` (OpenAPI 3.0 cannot close an `allOf` of several objects; 3.1 has `unevaluatedProperties: false`)';
  const only = parts[0]!;
  return only.name ? `set \`additionalProperties: false\` on ${only.name} so they are rejected` : CLOSE;
}

/** How to close an object schema that lets unknown properties through, or undefined when it does not. */
function unknownPropertiesFix({ schema, via, location }: VisitedSchema, resolve: UserContext['resolve'], oas31: boolean): string | undefined {
  // An `allOf` member is judged with the schema that combines it.
  if (via === 'allOf' || closesItself(schema, oas31)) return undefined;
  if (Array.isArray(schema['allOf'])) return allOfFix(schema, location, resolve, oas31);
  if (isComposed(schema)) {
    // In 3.0 a `oneOf` or `anyOf` cannot be closed without rejecting its own members' properties.
    return oas31 && (schemaTypes(schema).includes('object') || hasProperties(schema)) ? CLOSE_COMPOSED : undefined;
  }
  // An object without `properties` is a free-form map: nothing to close.
  return hasProperties(schema) ? CLOSE : undefined;
}

function label({ via, name, index }: VisitedSchema): string {
  if (via === 'property') return `Property \`${name}\``;
  if (via === 'root') return 'The request body schema';
  if (index !== undefined) return `Member ${index + 1} of \`${via}\``;
  return `The \`${via}\` schema`;
}

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
      const fix = unknownPropertiesFix(visited, resolve, oas31);
      if (fix) report({ message: `${label(visited)} accepts unknown properties; ${fix}.`, location: visited.location, reference: ruleReference(ID) });
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
    'In request bodies and in path and query parameters (not in callbacks or webhooks, whose payloads the API sends), strings have a `maxLength`, `pattern`, `format` or `enum`; numbers have a `minimum` or `maximum`; arrays have `maxItems`. Request body objects with `properties` reject unknown ones with `additionalProperties: false` (or a schema for them); objects without `properties` are free-form maps and are left alone. In OpenAPI 3.1 a composed schema (`allOf`, `oneOf`, `anyOf`) uses `unevaluatedProperties: false`; in 3.0 an `allOf` counts as closed when one of its objects is, and `oneOf` and `anyOf` are judged member by member. `readOnly` properties are skipped.',
  why: 'Unbounded input lets a client send huge or malformed values that reach databases and downstream systems. Tight schemas let the API reject bad requests early and tell attackers less, and they document what is valid.',
  fix: 'Add the limits your service really enforces to each input schema (`maxLength: 100`, `maximum: 1000`, `maxItems: 50`, an `enum` or a `pattern`) and close request objects with `additionalProperties: false`. A dictionary (keys chosen by the client) is fine as `additionalProperties: <schema>`, with the schema bounding its values.',
  examples: {
    at: '/components/schemas',
    fail: 'NewVehicle:\n  type: object\n  properties:\n    make:\n      type: string\n',
    pass: 'NewVehicle:\n  type: object\n  additionalProperties: false\n  properties:\n    make:\n      type: string\n      maxLength: 50\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
