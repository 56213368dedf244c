import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { SchemaChecker, type Direction } from '../rule-support/json-schema.ts';
import { reportCause } from '../rule-support/report.ts';

const ID = 'gds-examples';
const reference = ruleReference(ID);
/** Media types whose bodies are files or parts, where an inline example does not help. */
const NO_EXAMPLE_NEEDED = /^(multipart\/|image\/|audio\/|video\/|font\/|application\/(octet-stream|pdf|zip|gzip|x-tar)\b)/i;
const SUCCESS = /^2(\d\d|XX)$/i;

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Found {
  node: unknown;
  location: Location;
}

/** Follows a `$ref` (relative to the file at `at`); a plain value stays where it is. */
function resolveAt(resolve: UserContext['resolve'], value: unknown, at: Location): Found | undefined {
  if (isObject(value) && typeof value['$ref'] === 'string') {
    const found = resolve(value as { $ref: string }, at.source.absoluteRef);
    return found.node === undefined ? undefined : { node: found.node, location: found.location };
  }
  return { node: value, location: at };
}

/**
 * Returns a test for "this schema carries an example": on itself, its array `items`, one of its
 * `allOf`/`oneOf`/`anyOf` members or one of its properties, however deep. Results are remembered
 * per schema object, so each schema is examined once per document however often it is used.
 */
function exampleFinder(): (resolve: UserContext['resolve'], schema: unknown, at: Location) => boolean {
  const memo = new Map<object, boolean>();
  const has = (resolve: UserContext['resolve'], schema: unknown, at: Location): boolean => {
    const found = resolveAt(resolve, schema, at);
    if (!found || !isObject(found.node)) return false;
    const node = found.node;
    const known = memo.get(node);
    if (known !== undefined) return known;
    memo.set(node, false); // a schema that contains itself does not count as its own example
    const result =
      node['example'] !== undefined ||
      (Array.isArray(node['examples']) && node['examples'].length > 0) ||
      (node['items'] !== undefined && has(resolve, node['items'], found.location.child('items'))) ||
      (['allOf', 'oneOf', 'anyOf'] as const).some((keyword) => {
        const members = node[keyword];
        return Array.isArray(members) && members.some((member, i) => has(resolve, member, found.location.child([keyword, i])));
      }) ||
      (isObject(node['properties']) &&
        Object.entries(node['properties']).some(([name, property]) => has(resolve, property, found.location.child(['properties', name]))));
    memo.set(node, result);
    return result;
  };
  return has;
}

/** True for a file upload or download, which needs no inline example. */
function isBinary(resolve: UserContext['resolve'], schema: unknown, at: Location): boolean {
  const node = resolveAt(resolve, schema, at)?.node;
  return isObject(node) && (node['format'] === 'binary' || node['contentMediaType'] !== undefined || node['contentEncoding'] !== undefined);
}

/** Checks every media type of a request body or response (`holder`, found at `at`). */
function checkContent(
  ctx: UserContext,
  holder: Fields,
  at: Location,
  what: string,
  reported: Set<string>,
  schemaHasExample: ReturnType<typeof exampleFinder>,
): void {
  const content = holder['content'];
  if (!isObject(content)) return;
  for (const [mediaType, media] of Object.entries(content)) {
    if (!isObject(media) || NO_EXAMPLE_NEEDED.test(mediaType)) continue;
    const mediaAt = at.child(['content', mediaType]);
    if (media['example'] !== undefined) continue;
    if (isObject(media['examples']) && Object.keys(media['examples']).length > 0) continue;
    if (isBinary(ctx.resolve, media['schema'], mediaAt.child('schema'))) continue;
    if (schemaHasExample(ctx.resolve, media['schema'], mediaAt.child('schema'))) continue;
    if (reported.has(mediaAt.absolutePointer)) continue;
    reported.add(mediaAt.absolutePointer);
    // A shared schema without an example is one root cause, however many operations use it.
    const shared = isObject(media['schema']) && typeof media['schema']['$ref'] === 'string' ? media['schema']['$ref'] : undefined;
    const name = shared?.split('/').pop();
    reportCause(ctx, ID, {
      message: shared
        ? `${what} \`${mediaType}\` has no \`example\` or \`examples\`, and its schema \`${name}\` has none: add a realistic \`example\` to \`${name}\`, which every body that uses it shows, or to each body.`
        : `${what} \`${mediaType}\` has no \`example\` or \`examples\` (and its schema has none): add a realistic example.`,
      location: mediaAt.key(),
      ...(shared ? { cause: `no-example:${shared}`, merge: true } : {}),
    });
  }
}

