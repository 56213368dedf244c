import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString } from '../rule-support/nodes.ts';

const ID = 'gds-no-x-headers';

/**
 * `X-` names that are exempt: the rate-limit family that GOV.UK guidance itself suggests, and
 * `X-Content-Type-Options`, which has no unprefixed replacement.
 */
const EXEMPT = /^x-(rate-?limit([-_].*)?|content-type-options)$/i;

const isXHeader = (name: string): boolean => /^x-/i.test(name) && !EXEMPT.test(name);

const advice = 'the `X-` prefix is deprecated (RFC 6648); use a plain name, or a standard header where one exists';

function visitors() {
  return {
    Parameter(param: unknown, { report, location }: UserContext) {
      const p = asObj(param);
      const name = p && asString(p['name']);
      if (p?.['in'] !== 'header' || !name || !isXHeader(name)) return;
      report({ message: `Header parameter \`${name}\` starts with \`X-\`: ${advice}.`, location: location.child('name'), reference: ruleReference(ID) });
    },
    Response(response: unknown, { report, location }: UserContext) {
      const headers = asObj(asObj(response)?.['headers']);
      if (!headers) return;
      for (const name of Object.keys(headers)) {
        if (!isXHeader(name)) continue;
        report({ message: `Response header \`${name}\` starts with \`X-\`: ${advice}.`, location: location.child(['headers', name]).key(), reference: ruleReference(ID) });
      }
    },
  };
}

const oas3: Oas3Rule = () => visitors();
const oas2: Oas2Rule = () => visitors();

const rule: GdsRule = {
  id: ID,
  title: 'Do not name headers with an X- prefix',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'Avoid these approaches because they can lead to your API being blocked by proxies or firewalls.',
    source: 'API technical and data standards (2024): Version your API (on custom headers and media types)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 4,
  checks:
    'Header parameters and response headers do not start with `X-`. `X-RateLimit-*` (which *Setting API service levels* suggests) and `X-Content-Type-Options` are exempt.',
  why: 'GOV.UK prose does not ban the prefix outright: this rule follows CDDO’s API standards ruleset (ADR-0004) and RFC 6648, which deprecated `X-` because experimental names become permanent. The standard warns that custom headers can be blocked by proxies and firewalls, and unprefixed or standard names (`Correlation-Id`, `RateLimit`) age better.',
  fix: 'Use a standard header where one exists (`RateLimit`, `Retry-After`, `Traceparent`) or drop the prefix: `Correlation-Id` instead of `X-Correlation-Id`. For a live API, accept both names for a while.',
  examples: {
    at: '/paths/~1vehicles/get',
    fail: 'parameters:\n  - name: X-Correlation-Id\n    in: header\n    schema:\n      type: string\n',
    pass: 'parameters:\n  - name: Correlation-Id\n    in: header\n    schema:\n      type: string\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
