/**
 * Validates values (examples, defaults) against OpenAPI schemas with @cfworker/json-schema, an
 * interpreting validator: it compiles nothing, so checking one example against one schema costs
 * about as much as walking them (see docs/adr/0004-example-validation.md for the choice).
 *
 * An OpenAPI schema is not quite a JSON Schema, so each schema a value is checked against is first
 * converted, once per document and direction, following `$ref`s through the lint context:
 * - only JSON Schema keywords are kept (no `example`, `xml`, `discriminator`, `x-` extensions), so
 *   that example data inside a schema is never read as a schema;
 * - OpenAPI 3.0's `nullable: true` becomes a `null` type (and a `null` enum value);
 * - a property that is `readOnly` is not required in a request, nor a `writeOnly` one in a response;
 * - a `pattern` that could take exponential time (nested repetition) is not evaluated;
 * - Swagger 2.0 and OpenAPI 3.0 are checked as JSON Schema draft 4 (boolean `exclusiveMaximum`),
 *   OpenAPI 3.1 and 3.2 as 2020-12.
 */
import { validate, type OutputUnit, type Schema, type SchemaDraft } from '@cfworker/json-schema';
import { isRef, type Location, type UserContext } from '@redocly/openapi-core';
import { asObj, type Obj } from '../../openapi/readers.ts';
import { resolveAt } from './schema-walk.ts';

/** Which side of the exchange a value is on: readOnly properties are never sent, writeOnly never received. */
export type Direction = 'request' | 'response' | 'either';

/** Keywords whose value is a schema. */
const SCHEMA_KEYWORDS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems'] as const;
/** Keywords whose value is a list of schemas. */
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;
/** Keywords kept as they are. */
const VALUE_KEYWORDS = [
  'type', 'enum', 'const', 'required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
  'minContains', 'maxContains', 'dependentRequired',
] as const;

/** Formats checked in values; others (`int32`, `byte`, `email`, `uri` …) are not, as tools disagree on them. */
const CHECKED_FORMATS: ReadonlySet<string> = new Set(['date', 'date-time', 'uuid']);

/**
 * A pattern with a repeated group that itself repeats (`^(?:[A-z0-9]+,?)+$`) can take exponential
 * time on a value it does not match (ReDoS). Such patterns are not evaluated, so that one document
 * cannot stall its check; everything else about the value still is.
 */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;

export function isCatastrophicPattern(pattern: string): boolean {
  return NESTED_QUANTIFIER.test(pattern) || /\\[1-9]/.test(pattern);
}

/** Most schema nodes converted for one document. */
const MAX_CONVERTED = 50_000;

export interface ValueProblem {
  /** Where in the value, as `a.b[0]` (empty for the value itself). */
  at: string;
  /** What is wrong, in words. */
  message: string;
}

type Resolve = UserContext['resolve'];

export class SchemaChecker {
  readonly #draft: SchemaDraft;
  readonly #nullable: boolean;
  readonly #lookup: Record<string, Schema> = Object.create(null);
  readonly #ids = new Map<Direction, Map<object, string>>();
  #next = 0;

  constructor(specVersion: string) {
    const oas31 = specVersion === 'oas3_1' || specVersion === 'oas3_2';
    this.#draft = oas31 ? '2020-12' : '4';
    this.#nullable = specVersion === 'oas3_0';
  }

