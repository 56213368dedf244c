import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { expandServerUrl, hostOf } from '../rule-support/servers.ts';

const ID = 'gds-no-placeholder-servers';
const reference = ruleReference(ID);

/** The node's fields, for reading keys the typings do not declare. */
const fieldsOf = (node: object): Record<string, unknown> => node as Record<string, unknown>;

/** Names reserved for examples, tests and the local machine (RFC 2606, RFC 6761). */
const PLACEHOLDER_HOST =
  /(^|\.)(example\.(com|org|net)|localhost)$|\.(example|test|invalid|local)$|^127(\.\d{1,3}){3}$|^0\.0\.0\.0$|^\[::1?\]$/i;

const placeholderMessage = (field: string, value: string, host: string): string =>
  `${field} \`${value}\` points at \`${host}\`, a name reserved for examples or the local machine: give the real address of the API.`;

const oas3: Oas3Rule = () => ({
  Server(server, { report, location }) {
    const url: unknown = server.url;
    if (typeof url !== 'string') return;
    const host = hostOf(expandServerUrl(url, server.variables));
    if (host !== undefined && PLACEHOLDER_HOST.test(host)) {
      report({ message: placeholderMessage('Server `url`', url, host), location: location.child('url'), reference });
    }
    if (url.length > 1 && url.endsWith('/')) {
      report({
        message: `Server \`url\` \`${url}\` ends with a slash, which doubles up with the leading slash of every path: remove the trailing \`/\`.`,
        location: location.child('url'),
        reference,
      });
    }
  },
});

const oas2: Oas2Rule = () => ({
  Root(root, { report, location }) {
    const { host, basePath } = fieldsOf(root);
    if (typeof host === 'string') {
      const name = hostOf(`https://${host}`);
      if (name !== undefined && PLACEHOLDER_HOST.test(name)) {
        report({ message: placeholderMessage('`host`', host, name), location: location.child('host'), reference });
      }
    }
    if (typeof basePath === 'string' && basePath.length > 1 && basePath.endsWith('/')) {
      report({
        message: `\`basePath\` \`${basePath}\` ends with a slash, which doubles up with the leading slash of every path: remove the trailing \`/\`.`,
        location: location.child('basePath'),
        reference,
      });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Publish real server addresses',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'Keep your documentation up to date with the correct endpoint URLs',
    source: 'Get an API domain on GOV.UK',
    url: 'https://www.gov.uk/guidance/get-an-api-domain-on-govuk',
  },
  tcop: 9,
  checks:
    'No server URL (after filling in variable defaults) or Swagger 2.0 `host` points at a reserved example or local name: example.com/.org/.net, localhost, 127.x.x.x, ::1, or the .example, .test, .invalid and .local domains. No server URL or `basePath` ends with a slash.',
  why: 'Readers copy server URLs into their code and tools call them; a placeholder or local address sends them nowhere, and a trailing slash produces double slashes in request URLs.',
  fix: 'Replace placeholder and development servers with the public URL of each environment, without a trailing slash.',
  examples: {
    fail: 'servers:\n  - url: https://api.example.com/v1/\n',
    pass: 'servers:\n  - url: https://vehicle-records.api.gov.uk/v1\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
