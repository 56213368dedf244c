/**
 * One operation's model: parameters, request body, responses (with schema tables and examples),
 * security, curl. The size limits come from the caller, which rebuilds an operation with tighter
 * limits when it is too big for a page.
 */
import type { Entry } from '../catalogue/schema.ts';
import type { LinkRegistry } from './anchors.ts';
import { buildCurl, type CurlParameter } from './curl.ts';
import { examplesFor, generateExample, type ExampleLimits } from './examples.ts';
import { renderMarkdown } from './markdown.ts';
import type { HeaderRow, MediaTypeModel, OperationModel, ParameterGroup, ParameterRow, ResponseModel, SafeLink } from './reference-types.ts';
import { pathToPointer } from '../yaml/parse.ts';
import { buildSchemaTable, constraintsOf, enumOf, exampleOf, pointerOf, typeLabel, type SchemaContext } from './schema-table.ts';
import { buildSecurityModel, curlAuthFor } from './security.ts';
import { primaryServerUrl, safeLink, serverModel } from './servers.ts';
import { HTTP_METHODS, mergeParameters } from './readers.ts';
import { arr, deref, entries, isObj, jsonText, obj, str, type Obj } from './spec-access.ts';


export interface RawOperation {
  method: string;
  path: string;
  operation: Obj;
  pathItem: Obj;
  webhook: boolean;
  /** JSON pointer of the operation object. */
  pointer: string;
  /** JSON pointer of its path item (the target of the item's `$ref`, when it has one). */
  pathItemPointer: string;
}

export interface OperationLimits extends ExampleLimits {
  maxDepth: number;
  maxRows: number;
}

export interface OperationContext {
  doc: Obj;
  links: LinkRegistry;
  /** Anchor of each component schema. */
  schemaAnchors: Map<string, string>;
  /** Anchor of each security scheme. */
  schemeAnchors: Map<string, string>;
  endpoints: Entry['endpoints'];
}

/** Every operation in document order: paths first, then webhooks. */
export function collectOperations(doc: Obj): RawOperation[] {
  const out: RawOperation[] = [];
  const visit = (paths: unknown, webhook: boolean) => {
    for (const [path, rawItem] of entries(paths)) {
      if (path.startsWith('x-')) continue;
      const resolved = deref(doc, rawItem);
      const pathItem = resolved.node;
      const at = pointerOf(resolved, pathToPointer([webhook ? 'webhooks' : 'paths', path])) ?? '';
      for (const method of HTTP_METHODS) {
        const operation = pathItem[method];
        if (isObj(operation)) out.push({ method, path, operation, pathItem, webhook, pointer: `${at}${pathToPointer([method])}`, pathItemPointer: at });
      }
      for (const [method, operation] of entries(pathItem['additionalOperations'])) {
        if (isObj(operation)) out.push({ method: method.toLowerCase(), path, operation, pathItem, webhook, pointer: `${at}${pathToPointer(['additionalOperations', method])}`, pathItemPointer: at });
      }
    }
  };
  visit(doc['paths'], false);
  visit(doc['webhooks'], true);
  return out;
}

const STATUS_TEXT: Record<string, string> = {
  '100': 'Continue', '101': 'Switching Protocols', '200': 'OK', '201': 'Created', '202': 'Accepted', '203': 'Non-Authoritative Information',
  '204': 'No Content', '205': 'Reset Content', '206': 'Partial Content', '207': 'Multi-Status', '300': 'Multiple Choices',
  '301': 'Moved Permanently', '302': 'Found', '303': 'See Other', '304': 'Not Modified', '307': 'Temporary Redirect',
  '308': 'Permanent Redirect', '400': 'Bad Request', '401': 'Unauthorized', '402': 'Payment Required', '403': 'Forbidden',
  '404': 'Not Found', '405': 'Method Not Allowed', '406': 'Not Acceptable', '408': 'Request Timeout', '409': 'Conflict',
  '410': 'Gone', '411': 'Length Required', '412': 'Precondition Failed', '413': 'Content Too Large', '414': 'URI Too Long',
  '415': 'Unsupported Media Type', '416': 'Range Not Satisfiable', '417': 'Expectation Failed', '422': 'Unprocessable Content',
  '423': 'Locked', '424': 'Failed Dependency', '425': 'Too Early', '426': 'Upgrade Required', '428': 'Precondition Required',
  '429': 'Too Many Requests', '431': 'Request Header Fields Too Large', '451': 'Unavailable For Legal Reasons',
  '500': 'Internal Server Error', '501': 'Not Implemented', '502': 'Bad Gateway', '503': 'Service Unavailable',
  '504': 'Gateway Timeout', '505': 'HTTP Version Not Supported',
};