  /**
   * Problems of `value` against the schema `raw` found at `location` (a `$ref` is followed), or
   * undefined when the schema cannot be read (an unresolved `$ref`, a pattern that is not a valid
   * regular expression): that is for other rules to report.
   */
  check(value: unknown, raw: unknown, location: Location, resolve: Resolve, direction: Direction): ValueProblem[] | undefined {
    if (this.#next > MAX_CONVERTED) return undefined;
    const resolved = resolveAt(raw, location, resolve);
    if (!resolved) return undefined;
    let root: string;
    try {
      root = this.#convert(resolved.node, resolved.location, resolve, direction);
    } catch {
      return undefined;
    }
    let errors: OutputUnit[];
    try {
      errors = validate(value, { $ref: root }, this.#draft, this.#lookup, false).errors;
    } catch {
      return undefined; // e.g. a `pattern` that is not a valid regular expression
    }
    return describe(errors);
  }

  /** The lookup id of the converted schema (converting it and what it refers to, once). */
  #convert(node: Obj, location: Location, resolve: Resolve, direction: Direction): string {
    let ids = this.#ids.get(direction);
    if (!ids) this.#ids.set(direction, (ids = new Map()));
    const known = ids.get(node);
    if (known) return known;
    const id = `urn:gds-schema:${this.#next++}`;
    ids.set(node, id);
    const out: Record<string, unknown> = {};
    this.#lookup[id] = out as Schema;

    const sub = (value: unknown, at: Location): unknown => {
      if (typeof value === 'boolean') return value;
      const r = resolveAt(value, at, resolve);
      if (!r) {
        if (isRef(value)) throw new Error('unresolved');
        return {};
      }
      return { $ref: this.#convert(r.node, r.location, resolve, direction) };
    };

    if (isRef(node)) {
      // A `$ref` with siblings (3.1): the reference and the siblings both apply.
      const target = sub({ $ref: node.$ref }, location) as Record<string, unknown>;
      out['allOf'] = [target];
    }
    for (const key of VALUE_KEYWORDS) if (node[key] !== undefined) out[key] = node[key];
    if (!Array.isArray(out['required'])) delete out['required']; // a Swagger 2.0 parameter's `required: true`
    if (typeof out['format'] === 'string' && !CHECKED_FORMATS.has(out['format'])) delete out['format'];
    if (typeof out['pattern'] !== 'string' || isCatastrophicPattern(out['pattern'])) delete out['pattern'];
    if (this.#nullable && node['nullable'] === true) {
      if (typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
      if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
    }
    for (const key of SCHEMA_KEYWORDS) {
      const value = node[key];
      if (value === undefined) continue;
      if (key === 'items' && Array.isArray(value)) out[key] = value.map((v, i) => sub(v, location.child([key, i])));
      else out[key] = sub(value, location.child(key));
    }
    for (const key of SCHEMA_LIST_KEYWORDS) {
      const list = node[key];
      if (Array.isArray(list)) out[key] = list.map((v, i) => sub(v, location.child([key, i])));
    }
    for (const key of SCHEMA_MAP_KEYWORDS) {
      const map = asObj(node[key]);
      if (!map) continue;
      const converted: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(map)) converted[name] = sub(value, location.child([key, name]));
      out[key] = converted;
    }
    // A property never sent in this direction is not required in it (in 'either', only one sent both ways is).
    const properties = asObj(node['properties']);
    if (Array.isArray(out['required']) && properties) {
      const hidden = direction === 'request' ? ['readOnly'] : direction === 'response' ? ['writeOnly'] : ['readOnly', 'writeOnly'];
      out['required'] = (out['required'] as unknown[]).filter((name) => {
        const property = typeof name === 'string' ? resolveAt(properties[name], location.child(['properties', name]), resolve) : undefined;
        return !hidden.some((flag) => property?.node[flag] === true);
      });
    }
    return id;
  }
}

/** `#/a/b/0` → `a.b[0]`. */
function instancePath(location: string): string {
  return location
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}

const GENERIC = /subschema had errors|does not match schema\.$|Items did not match|False boolean schema|does not match every subschema|does not match "(then|else)" schema/;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'a list',
  null: '`null`',
};

const cut = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** cfworker's error text in the catalogue's words: what the value is or lacks, as a phrase after "it". */
function inWords(error: string): string {
  let m = /^Instance type "(.+)" is invalid\. Expected "(.+)"\.$/.exec(error);
  if (m) return `is ${TYPE_WORDS[m[1]!] ?? m[1]}, but the schema expects ${m[2]!.split('", "').map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
  m = /^Instance does not have required property "(.+)"\.$/.exec(error);
  if (m) return `has no \`${m[1]}\`, which the schema requires`;
  m = /^Instance does not match any of (.+)\.$/s.exec(error);
  if (m) return `is not one of the \`enum\` values (${cut(m[1]!)})`;
  m = /^Instance does not match (.+)\.$/s.exec(error);
  if (m && !m[1]!.startsWith('any') && !m[1]!.startsWith('exactly')) return `is not the \`const\` value ${cut(m[1]!)}`;
  m = /^-?[\d.e+-]+ (is (?:greater|less) than .*|is not a multiple of .*)\.$/.exec(error);
  if (m) return m[1]!.replace(/ {2,}/g, ' ');
  m = /^String does not match format "(.+)"\.$/.exec(error);
  if (m) return `is not a valid \`${m[1]}\``;
  if (error === 'String does not match pattern.') return 'does not match the `pattern`';
  m = /^Property "(.+)" does not match (additional|unevaluated) properties schema\.$/.exec(error);
  if (m) return `has \`${m[1]}\`, which the schema does not allow`;
  return error.replace(/\.$/, '').replace(/^Instance /, '').replace(/^String /, '').replace(/^Array /, '');
}

/** The most specific error (the deepest in the value), in words; errors that only point at others are left out. */
function describe(errors: readonly OutputUnit[]): ValueProblem[] {
  if (errors.length === 0) return [];
  const specific = errors.filter((e) => !GENERIC.test(e.error));
  const chosen = (specific.length ? specific : errors).slice().sort((a, b) => b.instanceLocation.length - a.instanceLocation.length);
  const first = chosen[0]!;
  return [{ at: instancePath(first.instanceLocation), message: inWords(first.error) }];
}
