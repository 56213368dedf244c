import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString, type Obj } from '../rule-support/nodes.ts';

const ID = 'gds-no-credentials-in-url';

/** Credential names, in lower case without `_` or `-` (`api_key`, `access-token`, `clientSecret`). */
const CREDENTIALS = new Set([
  'apikey', 'token', 'accesstoken', 'refreshtoken', 'idtoken', 'authtoken', 'bearertoken', 'sessiontoken',
  'password', 'passwd', 'secret', 'clientsecret', 'apisecret',
]);

const isCredentialName = (name: string): boolean => CREDENTIALS.has(name.toLowerCase().replace(/[-_]/g, ''));

function checkScheme(scheme: Obj, { report, location }: UserContext): void {
  if (scheme['type'] !== 'apiKey') return;
  const where = asString(scheme['in']);
  if (where === 'query' || where === 'cookie') {
    report({
      message: `API key scheme has \`in: ${where}\`: ${where === 'query' ? 'keys in URLs end up in logs, browser history and referrer headers' : 'cookies are sent automatically and can be stolen'}. Use OAuth 2.0, or at least send the key in a header.`,
      location: location.child('in'),
      reference: ruleReference(ID),
    });
    return;
  }
  report({
    message: '`type: apiKey` relies on a long-lived key sent with every request, which is easily intercepted; prefer OAuth 2.0 access tokens.',
    location: location.child('type'),
    reference: ruleReference(ID),
    forceSeverity: 'warn',
  });
}

function checkParameter(param: Obj, { report, location }: UserContext): void {
  const name = asString(param['name']);
  const where = asString(param['in']);
  if (!name || (where !== 'query' && where !== 'path') || !isCredentialName(name)) return;
  report({
    message: `${where === 'query' ? 'Query' : 'Path'} parameter \`${name}\` puts a credential in the URL, where it is logged and cached; send credentials in the \`Authorization\` header.`,
    location: location.child('name'),
    reference: ruleReference(ID),
  });
}

const oas3: Oas3Rule = () => ({
  SecurityScheme: (scheme, ctx) => checkScheme(scheme as unknown as Obj, ctx),
  Parameter: (param, ctx) => checkParameter(param as unknown as Obj, ctx),
});

const oas2: Oas2Rule = () => ({
  SecurityScheme: (scheme, ctx) => checkScheme(scheme as unknown as Obj, ctx),
  Parameter: (param, ctx) => {
    const p = asObj(param);
    if (p) checkParameter(p, ctx);
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Keep credentials out of URLs and avoid API keys',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'You should also avoid using API keys',
    source: 'API technical and data standards (2024): Control access to your API',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 6,
  checks:
    'An `apiKey` security scheme with `in: query` or `in: cookie` is an error, and any other `apiKey` scheme is a warning. Query and path parameters named like credentials (`api_key`, `token`, `access_token`, `password`, `secret`, `client_secret` and similar) are errors.',
  why: 'URLs are written to server logs, proxy logs and browser history, so a credential in one leaks widely. API keys are long-lived and sent with every request, so one intercepted request is enough to misuse them.',
  fix: 'Use OAuth 2.0 and send the access token in the `Authorization` header. If an API key cannot be avoided yet, send it in a header, never in the URL or a cookie.',
  examples: {
    at: '',
    fail: 'components:\n  securitySchemes:\n    apiKey:\n      type: apiKey\n      in: query\n      name: api_key\n',
    pass: 'components:\n  securitySchemes:\n    oauth2:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: https://vehicle-records.api.gov.uk/oauth2/token\n          scopes:\n            vehicles:read: Read vehicle records.\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
