import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString, type Obj } from '../rule-support/nodes.ts';
import { resolveAt } from '../rule-support/schema-walk.ts';

const ID = 'gds-oauth2';

const FLOW_ADVICE = 'use `clientCredentials` between services, or `authorizationCode` with PKCE when a person signs in';

/** Every scope a flow defines needs a description. */
function checkScopes(scopes: unknown, location: Location, report: UserContext['report']): void {
  const map = asObj(scopes);
  if (!map) return;
  for (const scope of Object.keys(map)) {
    const description = map[scope];
    if (typeof description === 'string' && description.trim() !== '') continue;
    report({
      message: `Scope \`${scope}\` has no description; say what access it grants.`,
      location: location.child([scope]).key(),
      reference: ruleReference(ID),
      forceSeverity: 'warn',
    });
  }
}

interface Requirement {
  scheme: string;
  scopes: unknown;
  location: Location;
}

/**
 * Collects security requirements and OAuth schemes; at the end, an OAuth requirement that lists no
 * scope is reported (it would grant every scope).
 */
function requirementTracker() {
  const requirements: Requirement[] = [];
  const oauthSchemes = new Set<string>();
  return {
    addScheme(name: string, scheme: Obj): void {
      if (scheme['type'] === 'oauth2') oauthSchemes.add(name);
    },
    SecurityRequirement(requirement: unknown, { location }: UserContext): void {
      const r = asObj(requirement) ?? {};
      for (const scheme of Object.keys(r)) requirements.push({ scheme, scopes: r[scheme], location: location.child([scheme]) });
    },
    reportUnscoped(report: UserContext['report']): void {
      for (const r of requirements) {
        if (!oauthSchemes.has(r.scheme) || (Array.isArray(r.scopes) && r.scopes.length > 0)) continue;
        report({
          message: `Security requirement \`${r.scheme}\` lists no scopes; name the scopes the operation needs so tokens carry only that access.`,
          location: r.location.key(),
          reference: ruleReference(ID),
          forceSeverity: 'warn',
        });
      }
    },
  };
}

const oas3: Oas3Rule = () => {
  const tracker = requirementTracker();
  return {
    SecurityScheme(scheme, { report, location, resolve, key }) {
      const s = scheme as unknown as Obj;
      tracker.addScheme(String(key), s);
      if (s['type'] !== 'oauth2') return;
      const flows = resolveAt(s['flows'], location.child('flows'), resolve);
      if (!flows) return;
      for (const flowName of Object.keys(flows.node)) {
        const flowLocation = flows.location.child([flowName]);
        if (flowName === 'implicit' || flowName === 'password') {
          report({
            message: `OAuth 2.0 \`${flowName}\` flow is insecure (${flowName === 'implicit' ? 'tokens are exposed in the browser' : 'the client handles the user’s password'}); ${FLOW_ADVICE}.`,
            location: flowLocation.key(),
            reference: ruleReference(ID),
          });
        }
        const flow = resolveAt(flows.node[flowName], flowLocation, resolve);
        if (flow) checkScopes(flow.node['scopes'], flow.location.child('scopes'), report);
      }
    },
    SecurityRequirement: (requirement, ctx) => tracker.SecurityRequirement(requirement, ctx),
    Root: { leave: (_root, { report }) => tracker.reportUnscoped(report) },
  };
};

const oas2: Oas2Rule = () => {
  const tracker = requirementTracker();
  return {
    SecurityScheme(scheme, { report, location, key }) {
      const s = scheme as unknown as Obj;
      tracker.addScheme(String(key), s);
      if (s['type'] !== 'oauth2') return;
      const flow = asString(s['flow']);
      if (flow === 'implicit' || flow === 'password') {
        report({
          message: `OAuth 2.0 \`flow: ${flow}\` is insecure; use \`application\` (client credentials) between services, or \`accessCode\` (authorisation code with PKCE) when a person signs in.`,
          location: location.child('flow'),
          reference: ruleReference(ID),
        });
      }
      checkScopes(s['scopes'], location.child('scopes'), report);
    },
    SecurityRequirement: (requirement, ctx) => tracker.SecurityRequirement(requirement, ctx),
    Root: { leave: (_root, { report }) => tracker.reportUnscoped(report) },
  };
};

const rule: GdsRule = {
  id: ID,
  title: 'Use OAuth 2.0 with safe flows and scopes',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'Use the industry standard OAuth 2.0 Authorization Framework to manage access to your API',
    source: 'API technical and data standards (2024): Control access to your API',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 6,
  checks:
    'OAuth 2.0 schemes offer no `implicit` or `password` flow (error); `clientCredentials`, `authorizationCode` and OpenID Connect are accepted. Every scope has a description, every requirement on an OAuth scheme lists at least one scope, and every scope a requirement lists is defined (warnings; the last through Redocly’s `security-scopes-defined`).',
  why: 'The implicit flow exposes tokens in the browser and the password flow hands users’ passwords to the client, so both are deprecated by OAuth 2.0 security best practice. Scopes keep each token to the access it needs and document that access in the specification.',
  fix: 'Offer the client credentials flow to services and the authorisation code flow with PKCE to people. Define a described scope for each kind of access and list the scopes each operation needs.',
  examples: {
    at: '/components/securitySchemes',
    fail: 'oauth2:\n  type: oauth2\n  flows:\n    implicit:\n      authorizationUrl: https://vehicle-records.api.gov.uk/oauth2/authorize\n      scopes:\n        vehicles:read: Read vehicle records.\n        vehicles:write: Register new vehicles.\n',
    pass: 'oauth2:\n  type: oauth2\n  flows:\n    clientCredentials:\n      tokenUrl: https://vehicle-records.api.gov.uk/oauth2/token\n      scopes:\n        vehicles:read: Read vehicle records.\n        vehicles:write: Register new vehicles.\n',
  },
  swagger2: true,
  oas3,
  oas2,
  builtIn: { 'security-scopes-defined': 'warn' },
};

export default rule;
