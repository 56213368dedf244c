import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { pointerToPath } from '../../yaml/parse.ts';
import { words } from '../rule-support/nodes.ts';

const ID = 'gds-typed-schemas';
const reference = ruleReference(ID);
/** Keywords that give a schema its type some other way. */
const TYPE_FROM = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not'] as const;

type Fields = Record<string, unknown>;
/** The node's fields, for reading keys the typings do not declare. */
const fieldsOf = (node: object): Fields => node as Fields;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for an inline schema object with no `type` and nothing standing in for it. */
const untyped = (schema: unknown): boolean =>
  isObject(schema) && schema['type'] === undefined && !TYPE_FROM.some((keyword) => schema[keyword] !== undefined);

/** The declared types of a schema or Swagger 2.0 parameter (3.1 allows a list). */
const typesOf = (node: Fields): unknown[] => (Array.isArray(node['type']) ? node['type'] : [node['type']]);
/** Last words of names that count things: a count is a whole number. */
const COUNT_WORDS = new Set(['count', 'counts', 'number', 'quantity', 'size', 'length', 'limit', 'offset', 'page', 'pages', 'index', 'position', 'total', 'attempts', 'retries', 'days', 'hours', 'minutes', 'seconds', 'years', 'months', 'weeks']);
/** Last words of names that are sums of money. */
const MONEY_WORDS = new Set(['amount', 'price', 'cost', 'fee', 'fees', 'balance', 'pence', 'pounds', 'charge', 'charges', 'refund', 'payment']);

/**
 * What a `number` or `integer` without a `format` should say, or undefined, by what its name says
 * it holds: a count is an integer; money has a fixed precision (`multipleOf: 0.01`, or whole pence
 * as an integer); any other number states its precision with `format`.
 */
function numericAdvice(node: Fields, name: string | undefined): string | undefined {
  if (node['format'] !== undefined) return undefined;
  const types = typesOf(node);
  if (types.includes('integer')) return 'is `type: integer` with no `format`: say how big it can be, `format: int32` or `format: int64`';
  if (!types.includes('number') || node['multipleOf'] !== undefined) return undefined;
  const last = name === undefined ? undefined : words(name).at(-1);
  if (last !== undefined && COUNT_WORDS.has(last)) return 'is `type: number`, but it counts something: make it `type: integer` with `format: int32` (or `int64`)';
  if (last !== undefined && MONEY_WORDS.has(last)) return 'is `type: number` with no precision: money needs an exact one, such as `multipleOf: 0.01` (or whole pence as `type: integer`)';
  return 'is `type: number` with no `format`: state its precision, `format: double` or `format: float`';
}

/** The property or parameter name a schema at these pointer keys belongs to. */
function nameAt(keys: readonly string[], parent: unknown): string | undefined {
  const [last, before] = [keys[keys.length - 1], keys[keys.length - 2]];
  if (before === 'properties' || before === 'schemas' || before === 'definitions') return last;
  if (last === 'schema' && isObject(parent) && typeof parent['name'] === 'string') return parent['name'];
  return undefined;
}

/** How a message names the schema at these pointer keys: `Property \`price\``, `Schema \`Amount\``, `Parameter \`limit\``. */
function schemaName(keys: readonly string[], parent: unknown): string {
  const [last, before] = [keys[keys.length - 1], keys[keys.length - 2]];
  if (before === 'properties') return `Property \`${last}\``;
  if (before === 'schemas' || before === 'definitions') return `Schema \`${last}\``;
  if (last === 'items' && keys.length > 1) {
    const owner = schemaName(keys.slice(0, -1), undefined);
    return `Items of ${owner.charAt(0).toLowerCase()}${owner.slice(1)}`;
  }
  if (last === 'schema' && isObject(parent) && typeof parent['in'] === 'string') return `Parameter \`${String(parent['name'])}\``;
  return 'The schema';
}

