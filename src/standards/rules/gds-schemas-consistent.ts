import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { asObj, type Obj } from '../../openapi/readers.ts';
import type { GdsRule } from '../rule.ts';
import { SchemaChecker } from '../rule-support/json-schema.ts';
import { schemaTypes } from '../rule-support/nodes.ts';
import { resolveAt } from '../rule-support/schema-walk.ts';
import { reportCause } from '../rule-support/report.ts';

const ID = 'gds-schemas-consistent';

/** The JSON type of a value, as a schema's `type` names it. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** Whether a value is of one of the schema types (`integer` is a number without a fraction; 3.0's `nullable` allows `null`). */
function fitsTypes(value: unknown, types: readonly string[], nullable: boolean): boolean {
  if (types.length === 0) return true;
  const t = jsonType(value);
  if (t === 'null') return nullable || types.includes('null');
  if (t === 'number' && Number.isInteger(value) && types.includes('integer')) return true;
  return types.includes(t);
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return `\`${text.length > 40 ? `${text.slice(0, 39)}…` : text}\``;
};

/** Bounds that no value can meet: `minimum` above `maximum`, `minLength` above `maxLength` … */
function impossibleBounds(schema: Obj): string | undefined {
  const pairs = [
    ['minimum', 'maximum'],
    ['minLength', 'maxLength'],
    ['minItems', 'maxItems'],
    ['minProperties', 'maxProperties'],
  ] as const;
  for (const [low, high] of pairs) {
    const a = schema[low];
    const b = schema[high];
    if (typeof a !== 'number' || typeof b !== 'number') continue;
    const exclusive = low === 'minimum' && (schema['exclusiveMinimum'] === true || schema['exclusiveMaximum'] === true);
    if (a > b || (exclusive && a === b)) return `\`${low}: ${a}\` is above \`${high}: ${b}\``;
  }
  return undefined;
}

/** A required property an object closed with `additionalProperties: false` cannot have. */
function impossibleRequired(schema: Obj): string | undefined {
  if (schema['additionalProperties'] !== false || schema['patternProperties'] !== undefined || !Array.isArray(schema['required'])) return undefined;
  const properties = asObj(schema['properties']) ?? {};
  const missing = schema['required'].filter((name): name is string => typeof name === 'string' && !(name in properties));
  return missing.length ? `it requires ${missing.map((n) => `\`${n}\``).join(', ')}, which \`properties\` does not list while \`additionalProperties: false\` forbids any other` : undefined;
}

