import type { GdsRule } from '../rule.ts';

const rule: GdsRule = {
  id: 'gds-security-defined',
  title: 'Decide how every operation is secured',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'In general you should make all users of your API authenticate their identities.',
    source: 'API technical and data standards (2024): Control access to your API',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 6,
  checks:
    'Every operation is covered by a `security` requirement, at the root or on the operation, and every scheme a requirement names is defined in `components/securitySchemes` (Swagger 2.0: `securityDefinitions`). An operation that is open on purpose says so with `security: []`. Runs Redocly’s `security-defined` rule.',
  why: 'Without a security requirement, users cannot tell whether an endpoint is open by design or by mistake, and code generators produce clients that send no credentials.',
  fix: 'Add a root `security` requirement that names a defined scheme, and override it per operation where needed. Mark endpoints that are deliberately anonymous with `security: []`, and serve only open data from them.',
  examples: {
    fail: "paths:\n  /vehicles:\n    get:\n      summary: List vehicles\n      responses:\n        '200':\n          description: Vehicles.\n",
    pass: "security:\n  - oauth2: [vehicles:read]\npaths:\n  /vehicles:\n    get:\n      summary: List vehicles\n      responses:\n        '200':\n          description: Vehicles.\n",
  },
  swagger2: true,
  builtIn: { 'security-defined': 'error' },
};

export default rule;
