import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { expandServerUrl } from '../rule-support/servers.ts';

const ID = 'gds-servers-defined';
const reference = ruleReference(ID);

/** The node's fields, for reading keys the typings do not declare. */
const fieldsOf = (node: object): Record<string, unknown> => node as Record<string, unknown>;
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]/i;

type ServerVariables = Record<string, { default?: unknown; enum?: unknown } | undefined>;

const oas3: Oas3Rule = () => ({
  Root(root, { report, location }) {
    const servers: unknown = fieldsOf(root)['servers'];
    if (servers === undefined) {
      report({
        message: 'The document has no `servers`, so readers cannot tell where the API is: add a server with the absolute URL of the API.',
        location,
        reference,
      });
    } else if (Array.isArray(servers) && servers.length === 0) {
      report({ message: '`servers` is empty: list at least one server with the absolute URL of the API.', location: location.child('servers').key(), reference });
    }
  },
  Server(server, { report, location }) {
    const url: unknown = server.url;
    const variables = server.variables as ServerVariables | undefined;
    if (typeof url === 'string' && !ABSOLUTE.test(expandServerUrl(url, variables).trim())) {
      report({
        message: url.trim() === ''
          ? 'Server `url` is empty: give the absolute URL of the API, such as `https://name-of-api.api.gov.uk/v1`.'
          : `Server \`url\` \`${url}\` is not an absolute URL, so it only works relative to wherever the document is hosted: give the full URL, such as \`https://name-of-api.api.gov.uk/v1\`.`,
        location: location.child('url'),
        reference,
      });
    }
    for (const [name, variable] of Object.entries(variables ?? {})) {
      const values: unknown = variable?.enum;
      if (!Array.isArray(values)) continue;
      if (values.length === 0) {
        report({ message: `Server variable \`${name}\` has an empty \`enum\`: list its allowed values or remove \`enum\`.`, location: location.child(['variables', name, 'enum']), reference });
      } else if (variable?.default !== undefined && !values.includes(variable.default)) {
        report({
          message: `The \`default\` of server variable \`${name}\` (\`${String(variable.default)}\`) is not one of its \`enum\` values.`,
          location: location.child(['variables', name, 'default']),
          reference,
        });
      }
    }
  },
});

const oas2: Oas2Rule = () => ({
  Root(root, { report, location }) {
    const host: unknown = fieldsOf(root)['host'];
    if (host === undefined || host === '') {
      report({
        message: '`host` is missing, so readers cannot tell where the API is: set `host` (and `basePath`) to where the API is served.',
        location: host === undefined ? location : location.child('host'),
        reference,
      });
    } else if (typeof host === 'string' && /[/\s]|:\/\//.test(host)) {
      report({
        message: `\`host\` \`${host}\` must be a host name (with an optional port) only: move the scheme to \`schemes\` and any path to \`basePath\`.`,
        location: location.child('host'),
        reference,
      });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Say where the API is served',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'You MUST document how to connect to your API',
    source: 'Home Office engineering standard SEGAS-00016: Documenting an API',
    url: 'https://engineering.homeoffice.gov.uk/standards/documenting-an-api',
  },
  tcop: 9,
  checks:
    'The document lists at least one server; every server URL is absolute once its variables are filled in with their defaults; every variable in a URL is defined (and every defined variable is used); a variable\'s `enum` is not empty and contains its `default`. In Swagger 2.0, `host` is present and is a bare host name.',
  why: 'Without an absolute base URL, readers and tools cannot tell where to send requests, and "try it" consoles and generated clients point at the wrong place.',
  fix: 'Add a `servers` entry with the full URL of each environment, such as `https://name-of-api.api.gov.uk/v1`; in Swagger 2.0 set `host`, `basePath` and `schemes`.',
  examples: {
    at: '',
    fail: 'openapi: 3.0.3\nservers:\n  - url: /v1\n',
    pass: 'openapi: 3.0.3\nservers:\n  - url: https://vehicle-records.api.gov.uk/v1\n    description: Production\n',
  },
  swagger2: true,
  oas3,
  oas2,
  builtIn: { 'no-undefined-server-variable': 'error' },
};

export default rule;
