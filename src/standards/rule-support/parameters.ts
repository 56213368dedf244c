/**
 * The parameters that apply to one operation (merged as src/openapi/readers.ts says), each resolved
 * and located where it is listed.
 */
import type { Location, UserContext } from '@redocly/openapi-core';
import { asObj, asString, mergeParameters, type Obj } from '../../openapi/readers.ts';
import { resolveAt } from './schema-walk.ts';

export interface ListedParameter {
  /** The resolved parameter object. */
  param: Obj;
  name: string;
  in: string;
  /** Where the parameter is listed: the inline object or the `$ref` item in a `parameters` list. */
  listedAt: Location;
}

function listed(list: unknown, listLocation: Location, resolve: UserContext['resolve']): ListedParameter[] {
  if (!Array.isArray(list)) return [];
  const out: ListedParameter[] = [];
  list.forEach((raw, i) => {
    const at = listLocation.child(i);
    const r = resolveAt(raw, at, resolve);
    if (!r) return;
    const name = asString(r.node['name']);
    const where = asString(r.node['in']);
    if (name === undefined || where === undefined) return;
    out.push({ param: r.node, name, in: where, listedAt: at });
  });
  return out;
}

export function operationParameters(
  operation: Obj,
  operationLocation: Location,
  pathItem: Obj | undefined,
  pathItemLocation: Location | undefined,
  resolve: UserContext['resolve'],
): ListedParameter[] {
  const own = listed(operation['parameters'], operationLocation.child('parameters'), resolve);
  const inherited = pathItem && pathItemLocation ? listed(pathItem['parameters'], pathItemLocation.child('parameters'), resolve) : [];
  return mergeParameters(inherited, own, (p) => `${p.in}:${p.name}`);
}

/** The schema of a 3.x parameter (`schema`, or the first `content` entry's schema). */
export function parameterSchema(param: Obj, paramLocation: Location, resolve: UserContext['resolve']): { node: Obj; location: Location } | undefined {
  if (param['schema'] !== undefined) return resolveAt(param['schema'], paramLocation.child('schema'), resolve);
  const content = asObj(param['content']);
  if (!content) return undefined;
  const first = Object.keys(content)[0];
  if (first === undefined) return undefined;
  const media = asObj(content[first]);
  return media ? resolveAt(media['schema'], paramLocation.child(['content', first, 'schema']), resolve) : undefined;
}
