import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { words, type Obj } from '../rule-support/nodes.ts';
import { operationParameters } from '../rule-support/parameters.ts';

const ID = 'gds-query-parameters';

/** Names that select what the API does rather than filter what it returns. */
const BEHAVIOUR = new Set(['action', 'method', 'operation', 'cmd', 'command', 'op']);

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** `vehicles` → `vehicle`, `categories` → `category`, `addresses` → `address`. */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Whether a GET query parameter identifies the resource the path names: `id`, or `<resource>_id` /
 * `<resource>Id` where the path's last literal segment is that resource (`GET /vehicles?vehicle_id=`).
 * Foreign keys used to filter (`GET /vehicles?keeper_id=`) are allowed.
 */
function identifies(name: string, path: string): boolean {
  const w = words(name);
  if (w.length === 1 && (w[0] === 'id' || w[0] === 'ids')) return true;
  if (w.length < 2 || (w[w.length - 1] !== 'id' && w[w.length - 1] !== 'ids')) return false;
  const segments = path.split('/').filter((s) => s !== '' && !s.startsWith('{'));
  const last = segments[segments.length - 1];
  if (last === undefined) return false;
  const resource = words(last).map(singular).join('');
  return resource !== '' && w.slice(0, -1).join('') === resource;
}

function checkOperation(operation: Obj, ctx: UserContext, path: string, pathItem: Obj | undefined, pathItemLocation: Location | undefined, reported: Set<string>): void {
  const method = String(ctx.key).toLowerCase();
  for (const p of operationParameters(operation, ctx.location, pathItem, pathItemLocation, ctx.resolve)) {
    if (p.in !== 'query') continue;
    let message: string | undefined;
    if (BEHAVIOUR.has(p.name.toLowerCase())) {
      message = `Query parameter \`${p.name}\` changes what the API does; use a separate resource or HTTP method instead of a query string.`;
    } else if (WRITE_METHODS.has(method)) {
      message = `Query parameter \`${p.name}\` is used with ${method.toUpperCase()}; only use query strings to filter GET requests, and send other input in the path or body.`;
    } else if (method === 'get' && identifies(p.name, path)) {
      const collection = path.split('/').filter((s) => s !== '' && !s.startsWith('{')).pop() ?? '';
      message = `Query parameter \`${p.name}\` identifies the resource; put the identifier in the path instead, as in \`${collection ? `/${collection}` : ''}/{${p.name}}\`.`;
    }
    if (message === undefined) continue;
    const pointer = p.listedAt.absolutePointer;
    if (reported.has(pointer)) continue;
    reported.add(pointer);
    ctx.report({ message, location: p.listedAt, reference: ruleReference(ID) });
  }
}

function visitors() {
  const reported = new Set<string>();
  let path = '';
  let pathItem: Obj | undefined;
  let pathItemLocation: Location | undefined;
  return {
    Paths: {
      PathItem: {
        enter(item: unknown, ctx: UserContext) {
          path = String(ctx.key);
          pathItem = item as Obj;
          pathItemLocation = ctx.location;
        },
        Operation(operation: unknown, ctx: UserContext) {
          checkOperation(operation as Obj, ctx, path, pathItem, pathItemLocation, reported);
        },
      },
    },
  };
}

const oas3: Oas3Rule = () => visitors();
const oas2: Oas2Rule = () => visitors();

const rule: GdsRule = {
  id: ID,
  title: 'Use query strings only to filter GET requests',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'You should never use query strings in GET requests for identification purposes',
    source: 'API technical and data standards (v2, 2019): When using query arguments',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 9,
  checks:
    'Flags query parameters that select behaviour (`action`, `method`, `operation`, `cmd`, `command`, `op`), query parameters on POST, PUT, PATCH and DELETE, and GET query parameters that identify the resource the path names: `id`, or `vehicle_id` / `vehicleId` on `/vehicles`. Foreign keys used as filters, such as `keeperId` on `/vehicles`, are allowed.',
  why: 'An identifier belongs in the path so that each resource has one URL that can be linked, cached and logged. Query strings that switch behaviour or carry input to writes make requests hard to reason about and easy to log with sensitive data.',
  fix: 'Move identifiers into the path (`GET /vehicles/{registrationNumber}`), express actions as resources or methods, and send input for writes in the request body.',
  examples: {
    at: '',
    fail: 'paths:\n  /vehicles:\n    get:\n      parameters:\n        - name: vehicleId\n          in: query\n          schema:\n            type: string\n',
    pass: 'paths:\n  /vehicles/{vehicleId}:\n    get:\n      parameters:\n        - name: vehicleId\n          in: path\n          required: true\n          schema:\n            type: string\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
