import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

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
    ctx.report({
      message: `${what} \`${mediaType}\` has no \`example\` or \`examples\` (and its schema has none): add a realistic example.`,
      location: mediaAt.key(),
      reference,
    });
  }
}

const oas3: Oas3Rule = () => {
  const reported = new Set<string>();
  const schemaHasExample = exampleFinder();
  return {
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
  const once = (ctx: UserContext, at: Location, message: string): void => {
    if (reported.has(at.absolutePointer)) return;
    reported.add(at.absolutePointer);
    ctx.report({ message, location: at.key(), reference });
  };
  return {
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
    'Every request body media type and every 2xx response media type has an `example` or `examples`, or its schema has one (on the schema itself, its array `items`, an `allOf`/`oneOf`/`anyOf` member or any of its properties, following `$ref`s). File uploads and downloads (multipart, binary, images, PDF) are exempt. Examples given on media types and parameters must also match their schemas (Redocly\'s media-type and parameter example checks); examples inside schemas are not validated, to keep linting fast.',
  why: 'A worked example shows users what to send and what they get back far faster than a schema does, and lets them try the API before writing code.',
  fix: 'Add an `example` to each request body and success response media type (in Swagger 2.0, `examples` on the response and an `example` on the body schema), using realistic but not real data.',
  examples: {
    fail: "responses:\n  '200':\n    description: The vehicle.\n    content:\n      application/json:\n        schema:\n          $ref: '#/components/schemas/Vehicle'\n",
    pass: "responses:\n  '200':\n    description: The vehicle.\n    content:\n      application/json:\n        schema:\n          $ref: '#/components/schemas/Vehicle'\n        example:\n          registrationNumber: AB12CDE\n          make: Ford\n",
  },
  swagger2: true,
  oas3,
  oas2,
  builtIn: { 'no-invalid-media-type-examples': 'warn', 'no-invalid-parameter-examples': 'warn' },
};

export default rule;
