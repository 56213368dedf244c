import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString, isSuccessStatus, type Obj } from '../rule-support/nodes.ts';
import { resolveAt } from '../rule-support/schema-walk.ts';

const ID = 'gds-deprecation-documented';

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = new RegExp(`\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b|\\b${MONTH}\\s+\\d{4}\\b`, 'i');
const REPLACEMENT = /\b(use|using|instead|replac\w*|supersed\w*|successor|migrat\w*|switch\w* to|move to|moved to|in favou?r of|see)\b|https?:\/\/|`\//i;
const SUNSET_FIELDS = ['x-sunset', 'x-sunset-date', 'x-deprecation-date', 'x-retirement-date'];

/** What a deprecated node's documentation leaves out: when it goes, and what replaces it. */
function missing(node: Obj): string[] {
  const text = [asString(node['summary']), asString(node['description'])].filter(Boolean).join(' ');
  const out: string[] = [];
  const hasSunset = SUNSET_FIELDS.some((f) => typeof node[f] === 'string' && DATE.test(node[f] as string));
  if (!hasSunset && !DATE.test(text)) out.push('when it will be retired (a date, or an `x-sunset` date)');
  if (!REPLACEMENT.test(text)) out.push('what to use instead');
  return out;
}

function reportUndocumented(what: string, node: Obj, { report, location }: UserContext): void {
  if (node['deprecated'] !== true) return;
  const gaps = missing(node);
  if (gaps.length === 0) return;
  report({
    message: `${what} is \`deprecated\` but its description does not say ${gaps.join(' or ')}.`,
    location: location.child('deprecated'),
    reference: ruleReference(ID),
  });
}

const DEPRECATION_HEADERS = new Set(['deprecation', 'sunset', 'warning']);

/** The 2xx responses of a deprecated operation should declare a `Deprecation` or `Sunset` header. */
function checkResponseHeaders(operation: Obj, { report, location, resolve }: UserContext): void {
  if (operation['deprecated'] !== true) return;
  const responses = asObj(operation['responses']);
  if (!responses) return;
  for (const code of Object.keys(responses)) {
    if (!isSuccessStatus(code)) continue;
    const at = location.child(['responses', code]);
    const r = resolveAt(responses[code], at, resolve);
    if (!r) continue;
    const headers = Object.keys(asObj(r.node['headers']) ?? {}).map((h) => h.toLowerCase());
    if (headers.some((h) => DEPRECATION_HEADERS.has(h))) continue;
    report({
      message: `The \`${code}\` response of a deprecated operation declares no \`Deprecation\` or \`Sunset\` header, so clients are not told at run time.`,
      location: at.key(),
      reference: ruleReference(ID),
    });
  }
}

/** `Property \`name\``, `Schema \`Vehicle\``, or `The schema`, from where the schema sits. */
function schemaLabel({ key, location }: UserContext): string {
  const pointer = location.pointer;
  if (/\/properties\/[^/]+$/.test(pointer)) return `Property \`${String(key)}\``;
  if (/\/(components\/schemas|definitions)\/[^/]+$/.test(pointer)) return `Schema \`${String(key)}\``;
  return 'The schema';
}

function operationVisitor(operation: Obj, ctx: UserContext): void {
  reportUndocumented('The operation', operation, ctx);
  checkResponseHeaders(operation, ctx);
}

const oas3: Oas3Rule = () => ({
  Paths: { PathItem: { Operation: (operation, ctx) => operationVisitor(operation as unknown as Obj, ctx) } },
  Parameter(param, ctx) {
    reportUndocumented(`Parameter \`${String((param as unknown as Obj)['name'])}\``, param as unknown as Obj, ctx);
  },
  Schema(schema, ctx) {
    reportUndocumented(schemaLabel(ctx), schema as unknown as Obj, ctx);
  },
});

const oas2: Oas2Rule = () => ({
  Paths: { PathItem: { Operation: (operation, ctx) => operationVisitor(operation as unknown as Obj, ctx) } },
});

const rule: GdsRule = {
  id: ID,
  title: 'Say when deprecated parts retire and what replaces them',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: "update your API documentation to say when you're deprecating and retiring the API",
    source: 'Managing your live API',
    url: 'https://www.gov.uk/guidance/managing-your-live-api',
  },
  tcop: 9,
  checks:
    'Every operation, parameter and schema marked `deprecated: true` has a description (or summary) that gives a date (or an `x-sunset` date) and names what to use instead. The 2xx responses of a deprecated operation declare a `Deprecation` or `Sunset` header (RFC 9745, RFC 8594; `Warning` is accepted from older documents).',
  why: 'A deprecation flag alone does not tell users how long they have or where to go. Dates and a named replacement let them plan the move, and run-time headers reach developers who never reread the documentation.',
  fix: 'Write the retirement date and the replacement into the description, for example "Deprecated: use `GET /v2/vehicles` instead. This operation will be removed on 2026-03-31.", and return `Deprecation` and `Sunset` headers from deprecated operations.',
  examples: {
    at: '/paths/~1vehicles',
    fail: "get:\n  deprecated: true\n  summary: List vehicles\n  responses:\n    '200':\n      description: Vehicles.\n",
    pass:
      "get:\n  deprecated: true\n  summary: List vehicles\n  description: Deprecated; use GET /v2/vehicles instead. Retires on 2026-03-31.\n  responses:\n    '200':\n      description: Vehicles.\n      headers:\n        Sunset:\n          schema:\n            type: string\n",
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
