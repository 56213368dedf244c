import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { words } from '../rule-support/nodes.ts';
import { plainPath } from '../rule-support/path-templates.ts';

const ID = 'gds-paths-no-verbs';

/**
 * HTTP methods, and verbs that turn a resource path into a procedure call (`/start`, `/disable`,
 * `/archive/{id}`, `/recalculate`, `/agreements/{id}/cancel`). Only base forms: `refunds`, `reports`
 * and `transfers` are resources. Words that name standard endpoints (`authorize`, `token`, `login`)
 * or are more often nouns in paths (`record`, `report`, `register`, `return`, `charge`, `claim`,
 * `change`, `request`, `review`, `transfer`, `match`, `status`, `import`, `export`) are left out.
 */
const VERBS = new Set([
  'get', 'post', 'put', 'patch', 'delete',
  'create', 'update', 'fetch', 'list', 'search', 'do', 'add', 'remove', 'edit', 'modify', 'retrieve',
  'start', 'stop', 'restart', 'finish', 'enable', 'disable', 'activate', 'deactivate', 'reactivate',
  'archive', 'unarchive', 'restore', 'recalculate', 'calculate', 'compute', 'cancel', 'approve', 'reject',
  'submit', 'resubmit', 'send', 'resend', 'validate', 'verify', 'check', 'reset', 'generate', 'regenerate',
  'process', 'reprocess', 'refresh', 'revoke', 'expire', 'upload', 'download', 'sync', 'synchronise',
  'synchronize', 'trigger', 'execute', 'run', 'rerun', 'apply', 'assign', 'unassign', 'redact', 'resolve',
  'suspend', 'resume', 'lock', 'unlock', 'block', 'unblock', 'mark', 'set', 'clear', 'save', 'load',
  'find', 'lookup', 'query', 'count', 'copy', 'move', 'merge', 'split', 'convert', 'publish', 'unpublish',
  'withdraw', 'confirm', 'notify', 'invite', 'purge', 'flush',
]);

/** `post` is also a noun in British English: post office, postcode, post town. */
const POST_NOUNS = new Set(['office', 'offices', 'code', 'codes', 'town', 'towns', 'box', 'boxes', 'room']);

/** Segments that are part of a standard (`/.well-known/…`): not the API's own names. */
const STANDARD_PREFIX = /^\/?\.well-known\//;

/**
 * The verb a literal path segment starts with (`getVehicle`, `create-user`, `start`), if any. A verb
 * after a noun is a compound noun (`password-reset`, `health-check`, `data-export`).
 */
function verbIn(segment: string): string | undefined {
  // `$process-message`: a FHIR operation, named by the FHIR standard.
  if (segment === '' || segment.includes('{') || segment.startsWith('$')) return undefined;
  const [first, second] = words(segment);
  if (first === undefined || !VERBS.has(first)) return undefined;
  if (first === 'post' && second !== undefined && POST_NOUNS.has(second)) return undefined;
  return first;
}

function checkPath(path: string, { report, location }: UserContext): void {
  if (!path.startsWith('/') || STANDARD_PREFIX.test(path)) return;
  for (const segment of plainPath(path).split('/')) {
    const verb = verbIn(segment);
    if (verb === undefined) continue;
    report({
      message:
        segment === verb
          ? `Path segment \`${segment}\` in \`${path}\` is the verb \`${verb}\`; name the resource with a noun and let the HTTP method say what happens.`
          : `Path segment \`${segment}\` in \`${path}\` contains the verb \`${verb}\`; name the resource with a noun and let the HTTP method say what happens.`,
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
    'Splits every literal path segment into words (`getVehicle`, `get-vehicle` and `get_vehicle` alike) and flags a segment that starts with an HTTP method or an action verb: `create`, `update`, `search`, `start`, `stop`, `enable`, `disable`, `archive`, `cancel`, `recalculate`, `send`, `verify`, `reset` and about eighty more. Only base forms count, so `refunds` and `transfers` are nouns, and a verb after a noun makes a compound noun (`password-reset`); words that are more often nouns in paths (`record`, `report`, `register`, `request`) and standard names (`authorize`, `token`, `/.well-known/…`, FHIR operations such as `$process-message`) are not flagged, nor are `post-offices` and `postcodes`. Plural collection names are recommended but not checked.',
  why: 'In a resource-oriented API the path names a thing and the HTTP method says what to do with it. Verbs in paths duplicate the method, multiply endpoints and hide what is cached or safe to retry.',
  fix: 'Name the resource and use the method: `GET /vehicles` instead of `/getVehicles`, `POST /vehicles` instead of `/create-vehicle`, `GET /vehicles?colour=blue` instead of `/search-vehicles`; model an action as a change to a resource, such as `PATCH /agreements/{id}` with `status: cancelled` or `POST /agreements/{id}/cancellations` instead of `/agreements/{id}/cancel`.',
  examples: {
    at: '/paths',
    fail: '/vehicles/{registrationNumber}/archive:\n  post:\n    summary: Archive a vehicle\n    responses:\n      \'204\':\n        description: Archived.\n',
    pass: '/archived-vehicles:\n  post:\n    summary: Archive a vehicle\n    responses:\n      \'201\':\n        description: Archived.\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
