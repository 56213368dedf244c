import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, type Obj } from '../rule-support/nodes.ts';
import { resolveAt } from '../rule-support/schema-walk.ts';

const ID = 'gds-rate-limit-documented';

/** `Retry-After`, IETF `RateLimit`/`RateLimit-Policy`/`RateLimit-*`, and the `X-RateLimit-*` family. */
const isRateLimitHeader = (name: string): boolean => /^(retry-after|ratelimit(-.+)?|x-rate-?limit([-_].+)?)$/i.test(name);

/** Anonymous: `security: []`, a `{}` alternative, or no security at all. */
function isAnonymous(operation: Obj, rootSecurity: unknown): boolean {
  const security = operation['security'] ?? rootSecurity;
  if (!Array.isArray(security)) return true;
  return security.length === 0 || security.some((r) => Object.keys(asObj(r) ?? {}).length === 0);
}

function visitors() {
  let rootSecurity: unknown;
  const seen = new Set<object>();
  return {
    Root(root: unknown) {
      rootSecurity = asObj(root)?.['security'];
    },
    Paths: {
      PathItem: {
        Operation(operation: unknown, { report, location, resolve }: UserContext) {
          const op = operation as Obj;
          const responses = asObj(op['responses']);
          if (!responses || Object.keys(responses).length === 0) return;
          const codes = Object.keys(responses);
          if (!codes.includes('429')) {
            if (codes.some((c) => /^4xx$/i.test(c))) return;
            const anonymous = isAnonymous(op, rootSecurity) ? ' Anonymous endpoints must be rate limited too.' : '';
            report({
              message: `\`responses\` has no \`429\` response; document the rate limit and what happens when a client exceeds it.${anonymous}`,
              location: location.child('responses').key(),
              reference: ruleReference(ID),
            });
            return;
          }
          const r = resolveAt(responses['429'], location.child(['responses', '429']), resolve);
          if (!r || seen.has(r.node)) return;
          seen.add(r.node);
          if (Object.keys(asObj(r.node['headers']) ?? {}).some(isRateLimitHeader)) return;
          report({
            message: 'The `429` response declares no `Retry-After` or `RateLimit` header; tell clients when they can try again.',
            location: r.location.key(),
            reference: ruleReference(ID),
          });
        },
      },
    },
  };
}

const oas3: Oas3Rule = () => visitors();
const oas2: Oas2Rule = () => visitors();

const rule: GdsRule = {
  id: ID,
  title: 'Document rate limits',
  severity: 'warn',
  level: 'gold',
  standard: {
    quote: 'You should also implement rate limiting or throttling policies',
    source: 'API technical and data standards (2024)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 6,
  checks:
    'Every operation declares a `429 Too Many Requests` response (a `4XX` range is accepted), and each `429` response declares a `Retry-After`, `RateLimit`, `RateLimit-*` or `X-RateLimit-*` header. The message stresses anonymous operations, which the standard says must be rate limited too.',
  why: 'Rate limits protect the service for everyone, but clients can only respect limits they know about. A documented 429 with `Retry-After` lets them back off correctly instead of retrying in a tight loop.',
  fix: 'Add a shared `TooManyRequests` response under `components/responses` with a `Retry-After` header (and `RateLimit` headers if you send them), reference it from every operation, and describe the limits in your documentation.',
  examples: {
    at: '/paths/~1vehicles/get',
    fail: "responses:\n  '200':\n    description: Vehicles.\n",
    pass: "responses:\n  '200':\n    description: Vehicles.\n  '429':\n    description: Too many requests.\n    headers:\n      Retry-After:\n        schema:\n          type: integer\n",
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