export function statusText(status: string): string {
  if (status === 'default') return 'Any other status';
  const known = STATUS_TEXT[status];
  if (known) return known;
  const range = status.toUpperCase();
  if (/^[1-5]XX$/.test(range)) return ['', 'Informational', 'Success', 'Redirection', 'Client error', 'Server error'][Number(range[0])] ?? '';
  return '';
}

function category(status: string): ResponseModel['category'] {
  if (status === 'default') return 'default';
  return (['informational', 'informational', 'success', 'redirect', 'client-error', 'server-error'] as const)[Number(status[0])] ?? 'default';
}

const LOCATIONS: ParameterRow['location'][] = ['path', 'query', 'header', 'cookie'];
const LOCATION_LABELS: Record<ParameterRow['location'], string> = {
  path: 'Path parameters',
  query: 'Query parameters',
  header: 'Header parameters',
  cookie: 'Cookie parameters',
};

/** Path-level and operation-level parameters, the operation's winning on the same name and location. */
export function mergedParameters(doc: Obj, raw: RawOperation): Obj[] {
  const resolved = (list: unknown): Obj[] => arr(list).map((p) => deref(doc, p).node);
  return mergeParameters(resolved(raw.pathItem['parameters']), resolved(raw.operation['parameters']), (param) => {
    const name = str(param['name']);
    const location = str(param['in']);
    return name && LOCATIONS.includes(location as ParameterRow['location']) ? `${location}:${name}` : undefined;
  });
}

/** The schema of a parameter or header (`schema`, or the first `content` entry's). */
function schemaOfParameter(param: Obj): unknown {
  if (param['schema'] !== undefined) return param['schema'];
  const first = entries(param['content'])[0];
  return first ? obj(first[1])['schema'] : undefined;
}

/** Where the schema of a parameter at `at` is written. */
function parameterSchemaPointer(param: Obj, at: string): string {
  if (param['schema'] !== undefined) return `${at}/schema`;
  const first = entries(param['content'])[0];
  return `${at}${pathToPointer(['content', first?.[0] ?? '', 'schema'])}`;
}

/** JSON pointer of each parameter the operation takes, keyed `in:name` (the operation's own winning). */
function parameterPointers(doc: Obj, raw: RawOperation): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (list: unknown, at: string) => {
    arr(list).forEach((p, i) => {
      const resolved = deref(doc, p);
      const pointer = pointerOf(resolved, `${at}/parameters/${i}`);
      if (pointer !== undefined) out.set(`${str(resolved.node['in'])}:${str(resolved.node['name'])}`, pointer);
    });
  };
  visit(raw.pathItem['parameters'], raw.pathItemPointer);
  visit(raw.operation['parameters'], raw.pointer);
  return out;
}

function parameterExample(doc: Obj, param: Obj): unknown {
  if (param['example'] !== undefined) return param['example'];
  const named = entries(param['examples'])[0];
  if (named) return deref(doc, named[1]).node['value'];
  const schema = deref(doc, schemaOfParameter(param)).node;
  if (schema['example'] !== undefined) return schema['example'];
  if (Array.isArray(schema['examples']) && schema['examples'].length) return schema['examples'][0];
  if (Array.isArray(schema['enum']) && schema['enum'].length) return schema['enum'][0];
  return undefined;
}

function hasFields(table: { rows: unknown[] }): boolean {
  return table.rows.length > 0;
}

