import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString, schemaTypes, words, type Obj } from '../rule-support/nodes.ts';
import { parameterSchema } from '../rule-support/parameters.ts';
import { resolveAt } from '../rule-support/schema-walk.ts';

const ID = 'gds-date-format';

/** `basedOn` and `focusedOn` end like `createdOn` but hold no date. */
const NOT_DATES_ON = new Set(['based', 'focused', 'centred', 'centered', 'keyed']);

/**
 * Whether a property or parameter name says it holds a date or time: `startDate`, `date_of_birth`,
 * `createdAt`, `updated_at`, `publishedOn`, `dateCreated`, `updatedSince`, `timestamp`, `dob`.
 */
function looksLikeDate(name: string): boolean {
  const w = words(name);
  const last = w[w.length - 1];
  if (last === undefined) return false;
  if (['date', 'datetime', 'timestamp', 'dob'].includes(last)) return true;
  if (w.length < 2) return false;
  const before = w[w.length - 2]!;
  if (last === 'at') return true;
  if (last === 'on' && before.endsWith('ed') && !NOT_DATES_ON.has(before)) return true;
  if (['since', 'until', 'before', 'after'].includes(last) && before.endsWith('ed')) return true;
  if (w[0] === 'date' && w.length === 2 && w[1]!.endsWith('ed')) return true;
  return w.includes('date') && w.includes('birth');
}

const DATE_FORMATS = new Set(['date', 'date-time']);

/** What is wrong with the schema of a date-like value, or undefined. */
function dateProblem(name: string, schema: Obj): string | undefined {
  const format = asString(schema['format']);
  if (format !== undefined && DATE_FORMATS.has(format)) return undefined;
  const types = schemaTypes(schema);
  if (types.includes('integer') || types.includes('number')) {
    const type = types.includes('integer') ? 'integer' : 'number';
    return `\`${name}\` looks like a date or time but is \`type: ${type}\`; use \`type: string\` with \`format: date\` or \`format: date-time\` (ISO 8601), not an epoch number.`;
  }
  if (!types.includes('string')) return undefined;
  if (schema['enum'] !== undefined || schema['const'] !== undefined) return undefined;
  return format === undefined
    ? `\`${name}\` looks like a date or time but has no \`format\`; add \`format: date\` or \`format: date-time\` (ISO 8601).`
    : `\`${name}\` looks like a date or time but has \`format: ${format}\`; use \`format: date\` or \`format: date-time\` (ISO 8601).`;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reports `example`/`examples` values of date and date-time schemas that are not ISO 8601 with an offset. */
function checkExamples(schema: Obj, location: Location, report: UserContext['report']): void {
  const format = asString(schema['format']);
  if (format !== 'date' && format !== 'date-time') return;
  const pattern = format === 'date' ? DATE : DATE_TIME;
  const expected = format === 'date' ? 'YYYY-MM-DD, for example 2017-08-09' : 'a date and time with `Z` or an offset, for example 2017-08-09T13:58:07Z';
  const bad = (value: unknown): boolean => typeof value === 'string' && !pattern.test(value);
  if (bad(schema['example'])) {
    report({ message: `\`example\` \`${String(schema['example'])}\` is not ${expected} (\`format: ${format}\`).`, location: location.child('example'), reference: ruleReference(ID) });
  }
  const examples = schema['examples'];
  if (Array.isArray(examples)) {
    examples.forEach((value, i) => {
      if (bad(value)) report({ message: `\`examples\` value \`${String(value)}\` is not ${expected} (\`format: ${format}\`).`, location: location.child(['examples', i]), reference: ruleReference(ID) });
    });
  }
}

function checkProperties(properties: Record<string, unknown>, { report, location, resolve }: UserContext): void {
  for (const name of Object.keys(properties)) {
    if (!looksLikeDate(name)) continue;
    const r = resolveAt(properties[name], location.child([name]), resolve);
    const message = r && dateProblem(name, r.node);
    if (message) report({ message, location: location.child([name]).key(), reference: ruleReference(ID) });
  }
}

const isUrlParameter = (param: Obj): boolean => param['in'] === 'query' || param['in'] === 'path';

const oas3: Oas3Rule = () => ({
  SchemaProperties(properties, ctx) {
    checkProperties(properties, ctx);
  },
  Schema(schema, { report, location }) {
    checkExamples(schema as unknown as Obj, location, report);
  },
  Parameter(param, { report, location, resolve }) {
    const p = param as unknown as Obj;
    const name = asString(p['name']);
    if (!name || !isUrlParameter(p) || !looksLikeDate(name)) return;
    const schema = parameterSchema(p, location, resolve);
    const message = schema && dateProblem(name, schema.node);
    if (message) report({ message: message.replace(/^`/, 'Parameter `'), location: location.child('name'), reference: ruleReference(ID) });
  },
});

const oas2: Oas2Rule = () => ({
  SchemaProperties(properties, ctx) {
    checkProperties(properties, ctx);
  },
  Schema(schema, { report, location }) {
    checkExamples(schema as unknown as Obj, location, report);
  },
  Parameter(param, { report, location }) {
    const p = asObj(param);
    const name = p && asString(p['name']);
    if (!p || !name || !isUrlParameter(p) || !looksLikeDate(name)) return;
    const message = dateProblem(name, p);
    if (message) report({ message: message.replace(/^`/, 'Parameter `'), location: location.child('name'), reference: ruleReference(ID) });
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Give dates and times in ISO 8601 format',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: "ISO 8601 standard – this represents the date and time in your API's responses",
    source: 'API technical and data standards (2024)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 4,
  checks:
    'Properties and query or path parameters whose names say they hold a date or time (`…Date`, `…_date`, `…At`, `…_at`, `createdOn`, `dateCreated`, `updatedSince`, `modifiedBefore`, `timestamp`, `dob`, `dateOfBirth`) are `type: string` with `format: date` or `format: date-time`, not epoch numbers. Examples of `date` schemas look like 2017-08-09 and examples of `date-time` schemas carry `Z` or an offset.',
  why: 'ISO 8601 dates can be read by people and parsed by every language the same way. Epoch numbers and local times without an offset are easy to misread by hours or days.',
  fix: 'Declare dates as `type: string, format: date` (2017-08-09) and moments in time as `type: string, format: date-time` in UTC (2017-08-09T13:58:07Z).',
  examples: {
    fail: 'createdAt:\n  type: integer\n  description: When the record was created, in milliseconds since 1970.\n',
    pass: "createdAt:\n  type: string\n  format: date-time\n  description: When the record was created.\n  example: '2017-08-09T13:58:07Z'\n",
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
