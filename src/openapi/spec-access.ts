/**
 * Small, defensive readers for a bundled OpenAPI document: every value from the document is
 * `unknown` until checked, and internal `$ref`s are followed with a hop limit.
 */
import { pointerToPath } from '../yaml/parse.ts';
import { isObj, obj, type Obj } from './readers.ts';

export { arr, entries, isObj, obj, str, type Obj } from './readers.ts';

/** The value at an internal reference (`#/components/schemas/Pet`), or undefined. */
export function atPointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = doc;
  for (const segment of pointerToPath(ref)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObj(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

const SCHEMA_PREFIX = '#/components/schemas/';

/** `#/components/schemas/Pet` → `Pet` (unescaped); other references → undefined. */
export function schemaNameOf(ref: string): string | undefined {
  if (!ref.startsWith(SCHEMA_PREFIX)) return undefined;
  const rest = ref.slice(SCHEMA_PREFIX.length);
  if (rest.includes('/')) return undefined;
  return pointerToPath(`/${rest}`)[0];
}

export interface Resolved {
  node: Obj;
  /** The last reference followed, when there was one. */
  ref?: string;
  /** The component schema name of the last reference, when it is one. */
  name?: string;
  /** Set when a reference could not be followed (external, missing, or a loop of references). */
  unresolved?: string;
}

/**
 * Follows `$ref` chains (up to 20 hops). Sibling keys of a `$ref` (allowed in 3.1) are laid over the
 * target, except `$ref` itself.
 */
export function deref(doc: unknown, value: unknown): Resolved {
  let node = obj(value);
  let ref: string | undefined;
  let name: string | undefined;
  const siblings: Obj = {};
  for (let hop = 0; hop < 20; hop += 1) {
    const r = node['$ref'];
    if (typeof r !== 'string') {
      const merged = Object.keys(siblings).length ? { ...node, ...siblings } : node;
      return { node: merged, ...(ref ? { ref } : {}), ...(name ? { name } : {}) };
    }
    for (const [k, v] of Object.entries(node)) if (k !== '$ref' && !(k in siblings)) siblings[k] = v;
    const target = atPointer(doc, r);
    if (!isObj(target)) return { node: siblings, ref: r, unresolved: r };
    ref = r;
    name = schemaNameOf(r);
    node = target;
  }
  return { node: {}, ...(ref ? { ref } : {}), unresolved: ref ?? 'reference loop' };
}

/** JSON text of a value, cut to `max` characters. */
export function jsonText(value: unknown, max = 200): string {
  if (value === undefined) return '';
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