/** Which side a node under this pointer is on: request bodies and parameters are sent, responses received. */
function directionOf(pointer: string): Direction {
  if (/\/responses\//.test(pointer)) return 'response';
  if (/\/(requestBody|requestBodies|parameters)(\/|$)/.test(pointer)) return 'request';
  return 'either';
}

/**
 * Checks examples against their schemas: each example (however many places use it) once, its most
 * specific mismatch as one finding at the example.
 */
function exampleChecker(specVersion: string) {
  const checker = new SchemaChecker(specVersion);
  const checked = new Set<string>();
  return (ctx: UserContext, what: string, value: unknown, at: Location, schema: unknown, schemaAt: Location, direction: Direction): void => {
    const key = `${at.source.absoluteRef}#${at.pointer}`;
    if (checked.has(key) || value === undefined || schema === undefined) return;
    checked.add(key);
    const problems = checker.check(value, schema, schemaAt, ctx.resolve, direction);
    const [problem] = problems ?? [];
    if (!problem) return;
    reportCause(ctx, ID, {
      message: `${what} does not match its schema${problem.at ? ` at \`${problem.at}\`` : ''}: it ${problem.message}. Correct the example or the schema.`,
      location: at,
      cause: `invalid-example:${key}`,
    });
  };
}

/** Named examples of a media type or parameter (`examples: { name: { value } }`), each followed through `$ref`. */
function namedExamples(ctx: UserContext, node: Fields, at: Location): { name: string; value: unknown; location: Location }[] {
  const examples = node['examples'];
  if (!isObject(examples)) return [];
  const out: { name: string; value: unknown; location: Location }[] = [];
  for (const [name, raw] of Object.entries(examples)) {
    const found = resolveAt(ctx.resolve, raw, at.child(['examples', name]));
    if (found && isObject(found.node) && found.node['value'] !== undefined) out.push({ name, value: found.node['value'], location: found.location.child('value') });
  }
  return out;
}

const validation3 = (specVersion: string) => {
  const check = exampleChecker(specVersion);
  const schemaAt = (ctx: UserContext) => ctx.location.child('schema');
  return {
    MediaType(media: object, ctx: UserContext) {
      const fields = media as Fields;
      if (fields['schema'] === undefined) return;
      const mediaType = String(ctx.key);
      const direction = directionOf(ctx.location.pointer);
      check(ctx, `The \`${mediaType}\` example`, fields['example'], ctx.location.child('example'), fields['schema'], schemaAt(ctx), direction);
      for (const e of namedExamples(ctx, fields, ctx.location)) check(ctx, `The \`${mediaType}\` example \`${e.name}\``, e.value, e.location, fields['schema'], schemaAt(ctx), direction);
    },
    Parameter(parameter: object, ctx: UserContext) {
      const fields = parameter as Fields;
      if (fields['schema'] === undefined) return;
      const name = String(fields['name']);
      check(ctx, `The example of parameter \`${name}\``, fields['example'], ctx.location.child('example'), fields['schema'], schemaAt(ctx), 'request');
      for (const e of namedExamples(ctx, fields, ctx.location)) check(ctx, `Example \`${e.name}\` of parameter \`${name}\``, e.value, e.location, fields['schema'], schemaAt(ctx), 'request');
    },
    Schema(schema: object, ctx: UserContext) {
      const fields = schema as Fields;
      check(ctx, 'The schema\'s `example`', fields['example'], ctx.location.child('example'), schema, ctx.location, 'either');
      const list = fields['examples'];
      if (Array.isArray(list)) list.forEach((value, i) => check(ctx, `The schema's \`examples[${i}]\``, value, ctx.location.child(['examples', i]), schema, ctx.location, 'either'));
    },
  };
};

const validation2 = () => {
  const check = exampleChecker('oas2');
  return {
    Response(response: object, ctx: UserContext) {
      const fields = response as Fields;
      const examples = fields['examples'];
      if (fields['schema'] === undefined || !isObject(examples)) return;
      for (const [mediaType, value] of Object.entries(examples)) {
        check(ctx, `The \`${mediaType}\` example`, value, ctx.location.child(['examples', mediaType]), fields['schema'], ctx.location.child('schema'), 'response');
      }
    },
    Schema(schema: object, ctx: UserContext) {
      check(ctx, 'The schema\'s `example`', (schema as Fields)['example'], ctx.location.child('example'), schema, ctx.location, 'either');
    },
  };
};

