/**
 * Walks a schema and the schemas inside it (properties, items, additionalProperties, allOf/anyOf/oneOf,
 * prefixItems), resolving `$ref`s through the lint context. Each resolved schema is visited at most
 * once per `seen` set, so a rule that shares one set across a lint run does linear work however
 * often a component is referenced, and cycles end.
 */
import { isRef, type Location, type UserContext } from '@redocly/openapi-core';
import { asObj, type Obj } from './nodes.ts';

export type SchemaVia = 'root' | 'property' | 'items' | 'additionalProperties' | 'allOf' | 'anyOf' | 'oneOf' | 'prefixItems';

export interface VisitedSchema {
  /** The resolved schema. */
  schema: Obj;
  /** Where the resolved schema is (inside a component when it was reached through `$ref`). */
  location: Location;
  /** How it was reached from its parent. */
  via: SchemaVia;
  /** The property name, when `via` is `property`. */
  name?: string;
  /** The position in the list, when `via` is `allOf`, `anyOf`, `oneOf`, `prefixItems` or a list of `items`. */
  index?: number;
}

/** Return `false` to skip the schemas inside this one. */
export type SchemaVisitor = (visited: VisitedSchema) => boolean | void;

/** Upper bound on schemas visited from one root, a guard against pathological documents. */
const MAX_SCHEMAS = 20_000;

export function walkSchema(
  root: unknown,
  rootLocation: Location,
  resolve: UserContext['resolve'],
  visit: SchemaVisitor,
  seen: Set<object>,
): void {
  const stack: { raw: unknown; location: Location; via: SchemaVia; name?: string; index?: number }[] = [{ raw: root, location: rootLocation, via: 'root' }];
  let count = 0;
  while (stack.length > 0 && count < MAX_SCHEMAS) {
    const { raw, location: rawLocation, via, name, index } = stack.pop()!;
    let node: unknown = raw;
    let location = rawLocation;
    if (isRef(raw)) {
      const resolved = resolve(raw, rawLocation.source.absoluteRef);
      if (!resolved.location) continue;
      node = resolved.node;
      location = resolved.location;
    }
    const schema = asObj(node);
    if (!schema || seen.has(schema)) continue;
    seen.add(schema);
    count++;
    const visited: VisitedSchema = { schema, location, via };
    if (name !== undefined) visited.name = name;
    if (index !== undefined) visited.index = index;
    if (visit(visited) === false) continue;

    const push = (value: unknown, at: Location, childVia: SchemaVia, childName?: string | number): void => {
      if (typeof value !== 'object' || value === null) return;
      const entry: (typeof stack)[number] = { raw: value, location: at, via: childVia };
      if (typeof childName === 'string') entry.name = childName;
      if (typeof childName === 'number') entry.index = childName;
      stack.push(entry);
    };
    // Pushed in reverse so that the walk visits properties in document order.
    for (const key of ['prefixItems', 'oneOf', 'anyOf', 'allOf'] as const) {
      const list = schema[key];
      if (Array.isArray(list)) for (let i = list.length - 1; i >= 0; i--) push(list[i], location.child([key, i]), key, i);
    }
    if (asObj(schema['additionalProperties'])) push(schema['additionalProperties'], location.child('additionalProperties'), 'additionalProperties');
    const items = schema['items'];
    if (Array.isArray(items)) {
      for (let i = items.length - 1; i >= 0; i--) push(items[i], location.child(['items', i]), 'items', i);
    } else {
      push(items, location.child('items'), 'items');
    }
    const properties = asObj(schema['properties']);
    if (properties) {
      const names = Object.keys(properties);
      for (let i = names.length - 1; i >= 0; i--) {
        const n = names[i]!;
        push(properties[n], location.child(['properties', n]), 'property', n);
      }
    }
  }
}

/** Resolves a node that may be a `$ref`, relative to the file of `location`. */
export function resolveAt(
  value: unknown,
  location: Location,
  resolve: UserContext['resolve'],
): { node: Obj; location: Location } | undefined {
  if (isRef(value)) {
    const r = resolve(value, location.source.absoluteRef);
    const node = asObj(r.node);
    return node && r.location ? { node, location: r.location } : undefined;
  }
  const node = asObj(value);
  return node ? { node, location } : undefined;
}
