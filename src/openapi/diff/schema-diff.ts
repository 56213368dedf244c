/**
 * Compares two schemas the way a client meets them. In a request (what clients send) a change
 * breaks when a value that was valid is no longer accepted; in a response (what clients read) when
 * the API may now return a value the old schema did not allow. Follows `$ref`s, merges `allOf`,
 * pairs `oneOf`/`anyOf` options, walks arrays and nested objects. Changes inside a named component
 * schema are reported against that schema once, with every operation that uses it.
 */
import { pathToPointer } from '../../yaml/parse.ts';
import { arr, deref, entries, isObj, schemaNameOf, str, type Obj } from '../spec-access.ts';
import type { ChangeSubject } from './kinds.ts';
import type { Recorder } from './recorder.ts';
import { code, listWords } from './words.ts';

export type Direction = 'request' | 'response';

/** Where a schema sits, for messages: the subject it is reported against and the words for it. */
export interface Place {
  subject: ChangeSubject;
  /** "schema `Permit`", "the request body of `POST /permits`" … */
  root: string;
  /** Property path below the root: `vehicle.registration`, `permits[]`; '' at the root. */
  path: string;
}

export interface SchemaSide {
  raw: unknown;
  pointer: string;
}

export interface SchemaDiffContext {
  before: Obj;
  after: Obj;
  recorder: Recorder;
}

/** Deeper than this, nested inline schemas are not compared (named ones stop at their first repeat). */
const MAX_DEPTH = 60;

