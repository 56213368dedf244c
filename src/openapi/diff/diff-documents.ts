/**
 * `diffDocuments(before, after)`: the changes between two bundled OpenAPI 3.x documents (Swagger
 * 2.0 is converted first, see diff-files.ts), each with its kind, whether it breaks clients, where
 * it is, JSON pointers into both documents and a sentence. Pure: no file or network access.
 */
import type { OpenAPIV3, OpenAPIV3_1 } from 'openapi-types';
import { pathToPointer } from '../../yaml/parse.ts';
import { statusText } from '../operations.ts';
import { HTTP_METHODS } from '../readers.ts';
import { arr, deref, entries, isObj, obj, str, type Obj } from '../spec-access.ts';
import type { ChangeSubject, SpecChange } from './kinds.ts';
import { Recorder } from './recorder.ts';
import { compareSchema, refPointer, sentence, type Place, type SchemaDiffContext } from './schema-diff.ts';
import { compareSecurity, compareSecuritySchemes } from './security-diff.ts';
import { code, listWords, operationLabel } from './words.ts';

export type OpenApiDocument = OpenAPIV3.Document | OpenAPIV3_1.Document;

export interface DocumentDiff {
  /** In document order: servers, security, then each path. */
  changes: SpecChange[];
  /** Set when the comparison stopped at its size limit; `changes` holds what was found until then. */
  stoppedEarly?: string;
}

export function diffDocuments(before: OpenApiDocument, after: OpenApiDocument): DocumentDiff {
  const ctx: SchemaDiffContext = { before: obj(before), after: obj(after), recorder: new Recorder() };
  compareServers(ctx, ctx.before['servers'], ctx.after['servers'], { type: 'api' }, '', 'the API');
  compareSecuritySchemes(ctx.recorder, ctx.before, ctx.after);
  if (ctx.before['security'] !== undefined || ctx.after['security'] !== undefined) {
    compareSecurity(ctx.recorder, ctx.before['security'], ctx.after['security'], {
      subject: { type: 'api' },
      who: 'The API (every operation without its own security)',
      beforePointer: '/security',
      afterPointer: '/security',
    });
  }
  comparePaths(ctx);
  const result: DocumentDiff = { changes: ctx.recorder.changes() };
  if (ctx.recorder.stoppedEarly) result.stoppedEarly = ctx.recorder.stoppedEarly;
  return result;
}

const serverUrl = (server: unknown): string => str(obj(server)['url']).trim().replace(/\/+$/, '');

function compareServers(ctx: SchemaDiffContext, before: unknown, after: unknown, subject: ChangeSubject, base: string, forWhom: string): void {
  const olds = arr(before).map(serverUrl);
  const news = arr(after).map(serverUrl);
  const scoped = subject.type === 'operation';
  olds.forEach((url, i) => {
    if (news.includes(url)) return;
    rec(ctx).add({
      subject: scoped ? subject : { type: 'server', index: i + 1, url },
      beforePointer: `${base}/servers/${i}`,
      kind: 'server-removed',
      what: `Removed server ${i + 1} (${code(url)}) of ${forWhom}`,
      consequence: 'clients using it will no longer reach the API',
    });
  });
  news.forEach((url, i) => {
    if (olds.includes(url)) return;
    rec(ctx).add({ subject: scoped ? subject : { type: 'server', index: i + 1, url }, afterPointer: `${base}/servers/${i}`, kind: 'server-added', what: `Added server ${i + 1} (${code(url)}) to ${forWhom}` });
  });
}

const rec = (ctx: SchemaDiffContext) => ctx.recorder;

