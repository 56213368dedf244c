import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString, schemaTypes, words, type Obj } from '../rule-support/nodes.ts';
import { parameterSchema } from '../rule-support/parameters.ts';
import { resolveAt } from '../rule-support/schema-walk.ts';

const ID = 'gds-date-format';

/** `basedOn` and `focusedOn` end like `createdOn` but hold no date. */
const NOT_DATES_ON = new Set(['based', 'focused', 'centred', 'centered', 'keyed']);

/** Past participles without `-ed` that say when something happened: `date_sent`, `paid_on`. */
const IRREGULAR_PARTICIPLES = new Set(['sent', 'paid', 'made', 'done', 'begun', 'given', 'taken', 'written', 'seen', 'held', 'sold', 'bought', 'built', 'spent']);

const isParticiple = (word: string): boolean => (word.length > 3 && word.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(word);

/** How a name says it holds a date or time; `stringsOnly` when numbers of that name are usually durations (`processing_time`). */
interface DateName {
  stringsOnly: boolean;
}

/**
 * Whether a property or parameter name says it holds a date or time: `startDate`, `date_of_birth`,
 * `createdAt`, `updated_at`, `publishedOn`, `sent_on`, `dateCreated`, `date_sent`, `updatedSince`,
 * `timestamp`, `dob`, `created`, `updated`, `scheduled_for`, `valid_from`, `valid_to`, and (as strings)
 * `start_time`, `inspectionTime`.
 */
function dateName(name: string): DateName | undefined {
  const w = words(name);
  const last = w[w.length - 1];
  if (last === undefined) return undefined;
  const yes = { stringsOnly: false };
  if (['date', 'datetime', 'timestamp', 'dob'].includes(last)) return yes;
  if (w.length === 1) return ['created', 'updated', 'modified'].includes(last) ? yes : undefined;
  const before = w[w.length - 2]!;
  if (last === 'time') return { stringsOnly: true };
  if (last === 'at') return yes;
  if (last === 'on' && isParticiple(before) && !NOT_DATES_ON.has(before)) return yes;
  if (['since', 'until', 'before', 'after'].includes(last) && isParticiple(before)) return yes;
  if (last === 'for' && ['scheduled', 'planned', 'booked'].includes(before)) return yes;
  if (['from', 'to', 'until'].includes(last) && ['valid', 'effective'].includes(before)) return yes;
  if (w[0] === 'date' && w.length === 2 && isParticiple(w[1]!)) return yes;
  return w.includes('date') && w.includes('birth') ? yes : undefined;
}

/** `time` is ISO 8601 too (a time of day, JSON Schema's `time` format). */
const DATE_FORMATS = new Set(['date', 'date-time', 'time']);

type DateKind = 'date' | 'date-time';

/** `2017-08-09` is a date, `2017-08-09T13:58:07Z` (or with a space, or without an offset) a date-time; anything else is not ISO 8601. */
function exampleKind(value: string): DateKind | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/i.test(value)) return 'date-time';
  return undefined;
}

/** What a `pattern` accepts: ISO 8601 dates or date-times, and not any run of digits or letters. */
function patternKind(pattern: string): DateKind | undefined {
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch {
    return undefined;
  }
  if (re.test('0000000000') || re.test('aaaa-aa-aa')) return undefined;
  if (re.test('2017-08-09')) return 'date';
  return ['2017-08-09T13:58:07Z', '2017-08-09T13:58:07.000Z', '2017-08-09T13:58:07+01:00'].some((v) => re.test(v)) ? 'date-time' : undefined;
}

/** The first example given for a value: the schema's `example` or `examples`, else the parameter's. */
function firstExample(schema: Obj, param?: Obj): unknown {
  if (schema['example'] !== undefined) return schema['example'];
  if (Array.isArray(schema['examples']) && schema['examples'].length > 0) return schema['examples'][0];
  if (!param) return undefined;
  if (param['example'] !== undefined) return param['example'];
  const named = Object.values(asObj(param['examples']) ?? {})[0];
  return asObj(named)?.['value'];
}