/** `#/components/schemas/Permit` → `/components/schemas/Permit`. */
export function refPointer(ref: string): string {
  return ref.replace(/^#/, '');
}

export function schemaPlace(name: string): Place {
  return { subject: { type: 'schema', name }, root: `schema ${code(name)}`, path: '' };
}

/** The place's node in words: `` `vehicle.registration` in schema `Permit` `` or the root itself. */
export function at(place: Place): string {
  return place.path ? `${code(place.path)} in ${place.root}` : place.root;
}

/** Capitalises the first letter of a sentence (not a code span). */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function child(place: Place, name: string): Place {
  return { ...place, path: place.path ? `${place.path}.${name}` : name };
}

function withSuffix(place: Place, suffix: string): Place {
  return { ...place, path: `${place.path}${suffix}` };
}

interface PropertyEntry {
  raw: unknown;
  pointer: string;
  /** The place of the object that declares it (a named allOf member keeps its own name). */
  owner: Place;
}

interface OptionEntry {
  raw: unknown;
  pointer: string;
  /** Component name of a `$ref` option, for pairing and for messages. */
  name?: string;
}

interface View {
  /** Allowed JSON types; undefined when the schema does not limit them. */
  types: Set<string> | undefined;
  format?: string;
  enum?: unknown[];
  properties: Map<string, PropertyEntry>;
  required: Set<string>;
  items?: SchemaSide;
  additional?: SchemaSide;
  options?: OptionEntry[];
  constraints: Obj;
  deprecated: boolean;
}

const CONSTRAINTS = ['maxLength', 'minLength', 'maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'maxItems', 'minItems', 'maxProperties', 'minProperties', 'pattern', 'multipleOf', 'uniqueItems'] as const;
const UPPER = new Set(['maxLength', 'maximum', 'maxItems', 'maxProperties', 'exclusiveMaximum']);
const LOWER = new Set(['minLength', 'minimum', 'minItems', 'minProperties', 'exclusiveMinimum']);

function typesOf(node: Obj): Set<string> | undefined {
  const t = node['type'];
  const list = Array.isArray(t) ? t.map(str).filter(Boolean) : typeof t === 'string' ? [t] : [];
  if (list.length === 0) return undefined;
  const set = new Set(list);
  if (node['nullable'] === true || node['x-nullable'] === true) set.add('null');
  return set;
}

function ownView(node: Obj, pointer: string, place: Place): View {
  const view: View = { types: typesOf(node), properties: new Map(), required: new Set(arr(node['required']).map(str)), constraints: {}, deprecated: node['deprecated'] === true };
  if (typeof node['format'] === 'string') view.format = node['format'];
  if (Array.isArray(node['enum'])) view.enum = node['enum'];
  else if (node['const'] !== undefined) view.enum = [node['const']];
  for (const [name, raw] of entries(node['properties'])) view.properties.set(name, { raw, pointer: `${pointer}${pathToPointer(['properties', name])}`, owner: place });
  if (node['items'] !== undefined && !Array.isArray(node['items'])) view.items = { raw: node['items'], pointer: `${pointer}/items` };
  if (isObj(node['additionalProperties'])) view.additional = { raw: node['additionalProperties'], pointer: `${pointer}/additionalProperties` };
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    if (!Array.isArray(node[keyword]) || view.options) continue;
    view.options = (node[keyword] as unknown[]).map((raw, i) => {
      const ref = isObj(raw) && typeof raw['$ref'] === 'string' ? raw['$ref'] : undefined;
      const name = ref ? schemaNameOf(ref) : undefined;
      const option: OptionEntry = { raw, pointer: `${pointer}/${keyword}/${i}` };
      if (name) option.name = name;
      return option;
    });
  }
  for (const key of CONSTRAINTS) if (node[key] !== undefined) view.constraints[key] = node[key];
  return view;
}

/** The schema with its `allOf` members merged in (each property remembers where it was declared). */
function flatten(doc: Obj, node: Obj, pointer: string, place: Place, seen: Set<string>): View {
  const view = ownView(node, pointer, place);
  arr(node['allOf']).forEach((member, i) => {
    const resolved = deref(doc, member);
    const memberPointer = resolved.ref ? refPointer(resolved.ref) : `${pointer}/allOf/${i}`;
    if (resolved.unresolved || seen.has(memberPointer)) return;
    seen.add(memberPointer);
    const sub = flatten(doc, resolved.node, memberPointer, resolved.name ? schemaPlace(resolved.name) : place, seen);
    if (sub.types) view.types = view.types ? new Set([...view.types].filter((t) => sub.types?.has(t))) : sub.types;
    view.format ??= sub.format;
    if (view.enum === undefined && sub.enum !== undefined) view.enum = sub.enum;
    for (const [name, entry] of sub.properties) if (!view.properties.has(name)) view.properties.set(name, entry);
    for (const name of sub.required) view.required.add(name);
    view.items ??= sub.items;
    view.additional ??= sub.additional;
    view.options ??= sub.options;
    for (const [key, value] of Object.entries(sub.constraints)) if (view.constraints[key] === undefined) view.constraints[key] = value;
    view.deprecated ||= sub.deprecated;
  });
  return view;
}

/** True when a value of type `t` is valid for `types` (an integer is a number). */
function allows(types: Set<string> | undefined, t: string): boolean {
  return types === undefined || types.has(t) || (t === 'integer' && types.has('number'));
}

function typeWords(types: Set<string> | undefined): string {
  return types ? listWords([...types].map(code), 6).replace(/ and ([^,]+)$/, ' or $1') : 'any type';
}

function sameTypes(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (!a || !b) return a === b;
  return a.size === b.size && [...a].every((t) => b.has(t));
}

/** Formats whose values all fit the other: int32 ⊂ int64, float ⊂ double. */
function formatFits(from: string, to: string): boolean {
  return from === to || (from === 'int32' && to === 'int64') || (from === 'float' && to === 'double');
}

const valueKey = (v: unknown): string => JSON.stringify(v) ?? 'undefined';

function valueWords(values: readonly unknown[]): string {
  return `${values.length === 1 ? 'the value' : 'the values'} ${listWords(values.map((v) => code(typeof v === 'string' ? v : valueKey(v))), 8)}`;
}

function visibleIn(doc: Obj, raw: unknown, direction: Direction): boolean {
  const node = deref(doc, raw).node;
  return direction === 'request' ? node['readOnly'] !== true : node['writeOnly'] !== true;
}

/** A short signature of a property's schema, to guess renames. */
function signature(doc: Obj, raw: unknown): string {
  const node = deref(doc, raw).node;
  return `${[...(typesOf(node) ?? [])].sort().join('|')}:${str(node['format'])}:${deref(doc, raw).name ?? ''}`;
}

export function compareSchema(ctx: SchemaDiffContext, before: SchemaSide, after: SchemaSide, direction: Direction, place: Place, depth = 0): void {
  if (!ctx.recorder.tick() || depth > MAX_DEPTH) return;
  const b = deref(ctx.before, before.raw);
  const a = deref(ctx.after, after.raw);
  if (b.unresolved || a.unresolved) return;
  const bPointer = b.ref ? refPointer(b.ref) : before.pointer;
  const aPointer = a.ref ? refPointer(a.ref) : after.pointer;
  const name = a.name ?? b.name;
  const compare = (where: Place) => {
    const seenB = new Set([bPointer]);
    const seenA = new Set([aPointer]);
    const vb = flatten(ctx.before, b.node, bPointer, where, seenB);
    const va = flatten(ctx.after, a.node, aPointer, where, seenA);
    compareViews(ctx, vb, va, { before: bPointer, after: aPointer }, direction, where, depth);
  };
  if (name) ctx.recorder.once(`${direction}|${bPointer}|${aPointer}`, () => compare(schemaPlace(name)));
  else compare(place);
}

function compareViews(ctx: SchemaDiffContext, vb: View, va: View, pointers: { before: string; after: string }, direction: Direction, place: Place, depth: number): void {
  const rec = ctx.recorder;
  const where = at(place);
  const here = { subject: place.subject, beforePointer: pointers.before, afterPointer: pointers.after };

  if (!vb.deprecated && va.deprecated) rec.add({ ...here, kind: 'schema-deprecated', what: `${sentence(where)} is now deprecated`, consequence: 'plan to stop using it' });

  // Types (a schema made only of options has its types in them).
  let typeBroken = false;
  const optionsOnly = (v: View) => v.types === undefined && v.options !== undefined;
  if (!sameTypes(vb.types, va.types) && !optionsOnly(vb) && !optionsOnly(va)) {
    const change = `the type of ${where} changed from ${typeWords(vb.types)} to ${typeWords(va.types)}`;
    if (direction === 'request') {
      const lost = vb.types === undefined ? ['any'] : [...vb.types].filter((t) => !allows(va.types, t));
      typeBroken = lost.length > 0;
      if (typeBroken) rec.add({ ...here, kind: 'request-type-changed', what: sentence(change), consequence: lost.length === 1 && lost[0] === 'null' ? 'clients sending `null` will be rejected' : 'requests with the old type will be rejected' });
      else rec.add({ ...here, kind: 'request-type-widened', what: sentence(change) });
    } else {
      const gained = va.types === undefined ? ['any'] : [...va.types].filter((t) => !allows(vb.types, t));
      typeBroken = gained.length > 0;
      if (typeBroken) rec.add({ ...here, kind: 'response-type-changed', what: sentence(change), consequence: gained.length === 1 && gained[0] === 'null' ? 'clients reading it may now get `null`' : 'clients reading it may fail to handle the new type' });
      else rec.add({ ...here, kind: 'response-type-narrowed', what: sentence(change) });
    }
  }
  if (typeBroken) return;

  // Formats.
  if (vb.format !== va.format) {
    const change = `The format of ${where} changed from ${vb.format ? code(vb.format) : 'none'} to ${va.format ? code(va.format) : 'none'}`;
    if (direction === 'request') {
      if (va.format && !(vb.format && formatFits(vb.format, va.format))) rec.add({ ...here, kind: 'request-format-changed', what: change, consequence: 'values in the old format may be rejected' });
      else rec.add({ ...here, kind: 'request-constraint-relaxed', what: change });
    } else {
      if (vb.format && !(va.format && formatFits(va.format, vb.format))) rec.add({ ...here, kind: 'response-format-changed', what: change, consequence: `clients that read it as ${code(vb.format)} may fail` });
      else rec.add({ ...here, kind: 'response-type-narrowed', what: change });
    }
  }

  compareEnums(ctx, vb, va, direction, where, here);
  if (direction === 'request') compareConstraints(ctx, vb, va, where, here);
  compareProperties(ctx, vb, va, direction, place, depth);

  if (vb.items && va.items) compareSchema(ctx, vb.items, va.items, direction, withSuffix(place, '[]'), depth + 1);
  if (vb.additional && va.additional) compareSchema(ctx, vb.additional, va.additional, direction, withSuffix(place, '.*'), depth + 1);
  if (vb.options && va.options) compareOptions(ctx, vb.options, va.options, direction, place, depth);
}

type Here = { subject: ChangeSubject; beforePointer: string; afterPointer: string };

function compareEnums(ctx: SchemaDiffContext, vb: View, va: View, direction: Direction, where: string, here: Here): void {
  const rec = ctx.recorder;
  if (vb.enum && va.enum) {
    const keysB = new Set(vb.enum.map(valueKey));
    const keysA = new Set(va.enum.map(valueKey));
    const removed = vb.enum.filter((v) => !keysA.has(valueKey(v)));
    const added = va.enum.filter((v) => !keysB.has(valueKey(v)));
    if (direction === 'request') {
      if (removed.length) rec.add({ ...here, kind: 'request-enum-value-removed', what: `${sentence(where)} no longer accepts ${valueWords(removed)}`, consequence: `clients sending ${removed.length === 1 ? 'it' : 'them'} will be rejected` });
      if (added.length) rec.add({ ...here, kind: 'request-enum-value-added', what: `${sentence(where)} now also accepts ${valueWords(added)}` });
    } else {
      if (added.length) rec.add({ ...here, kind: 'response-enum-value-added', what: `${sentence(where)} may now have ${valueWords(added)}`, consequence: 'clients that accept only the listed values may fail' });
      if (removed.length) rec.add({ ...here, kind: 'response-enum-value-removed', what: `${sentence(where)} no longer has ${valueWords(removed)} in responses` });
    }
  } else if (direction === 'request' && !vb.enum && va.enum) {
    rec.add({ ...here, kind: 'request-constraint-narrowed', what: `${sentence(where)} now accepts only ${valueWords(va.enum)}`, consequence: 'requests with other values will be rejected' });
  } else if (direction === 'response' && vb.enum && !va.enum) {
    rec.add({ ...here, kind: 'response-enum-value-added', what: `${sentence(where)} is no longer limited to ${valueWords(vb.enum)}`, consequence: 'clients that accept only the listed values may fail' });
  }
}

/** Request limits: tighter ones break callers whose values were valid before. */
function compareConstraints(ctx: SchemaDiffContext, vb: View, va: View, where: string, here: Here): void {
  const narrowed: string[] = [];
  const relaxed: string[] = [];
  for (const key of CONSTRAINTS) {
    const b = vb.constraints[key];
    const a = va.constraints[key];
    if (valueKey(b) === valueKey(a)) continue;
    const words = `${code(key)} ${b === undefined ? 'none' : code(valueKey(b))} → ${a === undefined ? 'none' : code(valueKey(a))}`;
    let tighter: boolean;
    if (typeof b === 'number' && typeof a === 'number') tighter = UPPER.has(key) ? a < b : LOWER.has(key) ? a > b : true;
    else if (typeof b === 'boolean' || typeof a === 'boolean') tighter = a === true;
    else tighter = a !== undefined;
    (tighter ? narrowed : relaxed).push(words);
  }
  if (narrowed.length) ctx.recorder.add({ ...here, kind: 'request-constraint-narrowed', what: `${sentence(where)} accepts less (${narrowed.join(', ')})`, consequence: 'requests that were valid may be rejected' });
  if (relaxed.length) ctx.recorder.add({ ...here, kind: 'request-constraint-relaxed', what: `${sentence(where)} accepts more (${relaxed.join(', ')})` });
}

function compareProperties(ctx: SchemaDiffContext, vb: View, va: View, direction: Direction, place: Place, depth: number): void {
  if (vb.properties.size === 0 && va.properties.size === 0) return;
  const rec = ctx.recorder;
  const inB = (n: string) => { const e = vb.properties.get(n); return e && visibleIn(ctx.before, e.raw, direction) ? e : undefined; };
  const inA = (n: string) => { const e = va.properties.get(n); return e && visibleIn(ctx.after, e.raw, direction) ? e : undefined; };
  const names = [...new Set([...vb.properties.keys(), ...va.properties.keys()])];
  const added = names.filter((n) => !inB(n) && inA(n));
  const renameHint = (name: string): string => {
    const entry = inB(name);
    const sig = entry ? signature(ctx.before, entry.raw) : '';
    const twin = added.find((n) => { const e = inA(n); return e && signature(ctx.after, e.raw) === sig; });
    return twin ? ` (${code(twin)} was added beside it: a rename shows as a removal plus an addition)` : '';
  };
  for (const name of names) {
    const b = inB(name);
    const a = inA(name);
    const owner = (a ?? b)?.owner ?? place;
    const full = child(owner, name).path;
    if (b && !a) {
      const common = { subject: b.owner.subject, beforePointer: b.pointer };
      if (direction === 'response') rec.add({ ...common, kind: 'response-property-removed', what: `Removed the response property ${code(full)} from ${b.owner.root}`, consequence: `clients reading it will no longer find it${renameHint(name)}` });
      else rec.add({ ...common, kind: 'request-property-removed', what: `Removed the request property ${code(full)} from ${b.owner.root}`, consequence: `clients that still send it may have it ignored or rejected${renameHint(name)}` });
    } else if (!b && a) {
      const common = { subject: a.owner.subject, afterPointer: a.pointer };
      if (direction === 'response') rec.add({ ...common, kind: 'response-property-added', what: `Added the response property ${code(full)} to ${a.owner.root}` });
      else if (va.required.has(name)) rec.add({ ...common, kind: 'request-property-required-added', what: `Added the required request property ${code(full)} to ${a.owner.root}`, consequence: 'clients that do not send it will be rejected' });
      else rec.add({ ...common, kind: 'request-property-optional-added', what: `Added the optional request property ${code(full)} to ${a.owner.root}` });
    } else if (b && a) {
      const common = { subject: a.owner.subject, beforePointer: b.pointer, afterPointer: a.pointer };
      const wasRequired = vb.required.has(name);
      const isRequired = va.required.has(name);
      if (direction === 'response' && wasRequired && !isRequired) rec.add({ ...common, kind: 'response-property-became-optional', what: `The response property ${code(full)} of ${a.owner.root} is no longer required`, consequence: 'clients that expect it may find it missing' });
      if (direction === 'request' && !wasRequired && isRequired) rec.add({ ...common, kind: 'request-property-became-required', what: `The request property ${code(full)} of ${a.owner.root} is now required`, consequence: 'clients that do not send it will be rejected' });
      compareSchema(ctx, b, a, direction, child(a.owner, name), depth + 1);
    }
  }
}

function compareOptions(ctx: SchemaDiffContext, before: OptionEntry[], after: OptionEntry[], direction: Direction, place: Place, depth: number): void {
  // Named options pair by name, inline ones by their order among the inline options.
  const inlineB = before.filter((o) => !o.name);
  const inlineA = after.filter((o) => !o.name);
  const partner = (o: OptionEntry, others: OptionEntry[], ownInline: OptionEntry[], otherInline: OptionEntry[]) =>
    o.name ? others.find((x) => x.name === o.name) : otherInline[ownInline.indexOf(o)];
  const label = (o: OptionEntry, i: number) => (o.name ? code(o.name) : `option ${i + 1}`);
  const where = at(place);
  before.forEach((o, i) => {
    const match = partner(o, after, inlineB, inlineA);
    if (match) return compareSchema(ctx, o, match, direction, place, depth + 1);
    const here = { subject: place.subject, beforePointer: o.pointer };
    if (direction === 'request') ctx.recorder.add({ ...here, kind: 'request-option-removed', what: `${sentence(where)} no longer accepts the option ${label(o, i)}`, consequence: 'clients sending it will be rejected' });
    else ctx.recorder.add({ ...here, kind: 'response-option-removed', what: `${sentence(where)} no longer has the option ${label(o, i)} in responses` });
  });
  after.forEach((o, i) => {
    if (partner(o, before, inlineA, inlineB)) return;
    const here = { subject: place.subject, afterPointer: o.pointer };
    if (direction === 'response') ctx.recorder.add({ ...here, kind: 'response-option-added', what: `${sentence(where)} may now also be the option ${label(o, i)}`, consequence: 'clients that handle only the listed options may fail' });
    else ctx.recorder.add({ ...here, kind: 'request-option-added', what: `${sentence(where)} now also accepts the option ${label(o, i)}` });
  });
}