/** `/permits/{permitId}` → `/permits/{}`: the same path whatever its parameters are called. */
const pathShape = (path: string) => path.replace(/\{[^}]*\}/g, '{}');
const pathParamNames = (path: string) => [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');

/** ` with its operations GET and DELETE` (or nothing for a path item without operations). */
function withOperations(item: Obj): string {
  const methods = HTTP_METHODS.filter((m) => isObj(item[m])).map((m) => m.toUpperCase());
  return methods.length ? ` with its ${methods.length === 1 ? 'operation' : 'operations'} ${listWords(methods)}` : '';
}

function pathKeys(paths: unknown): string[] {
  return Object.keys(obj(paths)).filter((p) => !p.startsWith('x-'));
}

function comparePaths(ctx: SchemaDiffContext): void {
  const beforePaths = obj(ctx.before['paths']);
  const afterPaths = obj(ctx.after['paths']);
  const afterKeys = pathKeys(afterPaths);
  const byShape = new Map<string, string>();
  for (const p of afterKeys) if (!byShape.has(pathShape(p))) byShape.set(pathShape(p), p);
  const matched = new Set<string>();
  for (const bPath of pathKeys(beforePaths)) {
    const aPath = afterKeys.includes(bPath) ? bPath : byShape.get(pathShape(bPath));
    const bItem = deref(ctx.before, beforePaths[bPath]).node;
    if (aPath === undefined || matched.has(aPath)) {
      ctx.recorder.operation = undefined;
      rec(ctx).add({
        subject: { type: 'path', path: bPath },
        beforePointer: pathToPointer(['paths', bPath]),
        kind: 'path-removed',
        what: `Removed the path ${code(bPath)}${withOperations(bItem)}`,
        consequence: 'clients calling it will get errors',
      });
      continue;
    }
    matched.add(aPath);
    comparePathItem(ctx, bPath, aPath, bItem, deref(ctx.after, afterPaths[aPath]).node);
  }
  for (const aPath of afterKeys) {
    if (matched.has(aPath)) continue;
    const item = deref(ctx.after, afterPaths[aPath]).node;
    ctx.recorder.operation = undefined;
    rec(ctx).add({
      subject: { type: 'path', path: aPath },
      afterPointer: pathToPointer(['paths', aPath]),
      kind: 'path-added',
      what: `Added the path ${code(aPath)}${withOperations(item)}`,
    });
  }
}

function comparePathItem(ctx: SchemaDiffContext, bPath: string, aPath: string, bItem: Obj, aItem: Obj): void {
  for (const method of HTTP_METHODS) {
    const bOp = bItem[method];
    const aOp = aItem[method];
    const label = operationLabel(method, isObj(aOp) ? aPath : bPath);
    const subject: ChangeSubject = { type: 'operation', method: method.toUpperCase(), path: isObj(aOp) ? aPath : bPath };
    ctx.recorder.operation = label;
    if (isObj(bOp) && !isObj(aOp)) {
      rec(ctx).add({ subject, beforePointer: pathToPointer(['paths', bPath, method]), kind: 'operation-removed', what: `Removed the operation ${code(label)}`, consequence: 'clients calling it will get errors' });
    } else if (!isObj(bOp) && isObj(aOp)) {
      rec(ctx).add({ subject, afterPointer: pathToPointer(['paths', aPath, method]), kind: 'operation-added', what: `Added the operation ${code(label)}` });
    } else if (isObj(bOp) && isObj(aOp)) {
      compareOperation(ctx, { path: bPath, item: bItem, op: bOp }, { path: aPath, item: aItem, op: aOp }, method, subject, label);
    }
  }
  ctx.recorder.operation = undefined;
}

interface OperationSide {
  path: string;
  item: Obj;
  op: Obj;
}

function compareOperation(ctx: SchemaDiffContext, b: OperationSide, a: OperationSide, method: string, subject: ChangeSubject, label: string): void {
  const bBase = pathToPointer(['paths', b.path, method]);
  const aBase = pathToPointer(['paths', a.path, method]);
  const op = code(label);
  if (b.op['deprecated'] !== true && a.op['deprecated'] === true) {
    rec(ctx).add({ subject, beforePointer: bBase, afterPointer: aBase, kind: 'operation-deprecated', what: `The operation ${op} is now deprecated`, consequence: 'plan to move to its replacement' });
  }
  const ownServers = (s: OperationSide) => (Array.isArray(s.op['servers']) ? s.op['servers'] : Array.isArray(s.item['servers']) ? s.item['servers'] : undefined);
  if (ownServers(b) || ownServers(a)) compareServers(ctx, ownServers(b) ?? ctx.before['servers'], ownServers(a) ?? ctx.after['servers'], subject, aBase, op);
  if (Array.isArray(b.op['security']) || Array.isArray(a.op['security'])) {
    compareSecurity(ctx.recorder, b.op['security'] ?? ctx.before['security'], a.op['security'] ?? ctx.after['security'], { subject, who: op, beforePointer: `${bBase}/security`, afterPointer: `${aBase}/security` });
  }
  compareParameters(ctx, b, a, method, subject, op);
  compareRequestBody(ctx, b.op['requestBody'], a.op['requestBody'], { before: `${bBase}/requestBody`, after: `${aBase}/requestBody` }, subject, op);
  compareResponses(ctx, b.op['responses'], a.op['responses'], { before: `${bBase}/responses`, after: `${aBase}/responses` }, subject, op);
}

interface ParameterEntry {
  node: Obj;
  pointer: string;
  name: string;
  location: string;
}

const LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);