/** Media types that share the same schema and examples are shown once. */
function buildContents(doc: Obj, content: unknown, at: string | undefined, direction: 'request' | 'response', schemaCtx: SchemaContext, limits: OperationLimits): MediaTypeModel[] {
  const groups = new Map<string, { mediaTypes: string[]; media: Obj }>();
  for (const [mediaType, rawMedia] of entries(content)) {
    const media = obj(rawMedia);
    let key: string;
    try {
      key = JSON.stringify([media['schema'], media['example'], media['examples']]) ?? mediaType;
    } catch {
      key = mediaType;
    }
    // XML and JSON examples read differently even when the data is the same.
    key = `${/xml/i.test(mediaType) ? 'xml' : 'other'}:${key}`;
    const group = groups.get(key);
    if (group) group.mediaTypes.push(mediaType);
    else groups.set(key, { mediaTypes: [mediaType], media });
  }
  return [...groups.values()].map(({ mediaTypes, media }) => {
    const model: MediaTypeModel = { mediaTypes, ...examplesFor(doc, media, mediaTypes[0] ?? '', direction, limits) };
    if (media['schema'] !== undefined) {
      const schemaAt = at === undefined ? undefined : `${at}${pathToPointer([mediaTypes[0] ?? '', 'schema'])}`;
      model.table = buildSchemaTable(media['schema'], schemaAt === undefined ? schemaCtx : { ...schemaCtx, at: schemaAt });
    }
    return model;
  });
}

function headerRows(doc: Obj, headers: unknown): HeaderRow[] {
  return entries(headers).map(([name, raw]) => {
    const header = deref(doc, raw).node;
    const schema = schemaOfParameter(header);
    return {
      name,
      type: schema === undefined ? '' : typeLabel(doc, schema),
      format: str(deref(doc, schema).node['format']),
      required: header['required'] === true,
      descriptionHtml: renderMarkdown(header['description'], { headingLevel: 6 }),
    };
  });
}

/** The first example value for a media type object, for curl. */
function bodyExample(doc: Obj, media: Obj): unknown {
  const named = entries(media['examples'])[0];
  if (named) {
    const value = deref(doc, named[1]).node['value'];
    if (value !== undefined) return value;
  }
  if (media['example'] !== undefined) return media['example'];
  return media['schema'] === undefined ? undefined : generateExample(doc, media['schema'], 'request');
}

/** Words for search from a name: `nhsNumber` → `nhs number`, `postal_code` → `postal code`. */
export function nameWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.[\]*]+/g, ' ')
    .trim()
    .toLowerCase();
}

