import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { expandServerUrl, hostOf } from '../rule-support/servers.ts';

const ID = 'gds-api-domain-name';
const reference = ruleReference(ID);

/** The node's fields, for reading keys the typings do not declare. */
const fieldsOf = (node: object): Record<string, unknown> => node as Record<string, unknown>;
const SUFFIX = '.api.gov.uk';

/** What is wrong with an `*.api.gov.uk` host name, or an empty list. */
function domainProblems(host: string): string[] {
  if (!host.toLowerCase().endsWith(SUFFIX) || host.includes('{')) return [];
  const labels = host.slice(0, -SUFFIX.length).split('.');
  const problems: string[] = [];
  if (labels.length > 1) {
    problems.push(`has ${labels.length} labels before \`${SUFFIX}\`; give each API its own host, \`name-of-the-api${SUFFIX}\``);
  }
  const name = labels[labels.length - 1] ?? '';
  if (name.length < 3 || name.length > 63) problems.push(`its name \`${name}\` has ${name.length} characters; use 3 to 63`);
  if (!/^[a-z0-9-]*$/.test(name)) problems.push(`its name \`${name}\` may contain only lower-case letters, digits and hyphens`);
  if (name.startsWith('-') || name.endsWith('-')) problems.push(`its name \`${name}\` must not start or end with a hyphen`);
  return problems;
}

const message = (field: string, host: string, problems: string[]): string =>
  `${field} host \`${host}\` does not follow the api.gov.uk naming convention: ${problems.join('; ')}.`;

const oas3: Oas3Rule = () => ({
  Server(server, { report, location }) {
    if (typeof server.url !== 'string') return;
    const host = hostOf(expandServerUrl(server.url, server.variables));
    const problems = host === undefined ? [] : domainProblems(host);
    if (host !== undefined && problems.length > 0) {
      report({ message: message('Server `url`', host, problems), location: location.child('url'), reference });
    }
  },
});

const oas2: Oas2Rule = () => ({
  Root(root, { report, location }) {
    const host: unknown = fieldsOf(root)['host'];
    if (typeof host !== 'string') return;
    const name = hostOf(`https://${host}`) ?? host;
    const problems = domainProblems(name);
    if (problems.length > 0) report({ message: message('`host`', name, problems), location: location.child('host'), reference });
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Name api.gov.uk hosts after the API',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'You should adopt name-of-the-apis.api.gov.uk as your subdomain naming convention',
    source: 'Get an API domain on GOV.UK',
    url: 'https://www.gov.uk/guidance/get-an-api-domain-on-govuk',
  },
  tcop: 8,
  checks:
    'For each server URL (or Swagger 2.0 `host`) under `.api.gov.uk`: there is exactly one label before `.api.gov.uk` (one API per host), and that name is 3 to 63 characters of lower-case letters, digits and hyphens, not starting or ending with a hyphen. Hosts elsewhere are not checked.',
  why: 'A predictable, readable host name makes an API easy to find and to remember, and keeps each API separately managed on the api.gov.uk domain.',
  fix: 'Serve the API from `name-of-the-api.api.gov.uk`, using a short descriptive name in lower-case words joined by hyphens.',
  examples: {
    at: '',
    fail: 'servers:\n  - url: https://vehicles.dvla.api.gov.uk/v1\n  - url: https://Vehicle_Records.api.gov.uk/v1\n',
    pass: 'servers:\n  - url: https://vehicle-records.api.gov.uk/v1\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