/** Path-level then operation-level parameters (the operation's win), keyed by location and name. */
function parametersOf(doc: Obj, side: OperationSide, method: string, rename: (name: string) => string): Map<string, ParameterEntry> {
  const out = new Map<string, ParameterEntry>();
  const add = (list: unknown, base: (string | number)[]) =>
    arr(list).forEach((raw, i) => {
      const resolved = deref(doc, raw);
      const node = resolved.node;
      const name = str(node['name']);
      const location = str(node['in']);
      if (!name || !LOCATIONS.has(location)) return;
      const pointer = resolved.ref ? refPointer(resolved.ref) : pathToPointer([...base, i]);
      const key = `${location}:${location === 'header' ? name.toLowerCase() : location === 'path' ? rename(name) : name}`;
      out.set(key, { node, pointer, name, location });
    });
  add(side.item['parameters'], ['paths', side.path, 'parameters']);
  add(side.op['parameters'], ['paths', side.path, method, 'parameters']);
  return out;
}

function parameterSchema(p: ParameterEntry): { raw: unknown; pointer: string } | undefined {
  if (p.node['schema'] !== undefined) return { raw: p.node['schema'], pointer: `${p.pointer}/schema` };
  const first = entries(p.node['content'])[0];
  if (first && isObj(first[1])) return { raw: first[1]['schema'], pointer: `${p.pointer}${pathToPointer(['content', first[0], 'schema'])}` };
  return undefined;
}

const isRequired = (p: ParameterEntry) => p.location === 'path' || p.node['required'] === true;

function compareParameters(ctx: SchemaDiffContext, b: OperationSide, a: OperationSide, method: string, subject: ChangeSubject, op: string): void {
  // Path parameters pair by position, so renaming `{id}` to `{permitId}` changes nothing.
  const bNames = pathParamNames(b.path);
  const aNames = pathParamNames(a.path);
  const olds = parametersOf(ctx.before, b, method, (name) => aNames[bNames.indexOf(name)] ?? name);
  const news = parametersOf(ctx.after, a, method, (name) => name);
  for (const [key, p] of olds) {
    const n = news.get(key);
    const what = `the ${p.location} parameter ${code(p.name)} of ${op}`;
    if (!n) {
      rec(ctx).add({ subject, beforePointer: p.pointer, kind: 'parameter-removed', what: `Removed the ${p.location} parameter ${code(p.name)} from ${op}`, consequence: 'clients sending it may have it ignored or rejected' });
      continue;
    }
    const here = { subject, beforePointer: p.pointer, afterPointer: n.pointer };
    if (!isRequired(p) && isRequired(n)) rec(ctx).add({ ...here, kind: 'parameter-became-required', what: `${sentence(what)} is now required`, consequence: 'clients that do not send it will be rejected' });
    if (isRequired(p) && !isRequired(n)) rec(ctx).add({ ...here, kind: 'parameter-became-optional', what: `${sentence(what)} is no longer required` });
    if (p.node['deprecated'] !== true && n.node['deprecated'] === true) rec(ctx).add({ ...here, kind: 'parameter-deprecated', what: `${sentence(what)} is now deprecated`, consequence: 'plan to stop sending it' });
    const bs = parameterSchema(p);
    const as = parameterSchema(n);
    if (bs && as) compareSchema(ctx, bs, as, 'request', { subject, root: what, path: '' });
  }
  for (const [key, n] of news) {
    if (olds.has(key)) continue;
    const common = { subject, afterPointer: n.pointer };
    if (isRequired(n)) rec(ctx).add({ ...common, kind: 'parameter-required-added', what: `Added the required ${n.location} parameter ${code(n.name)} to ${op}`, consequence: 'clients that do not send it will be rejected' });
    else rec(ctx).add({ ...common, kind: 'parameter-optional-added', what: `Added the optional ${n.location} parameter ${code(n.name)} to ${op}` });
  }
}