export function buildOperation(raw: RawOperation, anchor: string, ctx: OperationContext, limits: OperationLimits): OperationModel {
  const { doc, links } = ctx;
  const op = raw.operation;
  const schemaCtx: SchemaContext = {
    doc,
    maxDepth: limits.maxDepth,
    maxRows: limits.maxRows,
    schemaLink: (name) => {
      const target = ctx.schemaAnchors.get(name);
      return target ? links.make(name, target, anchor) : undefined;
    },
  };
  const searchWords = new Set<string>();

  const params = mergedParameters(doc, raw);
  const pointers = parameterPointers(doc, raw);
  const parameters: ParameterGroup[] = [];
  for (const location of LOCATIONS) {
    const rows = params
      .filter((p) => p['in'] === location)
      .map((param): ParameterRow => {
        const schemaRaw = schemaOfParameter(param);
        const schema = deref(doc, schemaRaw).node;
        searchWords.add(nameWords(str(param['name'])));
        const row: ParameterRow = {
          name: str(param['name']),
          location,
          required: param['required'] === true || location === 'path',
          deprecated: param['deprecated'] === true,
          type: schemaRaw === undefined ? '' : typeLabel(doc, schemaRaw),
          format: str(schema['format']),
          constraints: constraintsOf(schema),
          enumValues: enumOf(schema),
          descriptionHtml: renderMarkdown(param['description'], { headingLevel: 6 }),
          example: param['example'] !== undefined ? jsonText(param['example'], 160) : exampleOf(schema),
          defaultValue: schema['default'] === undefined ? '' : jsonText(schema['default'], 120),
        };
        const pointer = pointers.get(`${location}:${row.name}`);
        if (pointer !== undefined) row.pointer = pointer;
        if (schemaRaw !== undefined) {
          const table = buildSchemaTable(schemaRaw, pointer === undefined ? schemaCtx : { ...schemaCtx, at: parameterSchemaPointer(param, pointer) });
          if (hasFields(table)) row.table = table;
        }
        return row;
      });
    if (rows.length) parameters.push({ location, label: LOCATION_LABELS[location], rows });
  }

  let requestBody: OperationModel['requestBody'];
  const rawBody = op['requestBody'];
  if (rawBody !== undefined) {
    const resolvedBody = deref(doc, rawBody);
    const body = resolvedBody.node;
    const bodyAt = pointerOf(resolvedBody, `${raw.pointer}/requestBody`);
    requestBody = {
      required: body['required'] === true,
      descriptionHtml: renderMarkdown(body['description'], { headingLevel: 5 }),
      contents: buildContents(doc, body['content'], bodyAt === undefined ? undefined : `${bodyAt}/content`, 'request', schemaCtx, limits),
    };
  }

  const responses: ResponseModel[] = entries(op['responses'])
    .filter(([status]) => !status.startsWith('x-'))
    .map(([status, rawResponse]) => {
      const resolvedResponse = deref(doc, rawResponse);
      const response = resolvedResponse.node;
      const responseAt = pointerOf(resolvedResponse, `${raw.pointer}${pathToPointer(['responses', status])}`);
      return {
        status,
        statusText: statusText(status),
        category: category(status),
        descriptionHtml: renderMarkdown(response['description'], { headingLevel: 5 }),
        headers: headerRows(doc, response['headers']),
        contents: buildContents(doc, response['content'], responseAt === undefined ? undefined : `${responseAt}/content`, 'response', schemaCtx, limits),
      };
    });

  for (const media of [...(requestBody?.contents ?? []), ...responses.flatMap((r) => r.contents)]) {
    for (const row of media.table?.rows ?? []) if (row.kind === 'property') searchWords.add(nameWords(row.name));
  }

  const security = buildSecurityModel(doc, op['security'], ctx.schemeAnchors, links, anchor);
  const ownServers = Array.isArray(op['servers']) ? op['servers'] : Array.isArray(raw.pathItem['servers']) ? raw.pathItem['servers'] : undefined;
  const summary = str(op['summary']).trim();
  const method = raw.method.toUpperCase();

  let curl = '';
  if (!raw.webhook) {
    const curlParams: CurlParameter[] = params.map((p) => {
      const example = parameterExample(doc, p);
      return {
        name: str(p['name']),
        location: str(p['in']) as CurlParameter['location'],
        required: p['required'] === true || p['in'] === 'path',
        ...(example !== undefined ? { example } : {}),
      };
    });
    const bodyContent = entries(rawBody === undefined ? undefined : deref(doc, rawBody).node['content']);
    const chosen = bodyContent.find(([m]) => /json/i.test(m)) ?? bodyContent[0];
    const success = entries(op['responses']).find(([s]) => s.startsWith('2'));
    const accept = success ? entries(deref(doc, success[1]).node['content'])[0]?.[0] : undefined;
    curl = buildCurl({
      method,
      baseUrl: primaryServerUrl(ownServers ?? doc['servers'], ctx.endpoints),
      path: raw.path,
      parameters: curlParams,
      ...(chosen ? { body: { mediaType: chosen[0], example: bodyExample(doc, obj(chosen[1])) } } : {}),
      ...(accept ? { accept } : {}),
      auth: curlAuthFor(doc, security),
    });
  }

  const externalDocs = obj(op['externalDocs']);
  const docsLink: SafeLink | undefined = safeLink(str(externalDocs['url']), str(externalDocs['description']) || 'More documentation');

  return {
    anchor,
    method,
    path: raw.path,
    pointer: raw.pointer,
    operationId: str(op['operationId']),
    title: summary || `${method} ${raw.path}`,
    summary,
    descriptionHtml: renderMarkdown(op['description'], { headingLevel: 4 }),
    deprecated: op['deprecated'] === true,
    webhook: raw.webhook,
    tags: arr(op['tags']).map(str).filter(Boolean),
    parameters,
    ...(requestBody ? { requestBody } : {}),
    responses,
    security,
    servers: ownServers ? ownServers.map((s) => serverModel(s)) : [],
    ...(docsLink ? { externalDocs: docsLink } : {}),
    curl,
    callbacks: entries(op['callbacks']).map(([name]) => name),
    searchText: [...searchWords].filter(Boolean).join(' '),
    reduced: false,
  };
}
