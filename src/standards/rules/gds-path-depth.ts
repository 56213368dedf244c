import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { plainPath } from '../rule-support/path-templates.ts';

const ID = 'gds-path-depth';
const MAX_LEVELS = 3;

/** Leading segments that are not resources: `api`, and versions such as `v1` or `v2.1`. */
const PREFIX = /^(api|v\d+(\.\d+)*)$/i;

/** The literal (non-parameter) segments of a path after its `api`/version prefix. */
function resourceSegments(path: string): string[] {
  const segments = plainPath(path).split('/').filter((s) => s !== '');
  let start = 0;
  while (start < segments.length && PREFIX.test(segments[start]!)) start++;
  return segments.slice(start).filter((s) => !/^\{[^}]*\}$/.test(s));
}

function checkPath(path: string, { report, location }: UserContext): void {
  if (!path.startsWith('/')) return;
  const levels = resourceSegments(path);
  if (levels.length <= MAX_LEVELS) return;
  report({
    message: `\`${path}\` nests ${levels.length} resource levels (${levels.map((s) => `\`${s}\``).join(' › ')}); go no more than ${MAX_LEVELS} deep.`,
    location: location.key(),
    reference: ruleReference(ID),
  });
}

const oas3: Oas3Rule = () => ({ Paths: { PathItem: (_item, ctx) => checkPath(String(ctx.key), ctx) } });
const oas2: Oas2Rule = () => ({ Paths: { PathItem: (_item, ctx) => checkPath(String(ctx.key), ctx) } });

const rule: GdsRule = {
  id: ID,
  title: 'Nest resources no more than three deep',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'Sub-resources must appear under the resource they relate to, but should go no more than three deep',
    source: 'API technical and data standards (v2, 2019)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 9,
  checks:
    'Counts the literal segments of each path, leaving out path parameters and a leading `api` or version segment (`/v1`). More than 3 is flagged: `/vehicles/{id}/keepers/{id}/addresses` is the deepest allowed.',
  why: 'Deeply nested URLs are hard to read and tie clients to one route through the data. A resource that is meaningful on its own deserves its own top-level path.',
  fix: 'Give deeply nested resources their own collection and link to them, for example `/addresses/{addressId}` instead of `/vehicles/{id}/keepers/{id}/addresses/{addressId}/history`, or filter with a query parameter.',
  examples: {
    at: '',
    fail: 'paths:\n  /vehicles/{registrationNumber}/keepers/{keeperId}/addresses/{addressId}/history:\n    get:\n      summary: Get the history of an address\n',
    pass: 'paths:\n  /addresses/{addressId}/history:\n    get:\n      summary: Get the history of an address\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
