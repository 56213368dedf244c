import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { regexTemplates } from '../rule-support/path-templates.ts';
import { reportCause } from '../rule-support/report.ts';

const ID = 'gds-valid-openapi';
const reference = ruleReference(ID);

/** `GET /vehicles` for an operation under `paths`, otherwise its JSON pointer. */
function describeOperation(pointer: string, method: string | number): string {
  const path = /^#\/paths\/([^/]+)\/[^/]+$/.exec(pointer)?.[1];
  if (path === undefined) return `\`${pointer.replace(/^#/, '')}\``;
  return `\`${String(method).toUpperCase()} ${path.replace(/~1/g, '/').replace(/~0/g, '~')}\``;
}

/**
 * Duplicate `operationId`s, reported on the second and later uses. (Redocly's built-in
 * `operation-operationId-unique` points at a node that does not exist, so this replaces it.)
 */
const uniqueOperationIds: Oas3Rule & Oas2Rule = () => {
  const firstUse = new Map<string, string>();
  return {
    Operation(operation: object, { report, location, key }: UserContext) {
      const id: unknown = (operation as Record<string, unknown>)['operationId'];
      if (typeof id !== 'string' || id === '') return;
      const where = describeOperation(location.pointer, key);
      const first = firstUse.get(id);
      if (first === undefined) {
        firstUse.set(id, where);
        return;
      }
      report({
        message: `\`operationId\` \`${id}\` is already used by ${first}: every operation needs its own.`,
        location: location.child('operationId'),
        reference,
      });
    },
  };
};

/**
 * A framework's regular-expression template (`{id:[0-9a-f]+}`) is not an OpenAPI path template: one
 * finding per path, naming the syntax and the fix. (root-causes.ts drops what the built-ins say
 * about the same path.)
 */
function checkTemplates(path: string, ctx: UserContext): void {
  const templates = regexTemplates(path);
  if (templates.length === 0) return;
  const [first] = templates;
  const written = templates.map((t) => `\`${t.written}\``).join(', ');
  const plain = templates.map((t) => `\`{${t.name}}\``).join(', ');
  reportCause(ctx, ID, {
    message: `Path \`${path}\` writes its parameter${templates.length > 1 ? 's' : ''} as ${written}, a framework's regular-expression syntax (Spring, JAX-RS) that OpenAPI does not have: write ${plain} and give the parameter \`schema: { type: string, pattern: '^${first!.pattern}$' }\`.`,
    location: ctx.location.key(),
    cause: `regex-template:${path}`,
  });
}

/**
 * Path parameters must be required: the specifications say `required` MUST be `true` for them (3.x
 * has no default for it, so leaving it out is the same mistake). Each parameter once.
 */
function pathParametersRequired(): (parameter: object, ctx: UserContext) => void {
  const seen = new Set<string>();
  return (parameter, ctx) => {
    const p = parameter as Record<string, unknown>;
    if (p['in'] !== 'path' || p['required'] === true) return;
    const at = `${ctx.location.source.absoluteRef}${ctx.location.pointer}`;
    if (seen.has(at)) return;
    seen.add(at);
    const name = typeof p['name'] === 'string' ? p['name'] : '';
    const wrote = p['required'] === undefined ? 'has no `required`' : `has \`required: ${JSON.stringify(p['required'])}\``;
    reportCause(ctx, ID, {
      message: `Path parameter \`${name}\` ${wrote}: a path parameter is always required, so write \`required: true\`.`,
      location: p['required'] === undefined ? ctx.location.key() : ctx.location.child('required'),
      cause: 'path-parameter-not-required',
    });
  };
}

const structure: Oas3Rule & Oas2Rule = (options) => ({
  ...(uniqueOperationIds(options) as object),
  Paths: { PathItem: (_item: object, ctx: UserContext) => checkTemplates(String(ctx.key), ctx) },
  Parameter: pathParametersRequired(),
}) as never;

/** Mostly Redocly built-ins, whose findings are reported under this rule's id. */
const rule: GdsRule = {
  id: ID,
  title: 'Publish a valid OpenAPI document',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'is both machine and human readable',
    source: 'API technical and data standards: Develop a specification before you start to code',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 4,
  checks:
    'The document is valid against the schema of its OpenAPI or Swagger version (values under `x-` extensions are free); every `$ref` resolves (each unresolvable target is one finding); every path parameter is declared, `required: true` and used; path templates are plain names, not a framework\'s regular expressions such as `{id:[0-9a-f]+}`; no two paths are the same once parameter names are ignored; `operationId`s are unique; an operation lists each parameter once; path templates have no empty `{}`; an example has a `value` or an `externalValue`, not both; component names use only the allowed characters.',
  why: 'Tools can only render, test and generate clients from a document that follows its specification; an invalid document also cannot be trusted as a description of the API.',
  fix: 'Run the document through a validator, then fix each finding: correct misspelt or misplaced fields, make every `$ref` point at something that exists, and declare every `{parameter}` used in a path.',
  examples: {
    at: '',
    fail: 'paths:\n  /vehicles/{registrationNumber}:\n    get:\n      operationId: getVehicle\n      responses:\n        \'200\':\n          $ref: \'#/components/responses/Vehicle\'\n',
    pass: 'paths:\n  /vehicles/{registrationNumber}:\n    get:\n      operationId: getVehicle\n      parameters:\n        - name: registrationNumber\n          in: path\n          required: true\n          schema: { type: string }\n      responses:\n        \'200\':\n          $ref: \'#/components/responses/Vehicle\'\ncomponents:\n  responses:\n    Vehicle:\n      description: The vehicle.\n',
  },
  swagger2: true,
  oas3: structure,
  oas2: structure,
  builtIn: {
    struct: 'error',
    'no-unresolved-refs': 'error',
    'path-parameters-defined': 'error',
    'no-identical-paths': 'error',
    'operation-parameters-unique': 'error',
    'path-declaration-must-exist': 'error',
    'no-example-value-and-externalValue': 'error',
    'spec-components-invalid-map-name': 'error',
  },
};

export default rule;
