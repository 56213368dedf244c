import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

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
const numericWithoutFormat = (node: Fields): boolean =>
  node['format'] === undefined && typesOf(node).some((type) => type === 'number' || type === 'integer');

const schemaVisitors = {
  Schema(schema: object, { report, location }: UserContext) {
    const fields = fieldsOf(schema);
    if (numericWithoutFormat(fields)) {
      report({
        message: `Schema of \`type\` \`${typesOf(fields).filter((t) => t === 'number' || t === 'integer').join('`/`')}\` has no \`format\`: say how big the number can be, such as \`int32\`, \`int64\`, \`float\` or \`double\`.`,
        location: location.key(),
        reference,
      });
    }
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
    } else if (numericWithoutFormat(fields)) {
      report({
        message: `Parameter \`${name}\` of \`type\` \`${String(fields['type'])}\` has no \`format\`: say how big the number can be, such as \`int32\` or \`int64\`.`,
        location: location.key(),
        reference,
      });
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
    'Every parameter schema, schema property and array `items` has a `type`, or gets one from `$ref`, `allOf`, `anyOf`, `oneOf` or `not`. Every `number` or `integer` schema (and Swagger 2.0 parameter) has a `format`.',
  why: 'Users and generated clients need to know what kind of value to send and expect; a number without a format leaves its size and precision open, which causes overflow and rounding bugs.',
  fix: 'Add `type` to each parameter schema and property (or `$ref` a named schema), and a `format` such as `int32`, `int64` or `double` to numbers.',
  examples: {
    fail: 'properties:\n  registrationNumber:\n    description: The registration number.\n  seats:\n    type: integer\n',
    pass: 'properties:\n  registrationNumber:\n    type: string\n    description: The registration number.\n  seats:\n    type: integer\n    format: int32\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
