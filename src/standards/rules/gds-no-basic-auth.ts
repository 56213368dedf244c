import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asString } from '../rule-support/nodes.ts';

const ID = 'gds-no-basic-auth';

const oas3: Oas3Rule = () => ({
  SecurityScheme(scheme, { report, location }) {
    const s = scheme as unknown as Record<string, unknown>;
    if (s['type'] !== 'http' || asString(s['scheme'])?.toLowerCase() !== 'basic') return;
    report({
      message: '`scheme: basic` sends the username and password with every request, encoded but not encrypted; use OAuth 2.0 instead.',
      location: location.child('scheme'),
      reference: ruleReference(ID),
    });
  },
});

const oas2: Oas2Rule = () => ({
  SecurityScheme(scheme, { report, location }) {
    if ((scheme as unknown as Record<string, unknown>)['type'] !== 'basic') return;
    report({
      message: '`type: basic` sends the username and password with every request, encoded but not encrypted; use OAuth 2.0 instead.',
      location: location.child('type'),
      reference: ruleReference(ID),
    });
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Never use HTTP Basic authentication',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'Never use basic authentication because usernames and passwords are sent encoded, but unencrypted',
    source: 'API technical and data standards (2024): Control access to your API',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 6,
  checks: 'No security scheme is `type: http` with `scheme: basic` (Swagger 2.0: `type: basic`).',
  why: 'Basic authentication sends a long-lived password with every request. Anyone who sees one request, or one log line, can act as that user until the password changes.',
  fix: 'Use OAuth 2.0: the client credentials flow between services, and the authorisation code flow with PKCE when a person uses the API.',
  examples: {
    at: '',
    fail: 'components:\n  securitySchemes:\n    basicAuth:\n      type: http\n      scheme: basic\n',
    pass: 'components:\n  securitySchemes:\n    oauth2:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: https://vehicle-records.api.gov.uk/oauth2/token\n          scopes:\n            vehicles:read: Read vehicle records.\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