interface Pointers {
  before: string;
  after: string;
}

/** A body or response: the object itself and its pointer (the target's, when it is a `$ref`). */
function resolve(doc: Obj, raw: unknown, pointer: string): { node: Obj; pointer: string } | undefined {
  if (!isObj(raw)) return undefined;
  const r = deref(doc, raw);
  return r.unresolved ? undefined : { node: r.node, pointer: r.ref ? refPointer(r.ref) : pointer };
}

const mediaTypes = (node: Obj) => new Map(entries(node['content']).map(([type, media]) => [type.toLowerCase(), { type, media: obj(media) }]));

function compareContent(ctx: SchemaDiffContext, b: { node: Obj; pointer: string }, a: { node: Obj; pointer: string }, direction: 'request' | 'response', subject: ChangeSubject, root: string): void {
  const olds = mediaTypes(b.node);
  const news = mediaTypes(a.node);
  const several = olds.size > 1 || news.size > 1;
  for (const [key, m] of olds) {
    const n = news.get(key);
    const bPointer = `${b.pointer}${pathToPointer(['content', m.type])}`;
    if (!n) {
      if (direction === 'request') rec(ctx).add({ subject, beforePointer: bPointer, kind: 'request-media-type-removed', what: `${sentence(root)} can no longer be ${code(m.type)}`, consequence: 'clients sending it will be rejected' });
      else rec(ctx).add({ subject, beforePointer: bPointer, kind: 'response-media-type-removed', what: `${sentence(root)} is no longer available as ${code(m.type)}`, consequence: 'clients asking for it will get an error' });
      continue;
    }
    const aPointer = `${a.pointer}${pathToPointer(['content', n.type])}`;
    if (m.media['schema'] !== undefined && n.media['schema'] !== undefined) {
      const place: Place = { subject, root: several ? `${root} (${code(n.type)})` : root, path: '' };
      compareSchema(ctx, { raw: m.media['schema'], pointer: `${bPointer}/schema` }, { raw: n.media['schema'], pointer: `${aPointer}/schema` }, direction, place);
    }
  }
  for (const [key, n] of news) {
    if (olds.has(key)) continue;
    const afterPointer = `${a.pointer}${pathToPointer(['content', n.type])}`;
    if (direction === 'request') rec(ctx).add({ subject, afterPointer, kind: 'request-media-type-added', what: `${sentence(root)} can now also be ${code(n.type)}` });
    else rec(ctx).add({ subject, afterPointer, kind: 'response-media-type-added', what: `${sentence(root)} is now also available as ${code(n.type)}` });
  }
}