/**
 * What is wrong with the schema of a value that its name, example or pattern shows to be a date or
 * time, or undefined. A string whose example is not ISO 8601 (`12/24`, "1 January 2018 at 1:00PM")
 * is left alone even when its name looks like a date: it holds another kind of value, and asking
 * for `format: date` would push the API towards a format it does not use.
 */
function dateProblem(name: string, schema: Obj, param?: Obj): string | undefined {
  const format = asString(schema['format']);
  if (format !== undefined && DATE_FORMATS.has(format)) return undefined;
  const byName = dateName(name);
  const types = schemaTypes(schema);
  if (types.includes('integer') || types.includes('number')) {
    if (!byName || byName.stringsOnly) return undefined;
    const type = types.includes('integer') ? 'integer' : 'number';
    return `\`${name}\` looks like a date or time but is \`type: ${type}\`; use \`type: string\` with \`format: date\` or \`format: date-time\` (ISO 8601), not an epoch number.`;
  }
  if (!types.includes('string')) return undefined;
  if (schema['enum'] !== undefined || schema['const'] !== undefined) return undefined;
  const example = firstExample(schema, param);
  const fromExample = typeof example === 'string' ? exampleKind(example) : undefined;
  if (typeof example === 'string' && !fromExample) return undefined;
  const pattern = asString(schema['pattern']);
  const kind = fromExample ?? (pattern !== undefined ? patternKind(pattern) : undefined);
  if (!byName && !kind) return undefined;
  const why = fromExample ? `has a ${fromExample} example (\`${String(example)}\`)` : !byName ? `has a \`pattern\` for ISO 8601 ${kind === 'date' ? 'dates' : 'date-times'}` : 'looks like a date or time';
  const has = format === undefined ? 'no `format`' : `\`format: ${format}\``;
  const fix = kind ? `\`format: ${kind}\`` : '`format: date` or `format: date-time` (ISO 8601)';
  return `\`${name}\` ${why} but ${why.startsWith('has') ? '' : 'has '}${has}; ${format === undefined ? 'add' : 'use'} ${fix}.`;
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
    if (!name || !isUrlParameter(p)) return;
    const schema = parameterSchema(p, location, resolve);
    const message = schema && dateProblem(name, schema.node, p);
    if (message) report({ message: message.replace(/^`/, 'Parameter `'), location: schema.location, reference: ruleReference(ID) });
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
    if (!p || !name || !isUrlParameter(p)) return;
    const message = dateProblem(name, p, p);
    if (message) report({ message: message.replace(/^`/, 'Parameter `'), location, reference: ruleReference(ID) });
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
    'Properties and query or path parameters whose names say they hold a date or time (`…Date`, `…_date`, `…At`, `…_at`, `createdOn`, `sent_on`, `dateCreated`, `date_sent`, `updatedSince`, `modifiedBefore`, `timestamp`, `dob`, `dateOfBirth`, `created`, `updated`, `scheduled_for`, `valid_from`, `valid_to`, and strings named `…_time` or `…Time`), or whose `example` or `pattern` is an ISO 8601 date or date-time, are `type: string` with `format: date` or `format: date-time` (or `time`), not epoch numbers. A string whose example is not ISO 8601 (such as `12/24`) holds another kind of value and is left alone. Examples of `date` schemas look like 2017-08-09 and examples of `date-time` schemas carry `Z` or an offset.',
  why: 'ISO 8601 dates can be read by people and parsed by every language the same way. Epoch numbers and local times without an offset are easy to misread by hours or days.',
  fix: 'Declare dates as `type: string, format: date` (2017-08-09) and moments in time as `type: string, format: date-time` in UTC (2017-08-09T13:58:07Z).',
  examples: {
    at: '/components/schemas/Vehicle/properties',
    fail: 'createdAt:\n  type: integer\n  description: When the record was created, in milliseconds since 1970.\n',
    pass: "createdAt:\n  type: string\n  format: date-time\n  description: When the record was created.\n  example: '2017-08-09T13:58:07Z'\n",
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