/** `allOf` members (and the schema itself) that declare types with nothing in common. */
function conflictingAllOf(schema: Obj, location: Location, resolve: UserContext['resolve']): string | undefined {
  const list = schema['allOf'];
  if (!Array.isArray(list)) return undefined;
  const sets: string[][] = [];
  if (schemaTypes(schema).length) sets.push(schemaTypes(schema));
  list.forEach((member, i) => {
    const node = resolveAt(member, location.child(['allOf', i]), resolve)?.node;
    if (node && schemaTypes(node).length) sets.push(schemaTypes(node));
  });
  if (sets.length < 2) return undefined;
  const widen = (types: string[]): string[] => (types.includes('number') ? [...types, 'integer'] : types);
  const common = sets.map(widen).reduce((a, b) => a.filter((t) => b.includes(t)));
  return common.length === 0 ? `its \`allOf\` combines ${sets.map((s) => `\`type: ${s.join('|')}\``).join(' and ')}, which no value is at once` : undefined;
}

/** The check for one document; OpenAPI 3.0's `nullable` keyword counts only in 3.0 documents. */
function rule3(specVersion: string) {
  const nullableKeyword = specVersion === 'oas3_0';
  const checker = new SchemaChecker(specVersion);
  const seen = new Set<string>();
  return (schema: Obj, ctx: UserContext, where: 'schema' | 'parameter'): void => {
    const key = `${ctx.location.source.absoluteRef}#${ctx.location.pointer}`;
    if (seen.has(key)) return;
    seen.add(key);
    const types = schemaTypes(schema);
    const nullable = nullableKeyword && schema['nullable'] === true;
    const what = where === 'parameter' ? 'The parameter' : 'The schema';

    const impossible = impossibleBounds(schema) ?? impossibleRequired(schema) ?? conflictingAllOf(schema, ctx.location, ctx.resolve);
    if (impossible) {
      reportCause(ctx, ID, { message: `${what} can never be met: ${impossible}. Correct the bounds or the list.`, location: ctx.location.key(), cause: `unsatisfiable:${key}` });
      return;
    }

    const values = Array.isArray(schema['enum']) ? schema['enum'] : undefined;
    if (values && types.length) {
      const wrong = values.filter((v) => !fitsTypes(v, types, nullable));
      if (wrong.length) {
        const all = wrong.length === values.length;
        reportCause(ctx, ID, {
          message: all
            ? `${what} can never be met: none of its \`enum\` values is of its \`type: ${types.join('|')}\` (${wrong.slice(0, 3).map(shown).join(', ')}). Write the values as that type, or correct the type.`
            : `\`enum\` value${wrong.length > 1 ? 's' : ''} ${wrong.slice(0, 3).map(shown).join(', ')}${wrong.length > 3 ? ` and ${wrong.length - 3} more` : ''} ${wrong.length > 1 ? 'are' : 'is'} not of the schema's \`type: ${types.join('|')}\`, so no value can take ${wrong.length > 1 ? 'them' : 'it'}: write ${wrong.length > 1 ? "them" : "it"} as that type, or correct the type.`,
          location: ctx.location.child('enum'),
          cause: `enum-type:${key}`,
        });
        if (all) return; // a default cannot meet it either: the same cause
      }
    }

    if (schema['default'] !== undefined) {
      const [problem] = checker.check(schema['default'], schema, ctx.location, ctx.resolve, 'either') ?? [];
      if (problem) {
        reportCause(ctx, ID, {
          message: `The \`default\` ${shown(schema['default'])} does not match its schema${problem.at ? ` at \`${problem.at}\`` : ''}: it ${problem.message}. Correct the default or the schema.`,
          location: ctx.location.child('default'),
          cause: `default:${key}`,
          forceSeverity: 'warn',
        });
      }
    }
  };
}

const oas3: Oas3Rule = () => {
  let check: ((schema: Obj, ctx: UserContext, where: 'schema' | 'parameter') => void) | undefined;
  return {
    Root(_root, ctx) {
      check = rule3(ctx.specVersion);
    },
    Schema(schema, ctx) {
      check?.(schema as unknown as Obj, ctx, 'schema');
    },
  };
};

const oas2: Oas2Rule = () => {
  const check = rule3('oas2');
  return {
    Schema(schema, ctx) {
      check(schema as unknown as Obj, ctx, 'schema');
    },
    Parameter(parameter, ctx) {
      const fields = parameter as unknown as Obj;
      if (fields['in'] !== 'body') check(fields, ctx, 'parameter');
    },
  };
};

const rule: GdsRule = {
  id: ID,
  title: 'Make every schema one that values can meet',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'Specify data types and constraints for parameters and arguments, and give relevant examples.',
    source: 'Writing API reference documentation',
    url: 'https://www.gov.uk/guidance/writing-api-reference-documentation',
  },
  tcop: 10,
  checks:
    'Every `enum` value is of the schema\'s `type` (an error: no value can take it; OpenAPI 3.0\'s `nullable` allows `null`); no schema asks for what no value can be: `minimum` above `maximum` (and the same for lengths, items and properties), a required property that `additionalProperties: false` forbids, or `allOf` members of types with nothing in common. A `default` that does not match its schema is a warning, as both specifications require defaults to conform. Values under `x-` extensions and example data are not read as schemas.',
  why: 'A schema no value can meet rejects every request or describes responses that cannot exist, and code generated from it fails; a wrong default misleads users about what they get when they leave a value out.',
  fix: 'Quote enum values that YAML reads as numbers or booleans (`"01"`, `"yes"`), correct swapped bounds, list every required property under `properties`, and make each `default` a value the schema accepts.',
  examples: {
    at: '/components/schemas/Vehicle/properties/colour',
    fail: 'type: string\nenum: [black, blue, 1, 2]\n',
    pass: "type: string\nenum: [black, blue, '1', '2']\n",
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
