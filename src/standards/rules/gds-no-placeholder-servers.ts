import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { asObj, asString } from '../../openapi/readers.ts';
import type { GdsRule } from '../rule.ts';
import { reportCause } from '../rule-support/report.ts';
import { hostOf, placeholderKind, placeholderUrl, type PlaceholderKind } from '../rule-support/servers.ts';

const ID = 'gds-no-placeholder-servers';

const WHY: Readonly<Record<PlaceholderKind, string>> = {
  local: 'the local machine',
  reserved: 'a name reserved for examples and tests',
  'single-label': 'a name without a domain, which only works inside one network',
  templated: 'a placeholder for a build tool to fill in',
};

/** Reports a placeholder address: an error, except the local machine, which is a development address (a warning, in every version). */
function reportPlaceholder(ctx: UserContext, what: string, value: string, host: string, kind: PlaceholderKind, location: Location): void {
  reportCause(ctx, ID, {
    message:
      kind === 'local'
        ? `${what} \`${value}\` points at \`${host}\`, ${WHY[kind]}: remove development servers from the published document, or give the real address.`
        : `${what} \`${value}\` points at \`${host}\`, ${WHY[kind]}: give the real address of the API.`,
    location,
    cause: `${kind}:${host.toLowerCase()}`,
    ...(kind === 'local' ? { forceSeverity: 'warn' as const } : {}),
  });
}

function checkUrl(ctx: UserContext, what: string, url: unknown, location: Location, variables?: unknown): void {
  const value = asString(url);
  if (value === undefined) return;
  const found = placeholderUrl(value, variables);
  if (found) reportPlaceholder(ctx, what, value, found.host, found.kind, location);
}

function trailingSlash(ctx: UserContext, what: string, value: unknown, location: Location): void {
  if (typeof value === 'string' && value.length > 1 && value.endsWith('/')) {
    reportCause(ctx, ID, {
      message: `${what} \`${value}\` ends with a slash, which doubles up with the leading slash of every path: remove the trailing \`/\`.`,
      location,
      forceSeverity: 'warn',
    });
  }
}

const OAUTH_URLS = ['authorizationUrl', 'tokenUrl', 'refreshUrl'] as const;

const oas3: Oas3Rule = () => ({
  Server(server, ctx) {
    checkUrl(ctx, 'Server `url`', server.url, ctx.location.child('url'), server.variables);
    trailingSlash(ctx, 'Server `url`', server.url, ctx.location.child('url'));
  },
  SecurityScheme(scheme, ctx) {
    const fields = scheme as unknown as Record<string, unknown>;
    if (fields['type'] === 'openIdConnect') checkUrl(ctx, 'OpenID Connect URL', fields['openIdConnectUrl'], ctx.location.child('openIdConnectUrl'));
    for (const [flowName, flow] of Object.entries(asObj(fields['flows']) ?? {})) {
      for (const field of OAUTH_URLS) checkUrl(ctx, `OAuth ${flowName} \`${field}\``, asObj(flow)?.[field], ctx.location.child(['flows', flowName, field]));
    }
  },
});

const oas2: Oas2Rule = () => ({
  Root(root, ctx) {
    const { host, basePath } = root as unknown as Record<string, unknown>;
    if (typeof host === 'string' && host !== '') {
      // A templated host (`{{host}}`) is not a URL; check it as written.
      const name = /[{}$@%<>]/.test(host) ? host : (hostOf(`https://${host}`) ?? host);
      const kind = placeholderKind(name);
      if (kind) reportPlaceholder(ctx, '`host`', host, name, kind, ctx.location.child('host'));
    }
    trailingSlash(ctx, '`basePath`', basePath, ctx.location.child('basePath'));
  },
  SecurityScheme(scheme, ctx) {
    const fields = scheme as unknown as Record<string, unknown>;
    for (const field of ['authorizationUrl', 'tokenUrl'] as const) checkUrl(ctx, `OAuth \`${field}\``, fields[field], ctx.location.child(field));
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Publish real server and sign-in addresses',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'Keep your documentation up to date with the correct endpoint URLs',
    source: 'Get an API domain on GOV.UK',
    url: 'https://www.gov.uk/guidance/get-an-api-domain-on-govuk',
  },
  tcop: 9,
  checks:
    'No server URL (after filling in variable defaults), Swagger 2.0 `host`, OAuth authorisation, token or refresh URL or OpenID Connect URL points at a placeholder: a name reserved for examples and tests (example.com/.org/.net, the .example, .test, .invalid and .local domains), a name without a domain (`https://server/api`), or a template for a build tool (`{{host}}`, `${API_HOST}`). These are errors. The local machine (localhost, 127.x.x.x, ::1) is a development address: a warning, in Swagger 2.0 and OpenAPI 3 alike. A server URL or `basePath` that ends with a slash is a warning.',
  why: 'Readers copy these addresses into their code and tools call them; a placeholder sends them nowhere, and an OAuth placeholder leaves them no way to get a token. A trailing slash produces double slashes in request URLs.',
  fix: 'Replace placeholder and development addresses with the public URL of each environment, without a trailing slash; if a deployment fills the host in, publish the filled-in document.',
  examples: {
    at: '/servers/0',
    fail: 'url: https://server/v1\n',
    pass: 'url: https://vehicle-records.api.gov.uk/v1\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
