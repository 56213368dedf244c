import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { hostOf, placeholderKind, placeholderUrl } from '../rule-support/servers.ts';

const ID = 'gds-https-only';

/**
 * Reports a URL that is not https. An address that is a placeholder or the local machine is left to
 * gds-no-placeholder-servers, which reports it once (the scheme is the lesser problem there).
 */
function checkUrl(url: unknown, what: string, report: (message: string, warnOnly: boolean) => void): void {
  if (typeof url !== 'string' || url === '' || url.startsWith('/') || url.startsWith('{')) return;
  if (/^https:\/\//i.test(url)) return;
  if (/^http:\/\//i.test(url)) {
    if (placeholderUrl(url)) return;
    report(`${what} \`${url}\` uses http://; serve it over https://.`, false);
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) report(`${what} \`${url}\` uses a scheme other than https://.`, false);
}

const oas3: Oas3Rule = () => ({
  Server(server, { report, location }) {
    checkUrl(server.url, 'Server URL', (message, warnOnly) =>
      report({ message, location: location.child('url'), reference: ruleReference(ID), ...(warnOnly ? { forceSeverity: 'warn' } : {}) }),
    );
  },
  SecurityScheme(scheme, { report, location }) {
    if (scheme.type === 'openIdConnect') {
      checkUrl(scheme.openIdConnectUrl, 'OpenID Connect URL', (message, warnOnly) =>
        report({ message, location: location.child('openIdConnectUrl'), reference: ruleReference(ID), ...(warnOnly ? { forceSeverity: 'warn' } : {}) }),
      );
    }
    if (scheme.type === 'oauth2' && scheme.flows) {
      for (const [flowName, flow] of Object.entries(scheme.flows as Record<string, Record<string, unknown>>)) {
        for (const field of ['authorizationUrl', 'tokenUrl', 'refreshUrl']) {
          checkUrl(flow?.[field], `OAuth ${flowName} ${field}`, (message, warnOnly) =>
            report({ message, location: location.child(['flows', flowName, field]), reference: ruleReference(ID), ...(warnOnly ? { forceSeverity: 'warn' } : {}) }),
          );
        }
      }
    }
  },
});

const oas2: Oas2Rule = () => ({
  Root(root, { report, location }) {
    const schemes: unknown = root.schemes;
    // The scheme of a placeholder or local host is left to gds-no-placeholder-servers.
    const host: unknown = (root as unknown as Record<string, unknown>)['host'];
    if (typeof host === 'string' && placeholderKind(/[{}$@%<>]/.test(host) ? host : (hostOf(`https://${host}`) ?? host))) return;
    if (Array.isArray(schemes)) {
      schemes.forEach((s, i) => {
        if (typeof s === 'string' && s.toLowerCase() !== 'https') {
          report({ message: `\`schemes\` lists \`${s}\`; serve the API over https only.`, location: location.child(['schemes', i]), reference: ruleReference(ID) });
        }
      });
    } else if ((root as unknown as Record<string, unknown>)['host']) {
      report({ message: '`schemes` is missing, so clients may assume http; set `schemes: [https]`.', location: location.child('host').key(), reference: ruleReference(ID) });
    }
  },
  SecurityScheme(scheme, { report, location }) {
    for (const field of ['authorizationUrl', 'tokenUrl']) {
      checkUrl((scheme as unknown as Record<string, unknown>)[field], `OAuth ${field}`, (message, warnOnly) =>
        report({ message, location: location.child(field), reference: ruleReference(ID), ...(warnOnly ? { forceSeverity: 'warn' } : {}) }),
      );
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Serve the API over HTTPS only',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'You must use TLS 1.2 or above to secure your API.',
    source: 'API technical and data standards: Secure your API',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 6,
  checks:
    'Every server URL, OAuth authorisation, token and refresh URL and OpenID Connect URL starts with https://. In Swagger 2.0, `schemes` lists https only. Placeholder and local addresses (localhost, example.com, `https://server`) are reported by gds-no-placeholder-servers instead, once.',
  why: 'Anything sent over plain HTTP can be read and changed on its way, including tokens and personal data.',
  fix: 'Change each `http://` URL to `https://`, and serve the API only over TLS 1.2 or above. Remove development servers from the published document.',
  examples: {
    at: '',
    fail: 'servers:\n  - url: http://api.example.service.gov.uk/v1\n',
    pass: 'servers:\n  - url: https://api.example.service.gov.uk/v1\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