const schemaVisitors = {
  Schema(schema: object, { report, location, parent }: UserContext) {
    const fields = fieldsOf(schema);
    const keys = pointerToPath(location.pointer);
    const advice = numericAdvice(fields, nameAt(keys, parent));
    if (advice) report({ message: `${schemaName(keys, parent)} ${advice}.`, location: location.key(), reference });
    if (untyped(fields['items'])) {
      report({ message: 'Array `items` has no `type`: say what type each item is, or `$ref` a named schema.', location: location.child('items').key(), reference });
    }
  },
  SchemaProperties(properties: object, { report, location }: UserContext) {
    for (const [name, property] of Object.entries(fieldsOf(properties))) {
      if (untyped(property)) {
        report({ message: `Property \`${name}\` has no \`type\`: give its data type, or \`$ref\` a named schema.`, location: location.child(name).key(), reference });
      }
    }
  },
};

const oas3: Oas3Rule = () => ({
  ...schemaVisitors,
  Parameter(parameter, { report, location }) {
    const fields = fieldsOf(parameter);
    const name = String(fields['name']);
    if (untyped(fields['schema'])) {
      report({ message: `Parameter \`${name}\` has a \`schema\` with no \`type\`: give its data type.`, location: location.child('schema').key(), reference });
    }
    const content = fields['content'];
    if (isObject(content)) {
      for (const [mediaType, media] of Object.entries(content)) {
        if (isObject(media) && untyped(media['schema'])) {
          report({
            message: `Parameter \`${name}\` has a \`${mediaType}\` schema with no \`type\`: give its data type.`,
            location: location.child(['content', mediaType, 'schema']).key(),
            reference,
          });
        }
      }
    }
  },
});

const oas2: Oas2Rule = () => ({
  ...schemaVisitors,
  Parameter(parameter, { report, location }) {
    const fields = fieldsOf(parameter);
    const name = String(fields['name']);
    if (fields['in'] === 'body') {
      if (untyped(fields['schema'])) {
        report({ message: `Body parameter \`${name}\` has a \`schema\` with no \`type\`: give its data type.`, location: location.child('schema').key(), reference });
      }
      return;
    }
    if (fields['type'] === undefined) {
      report({ message: `Parameter \`${name}\` has no \`type\`: give its data type.`, location: location.key(), reference });
    } else {
      const advice = numericAdvice(fields, name);
      if (advice) report({ message: `Parameter \`${name}\` ${advice}.`, location: location.key(), reference });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Give every parameter and property a data type',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'Specify data types and constraints for parameters and arguments, and give relevant examples.',
    source: 'Writing API reference documentation',
    url: 'https://www.gov.uk/guidance/writing-api-reference-documentation',
  },
  tcop: 10,
  checks:
    'Every parameter schema, schema property and array `items` has a `type`, or gets one from `$ref`, `allOf`, `anyOf`, `oneOf` or `not`. Every `integer` schema (and Swagger 2.0 parameter) has a `format`; every `number` has a `format` or states its precision with `multipleOf`. The advice follows the name: a number that counts something (`count`, `total`, `pageSize` …) should be an integer, and money (`amount`, `price`, `fee` …) needs an exact precision, not `format: double`.',
  why: 'Users and generated clients need to know what kind of value to send and expect; a number without a format leaves its size and precision open, which causes overflow and rounding bugs.',
  fix: 'Add `type` to each parameter schema and property (or `$ref` a named schema), and a `format` (`int32` or `int64`) to integers. Make counts integers; give money an exact precision (`multipleOf: 0.01`, or whole pence as an integer); give other numbers `format: double` or `format: float`.',
  examples: {
    at: '/components/schemas/Vehicle',
    fail: 'properties:\n  registrationNumber:\n    description: The registration number.\n  seats:\n    type: integer\n',
    pass: 'properties:\n  registrationNumber:\n    type: string\n    description: The registration number.\n  seats:\n    type: integer\n    format: int32\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