function compareRequestBody(ctx: SchemaDiffContext, bRaw: unknown, aRaw: unknown, pointers: Pointers, subject: ChangeSubject, op: string): void {
  const b = resolve(ctx.before, bRaw, pointers.before);
  const a = resolve(ctx.after, aRaw, pointers.after);
  const root = `the request body of ${op}`;
  if (!b && !a) return;
  if (b && !a) {
    rec(ctx).add({ subject, beforePointer: b.pointer, kind: 'request-body-removed', what: `Removed ${root}`, consequence: 'clients sending one may have it ignored or rejected' });
    return;
  }
  if (!b && a) {
    if (a.node['required'] === true) rec(ctx).add({ subject, afterPointer: a.pointer, kind: 'request-body-required-added', what: `${op} now requires a request body`, consequence: 'clients that do not send one will be rejected' });
    else rec(ctx).add({ subject, afterPointer: a.pointer, kind: 'request-body-optional-added', what: `${op} now accepts an optional request body` });
    return;
  }
  if (!b || !a) return;
  if (b.node['required'] !== true && a.node['required'] === true) {
    rec(ctx).add({ subject, beforePointer: b.pointer, afterPointer: a.pointer, kind: 'request-body-became-required', what: `${sentence(root)} is now required`, consequence: 'clients that do not send one will be rejected' });
  }
  compareContent(ctx, b, a, 'request', subject, root);
}

const statusKey = (s: string) => s.toUpperCase();

function statusWords(status: string): string {
  const text = statusText(status);
  return status === 'default' ? 'the default response' : `the status ${code(status)}${text ? ` (${text})` : ''} response`;
}

function compareResponses(ctx: SchemaDiffContext, bRaw: unknown, aRaw: unknown, pointers: Pointers, subject: ChangeSubject, op: string): void {
  const olds = new Map(entries(bRaw).map(([status, r]) => [statusKey(status), { status, raw: r }]));
  const news = new Map(entries(aRaw).map(([status, r]) => [statusKey(status), { status, raw: r }]));
  for (const [key, o] of olds) {
    if (o.status.startsWith('x-')) continue;
    const n = news.get(key);
    const bPointer = `${pointers.before}${pathToPointer([o.status])}`;
    if (!n) {
      rec(ctx).add({ subject, beforePointer: bPointer, kind: 'response-status-removed', what: `${op} no longer documents ${statusWords(o.status)}`, consequence: 'clients that handle it may get a different response instead' });
      continue;
    }
    const b = resolve(ctx.before, o.raw, bPointer);
    const a = resolve(ctx.after, n.raw, `${pointers.after}${pathToPointer([n.status])}`);
    if (!b || !a) continue;
    const root = `${statusWords(n.status)} of ${op}`;
    compareHeaders(ctx, b, a, subject, root);
    compareContent(ctx, b, a, 'response', subject, root);
  }
  for (const [key, n] of news) {
    if (olds.has(key) || n.status.startsWith('x-')) continue;
    rec(ctx).add({ subject, afterPointer: `${pointers.after}${pathToPointer([n.status])}`, kind: 'response-status-added', what: `${op} may now return ${statusWords(n.status)}` });
  }
}

function compareHeaders(ctx: SchemaDiffContext, b: { node: Obj; pointer: string }, a: { node: Obj; pointer: string }, subject: ChangeSubject, root: string): void {
  const headers = (r: { node: Obj; pointer: string }) => new Map(entries(r.node['headers']).map(([name, h]) => [name.toLowerCase(), { name, raw: h, pointer: `${r.pointer}${pathToPointer(['headers', name])}` }]));
  const olds = headers(b);
  const news = headers(a);
  for (const [key, h] of olds) {
    const n = news.get(key);
    if (!n) {
      rec(ctx).add({ subject, beforePointer: h.pointer, kind: 'response-header-removed', what: `${sentence(root)} no longer has the header ${code(h.name)}`, consequence: 'clients reading it will no longer find it' });
      continue;
    }
    const bh = resolve(ctx.before, h.raw, h.pointer);
    const ah = resolve(ctx.after, n.raw, n.pointer);
    if (bh?.node['schema'] !== undefined && ah?.node['schema'] !== undefined) {
      compareSchema(ctx, { raw: bh.node['schema'], pointer: `${bh.pointer}/schema` }, { raw: ah.node['schema'], pointer: `${ah.pointer}/schema` }, 'response', { subject, root: `the header ${code(n.name)} of ${root}`, path: '' });
    }
  }
  for (const [key, n] of news) {
    if (!olds.has(key)) rec(ctx).add({ subject, afterPointer: n.pointer, kind: 'response-header-added', what: `${sentence(root)} now has the header ${code(n.name)}` });
  }
}
