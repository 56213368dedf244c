import type { GdsRule } from '../rule.ts';

/** Implemented by Redocly built-ins; their findings are reported under this rule's id. */
const rule: GdsRule = {
  id: 'gds-operation-id',
  title: 'Give every operation an operationId',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'Every endpoint must have a unique operationId specified.',
    source: 'CDDO API standards linting ruleset (GOV.UK baseline), rule operation-id',
    url: 'https://github.com/co-cddo/api-standards-linting',
  },
  tcop: 9,
  checks:
    'Every operation of the API (not callbacks or webhooks, which the client serves) has a non-empty `operationId` made only of characters allowed in a URL. (Duplicate `operationId`s make the document invalid and are reported by gds-valid-openapi.)',
  why: 'The operationId is the stable name that links, generated client code and the catalogue\'s reference pages use for the operation; without it, links break when paths change.',
  fix: 'Add an `operationId` to each operation, unique in the document, in one consistent style such as camelCase verbs and nouns: `getVehicle`, `listVehicles`.',
  examples: {
    at: '',
    fail: 'paths:\n  /vehicles:\n    get:\n      summary: List vehicles\n',
    pass: 'paths:\n  /vehicles:\n    get:\n      operationId: listVehicles\n      summary: List vehicles\n',
  },
  swagger2: true,
  builtIn: { 'operation-operationId': 'error', 'operation-operationId-url-safe': 'error' },
  builtInSkipsCallbacks: true,
};

export default rule;
