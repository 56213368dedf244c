import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { words } from '../rule-support/nodes.ts';

const ID = 'gds-paths-no-verbs';

/** HTTP methods and the action verbs that most often turn a resource path into a procedure call. */
const VERBS = new Set([
  'get', 'post', 'put', 'patch', 'delete',
  'create', 'update', 'fetch', 'list', 'search', 'do', 'add', 'remove', 'edit', 'modify', 'retrieve',
]);

/** `post` is also a noun in British English: post office, postcode, post town. */
const POST_NOUNS = new Set(['office', 'offices', 'code', 'codes', 'town', 'towns', 'box', 'boxes', 'room']);

/** The verb a literal path segment starts with (`getVehicle`, `create-user`, `search`), if any. */
function leadingVerb(segment: string): string | undefined {
  if (segment === '' || segment.includes('{')) return undefined;
  const [first, second] = words(segment);
  if (first === undefined || !VERBS.has(first)) return undefined;
  if (first === 'post' && second !== undefined && POST_NOUNS.has(second)) return undefined;
  return first;
}

function checkPath(path: string, { report, location }: UserContext): void {
  if (!path.startsWith('/')) return;
  for (const segment of path.split('/')) {
    const verb = leadingVerb(segment);
    if (verb === undefined) continue;
    report({
      message: `Path segment \`${segment}\` in \`${path}\` starts with the verb \`${verb}\`; name the resource with a noun and let the HTTP method say what happens.`,
      location: location.key(),
      reference: ruleReference(ID),
    });
    return;
  }
}

const oas3: Oas3Rule = () => ({ Paths: { PathItem: (_item, ctx) => checkPath(String(ctx.key), ctx) } });
const oas2: Oas2Rule = () => ({ Paths: { PathItem: (_item, ctx) => checkPath(String(ctx.key), ctx) } });

const rule: GdsRule = {
  id: ID,
  title: 'Name paths with nouns, not verbs',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'use nouns rather than verbs',
    source: 'API technical and data standards (v2, 2019): When naming and hosting your API',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 9,
  checks:
    'No literal path segment starts with an HTTP method or an action verb (`get`, `post`, `put`, `patch`, `delete`, `create`, `update`, `fetch`, `list`, `search`, `do`, `add`, `remove`, `edit`, `modify`, `retrieve`), whether written as `getVehicle`, `get-vehicle` or `get_vehicle`. Nouns such as `post-offices` and `postcodes` are not flagged. Plural collection names are recommended but not checked.',
  why: 'In a resource-oriented API the path names a thing and the HTTP method says what to do with it. Verbs in paths duplicate the method, multiply endpoints and hide what is cached or safe to retry.',
  fix: 'Name the resource and use the method: `GET /vehicles` instead of `/getVehicles`, `POST /vehicles` instead of `/create-vehicle`, and `GET /vehicles?colour=blue` instead of `/search-vehicles`.',
  examples: {
    fail: 'paths:\n  /getVehicles:\n    get:\n      summary: List vehicles\n',
    pass: 'paths:\n  /vehicles:\n    get:\n      summary: List vehicles\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
