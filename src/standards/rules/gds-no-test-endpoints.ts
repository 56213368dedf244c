import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { asObj, isHttpMethod } from '../../openapi/readers.ts';
import type { GdsRule } from '../rule.ts';
import { visitingCallbackOrWebhook } from '../rule-support/callbacks.ts';
import { words } from '../rule-support/nodes.ts';
import { plainPath } from '../rule-support/path-templates.ts';
import { reportCause } from '../rule-support/report.ts';

const ID = 'gds-no-test-endpoints';

/** Words that make a path segment or tag a test, diagnostic or stub endpoint. */
const MARKERS = new Set(['test', 'tests', 'testing', 'smoke', 'smoketest', 'smoketests', 'testsupport', 'debug', 'stub', 'stubs', 'actuator', 'mock', 'mocks', 'fake']);
/** Words that may stand beside a marker in such a name (`test-support`, `test-only`, `smoke-tests`). */
const COMPANIONS = new Set(['support', 'only', 'data', 'endpoint', 'endpoints', 'api', 'tools', 'utils', 'helpers', 'harness']);

/**
 * The marker a name is made of, when every word of it is a marker or a companion (`test-support`,
 * `_debug`, `actuator`, `Test Support`); `request-stripe-test-account` is a business resource.
 */
function testName(name: string): string | undefined {
  const list = words(name);
  if (list.length === 0 || !list.every((w) => MARKERS.has(w) || COMPANIONS.has(w))) return undefined;
  return list.find((w) => MARKERS.has(w));
}

function checkPath(path: string, ctx: UserContext): void {
  if (!path.startsWith('/') || visitingCallbackOrWebhook(ctx)) return;
  const segment = plainPath(path)
    .split('/')
    .find((s) => s !== '' && !s.includes('{') && testName(s) !== undefined);
  if (segment === undefined) return;
  reportCause(ctx, ID, {
    message: `Path \`${path}\` is a test, diagnostic or stub endpoint (\`${segment}\`): remove it from the published document, and from the live API unless users need it.`,
    location: ctx.location.key(),
    cause: `path:${segment.toLowerCase()}`,
    merge: true,
  });
}

function checkTags(operation: object, ctx: UserContext): void {
  const tags = (operation as Record<string, unknown>)['tags'];
  if (!Array.isArray(tags) || visitingCallbackOrWebhook(ctx)) return;
  const tag = tags.find((t): t is string => typeof t === 'string' && testName(t) !== undefined);
  if (tag === undefined) return;
  const path = /^#?\/paths\/([^/]+)\//.exec(ctx.location.pointer)?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';
  if (path.split('/').some((s) => testName(s) !== undefined)) return; // reported for its path already
  reportCause(ctx, ID, {
    message: `Operations tagged \`${tag}\` are test, diagnostic or stub endpoints: remove them from the published document, and from the live API unless users need them.`,
    location: ctx.location.child('tags').key(),
    cause: `tag:${tag}`,
    merge: true,
  });
}

const visitors = () => ({
  Paths: {
    PathItem: {
      enter: (_item: object, ctx: UserContext) => checkPath(String(ctx.key), ctx),
      Operation: (operation: object, ctx: UserContext) => {
        if (isHttpMethod(String(ctx.key)) && asObj(operation)) checkTags(operation, ctx);
      },
    },
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Leave test, diagnostic and stub endpoints out',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'Remove any endpoints you do not need – for example, test endpoints or stubs',
    source: 'API technical and data standards (2024): Secure your API',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 6,
  checks:
    'No path has a segment made only of test, diagnostic or stub words (`test`, `tests`, `test-support`, `smoke-tests`, `debug`, `stub`, `stubs`, `actuator`, `mock`, `fake`), and no operation is tagged with such a name (such as `Test Support`). A word inside a business name is not flagged: `/request-stripe-test-account` names a resource. Each such segment or tag is one finding, listing its paths. Callbacks and webhooks are left alone.',
  why: 'Every published endpoint is one attackers can find and users may build on. Test support, smoke tests, framework actuators and debug routes expose internals and change without notice.',
  fix: 'Remove the endpoints from the published document, and switch them off in production. Offer testing through a separate sandbox environment, documented as a server of its own.',
  examples: {
    at: '/paths',
    fail: '/test-support/vehicles:\n  post:\n    summary: Create test vehicles\n    responses:\n      \'201\':\n        description: Created.\n',
    pass: '/vehicles:\n  post:\n    summary: Register a vehicle\n    responses:\n      \'201\':\n        description: Created.\n',
  },
  swagger2: true,
  oas3: visitors as unknown as Oas3Rule,
  oas2: visitors as unknown as Oas2Rule,
};

export default rule;