const oas3: Oas3Rule = () => {
  const reported = new Set<string>();
  const schemaHasExample = exampleFinder();
  let validation: ReturnType<typeof validation3> | undefined;
  return {
    Root(_root, ctx) {
      validation = validation3(ctx.specVersion);
    },
    MediaType: (media, ctx) => validation?.MediaType(media, ctx),
    Parameter: (parameter, ctx) => validation?.Parameter(parameter, ctx),
    Schema: (schema, ctx) => validation?.Schema(schema, ctx),
    Operation(operation, ctx) {
      const { location, resolve } = ctx;
      const fields = operation as unknown as Fields;
      const body = resolveAt(resolve, fields['requestBody'], location.child('requestBody'));
      if (body && isObject(body.node)) checkContent(ctx, body.node, body.location, 'Request body', reported, schemaHasExample);
      const responses = fields['responses'];
      if (!isObject(responses)) return;
      for (const [code, response] of Object.entries(responses)) {
        if (!SUCCESS.test(code)) continue;
        const found = resolveAt(resolve, response, location.child(['responses', code]));
        if (found && isObject(found.node)) checkContent(ctx, found.node, found.location, `Response \`${code}\``, reported, schemaHasExample);
      }
    },
  };
};

const oas2: Oas2Rule = () => {
  const reported = new Set<string>();
  const schemaHasExample = exampleFinder();
  const validation = validation2();
  const once = (ctx: UserContext, at: Location, message: string): void => {
    if (reported.has(at.absolutePointer)) return;
    reported.add(at.absolutePointer);
    ctx.report({ message, location: at.key(), reference });
  };
  return {
    Response: (response, ctx) => validation.Response(response, ctx),
    Schema: (schema, ctx) => validation.Schema(schema, ctx),
    Operation(operation, ctx) {
      const { location, resolve } = ctx;
      const fields = operation as unknown as Fields;
      const parameters = fields['parameters'];
      if (Array.isArray(parameters)) {
        parameters.forEach((parameter, i) => {
          const found = resolveAt(resolve, parameter, location.child(['parameters', i]));
          if (!found || !isObject(found.node) || found.node['in'] !== 'body') return;
          const schemaAt = found.location.child('schema');
          if (found.node['x-example'] !== undefined || isBinary(resolve, found.node['schema'], schemaAt)) return;
          if (!schemaHasExample(resolve, found.node['schema'], schemaAt)) {
            once(ctx, found.location, `Body parameter \`${String(found.node['name'])}\` has no example in its \`schema\`: add a realistic \`example\`.`);
          }
        });
      }
      const responses = fields['responses'];
      if (!isObject(responses)) return;
      for (const [code, response] of Object.entries(responses)) {
        if (!SUCCESS.test(code)) continue;
        const found = resolveAt(resolve, response, location.child(['responses', code]));
        if (!found || !isObject(found.node) || found.node['schema'] === undefined) continue;
        const schemaAt = found.location.child('schema');
        const examples = found.node['examples'];
        if (isObject(examples) && Object.keys(examples).length > 0) continue;
        if (isBinary(resolve, found.node['schema'], schemaAt) || schemaHasExample(resolve, found.node['schema'], schemaAt)) continue;
        once(ctx, found.location, `Response \`${code}\` has no \`examples\` (and its schema has no \`example\`): add a realistic example.`);
      }
    },
  };
};

const rule: GdsRule = {
  id: ID,
  title: 'Give example requests and responses',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'For each endpoint, you should provide an example request …',
    source: 'Writing API reference documentation',
    url: 'https://www.gov.uk/guidance/writing-api-reference-documentation',
  },
  tcop: 8,
  checks:
    'Every request body media type and every 2xx response media type has an `example` or `examples`, or its schema has one (on the schema itself, its array `items`, an `allOf`/`oneOf`/`anyOf` member or any of its properties, following `$ref`s). File uploads and downloads (multipart, binary, images, PDF) are exempt. Every example, on media types, parameters and schemas alike, must match its schema (`readOnly` properties need not be in a request example, nor `writeOnly` ones in a response example; `date`, `date-time` and `uuid` formats are checked); each example that does not is one finding, with its first mismatch.',
  why: 'A worked example shows users what to send and what they get back far faster than a schema does, and lets them try the API before writing code.',
  fix: 'Add an `example` to each request body and success response media type (in Swagger 2.0, `examples` on the response and an `example` on the body schema), using realistic but not real data.',
  examples: {
    at: '/paths/~1vehicles~1{registrationNumber}/get',
    fail: "responses:\n  '200':\n    description: The vehicle.\n    content:\n      application/json:\n        schema:\n          type: object\n          properties:\n            registrationNumber: { type: string }\n            make: { type: string }\n        example:\n          registrationNumber: AB12CDE\n          make: 1908\n",
    pass: "responses:\n  '200':\n    description: The vehicle.\n    content:\n      application/json:\n        schema:\n          type: object\n          properties:\n            registrationNumber: { type: string }\n            make: { type: string }\n        example:\n          registrationNumber: AB12CDE\n          make: Ford\n",
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
