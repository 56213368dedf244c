import type { GdsRule } from '../rule.ts';

/** Implemented by Redocly built-ins; their findings are reported under this rule's id. */
const rule: GdsRule = {
  id: 'gds-operation-documented',
  title: 'Summarise and describe every operation',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: "you should still list the methods applicable to the API you're documenting and describe their functionality",
    source: 'Writing API reference documentation',
    url: 'https://www.gov.uk/guidance/writing-api-reference-documentation',
  },
  tcop: 8,
  checks: 'Every operation of the API (not callbacks or webhooks, which the client serves) has a non-empty `summary` (an error when missing) and a non-empty `description` (a warning when missing).',
  why: 'The summary names the operation in navigation and search; the description tells readers what it does, when to use it and what to expect.',
  fix: 'Give each operation a short `summary` in a few words, such as "Get a vehicle", and a `description` of what it does and any rules it applies.',
  examples: {
    at: '',
    fail: 'paths:\n  /vehicles/{registrationNumber}:\n    get:\n      operationId: getVehicle\n',
    pass: 'paths:\n  /vehicles/{registrationNumber}:\n    get:\n      operationId: getVehicle\n      summary: Get a vehicle\n      description: Returns the record of one vehicle, found by its registration number.\n',
  },
  swagger2: true,
  builtIn: { 'operation-summary': 'error', 'operation-description': 'warn' },
  builtInSkipsCallbacks: true,
};

export default rule;
