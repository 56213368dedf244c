/**
 * Security schemes explained in words, the requirements of each operation, and the credentials a
 * curl example needs.
 */
import type { AnchorRegistry, LinkRegistry } from './anchors.ts';
import type { CurlAuth } from './curl.ts';
import { renderMarkdown } from './markdown.ts';
import type { SchemeDetail, SecurityAlternative, SecurityModel, SecuritySchemeModel } from './reference-types.ts';
import { safeLink } from './servers.ts';
import { arr, deref, entries, isObj, obj, str, type Obj } from './spec-access.ts';

const FLOW_LABELS: Record<string, string> = {
  clientCredentials: 'Client credentials flow (application-restricted)',
  authorizationCode: 'Authorisation code flow (user-restricted)',
  implicit: 'Implicit flow',
  password: 'Resource owner password flow',
  deviceAuthorization: 'Device authorisation flow',
};

/** A short description of a scheme: `API key in header X-Api-Key`, `OAuth 2.0` … */
export function schemeTypeLabel(scheme: Obj): string {
  const type = str(scheme['type']);
  switch (type) {
    case 'apiKey':
      return `API key in ${str(scheme['in']) || 'header'} "${str(scheme['name'])}"`;
    case 'http': {
      const s = str(scheme['scheme']).toLowerCase();
      if (s === 'bearer') return `Bearer token in the Authorization header${str(scheme['bearerFormat']) ? ` (${str(scheme['bearerFormat'])})` : ''}`;
      if (s === 'basic') return 'HTTP Basic authentication (user name and password)';
      return `HTTP ${str(scheme['scheme'])} authentication`;
    }
    case 'oauth2':
      return 'OAuth 2.0';
    case 'openIdConnect':
      return 'OpenID Connect';
    case 'mutualTLS':
      return 'Mutual TLS (client certificate)';
    default:
      return type ? `${type} authentication` : 'Unknown authentication';
  }
}

function urlDetail(label: string, value: unknown): SchemeDetail | undefined {
  const text = str(value);
  if (!text) return undefined;
  const link = safeLink(text);
  return link ? { label, value: text, link } : { label, value: text };
}

/** Every declared scheme, in document order, each with its own anchor. */
export function buildSecuritySchemes(doc: Obj, anchors: AnchorRegistry): { schemes: SecuritySchemeModel[]; anchorOf: Map<string, string> } {
  const anchorOf = new Map<string, string>();
  const schemes = entries(obj(doc['components'])['securitySchemes']).map(([name, raw]) => {
    const scheme = deref(doc, raw).node;
    const anchor = anchors.claim(`auth ${name}`, 'auth');
    anchorOf.set(name, anchor);
    const details: SchemeDetail[] = [];
    if (str(scheme['type']) === 'apiKey') {
      details.push({ label: 'Sent in', value: str(scheme['in']) }, { label: 'Name', value: str(scheme['name']) });
    }
    const oidc = urlDetail('Discovery URL', scheme['openIdConnectUrl']);
    if (oidc) details.push(oidc);
    const flows = entries(scheme['flows']).map(([flowName, rawFlow]) => {
      const flow = obj(rawFlow);
      const flowDetails = [
        urlDetail('Authorisation URL', flow['authorizationUrl']),
        urlDetail('Token URL', flow['tokenUrl']),
        urlDetail('Refresh URL', flow['refreshUrl']),
        urlDetail('Device authorisation URL', flow['deviceAuthorizationUrl']),
      ].filter((d): d is SchemeDetail => d !== undefined);
      return {
        label: FLOW_LABELS[flowName] ?? flowName,
        details: flowDetails,
        scopes: entries(flow['scopes']).map(([scope, description]) => ({ name: scope, descriptionHtml: renderMarkdown(description, { headingLevel: 6 }) })),
      };
    });
    return { name, anchor, typeLabel: schemeTypeLabel(scheme), descriptionHtml: renderMarkdown(scheme['description'], { headingLevel: 5 }), details, flows };
  });
  return { schemes, anchorOf };
}

/**
 * The requirement that applies: the operation's `security` when it has one, else the document's.
 * `[]` means no authentication; an empty object among alternatives makes authentication optional.
 */
export function buildSecurityModel(
  doc: Obj,
  operationSecurity: unknown,
  anchorOf: Map<string, string>,
  links: LinkRegistry,
  owner: string,
): SecurityModel {
  const overridden = Array.isArray(operationSecurity);
  const requirement = overridden ? operationSecurity : doc['security'];
  const schemes = obj(obj(doc['components'])['securitySchemes']);
  const alternatives: SecurityAlternative[] = [];
  let anonymous = false;
  for (const alt of arr(requirement)) {
    const pairs = entries(alt);
    if (!pairs.length) {
      anonymous = true;
      continue;
    }
    alternatives.push({
      schemes: pairs.map(([name, scopes]) => {
        const anchor = anchorOf.get(name);
        const scheme = deref(doc, schemes[name]).node;
        return {
          name,
          typeLabel: isObj(schemes[name]) ? schemeTypeLabel(scheme) : 'not declared in the document',
          scopes: arr(scopes).map(str).filter(Boolean),
          ...(anchor ? { link: links.make(name, anchor, owner) } : {}),
        };
      }),
    });
  }
  const mode: SecurityModel['mode'] = alternatives.length === 0 ? 'none' : anonymous ? 'optional' : 'required';
  return { mode, alternatives, overridden };
}

/** Credentials for the curl example, from the first alternative of the requirement. */
export function curlAuthFor(doc: Obj, security: SecurityModel): CurlAuth[] {
  const first = security.alternatives[0];
  if (!first || security.mode === 'none') return [];
  const schemes = obj(obj(doc['components'])['securitySchemes']);
  const auth: CurlAuth[] = [];
  for (const use of first.schemes) {
    const scheme = deref(doc, schemes[use.name]).node;
    const type = str(scheme['type']);
    if (type === 'apiKey') {
      const where = str(scheme['in']);
      const kind = where === 'query' ? 'query' : where === 'cookie' ? 'cookie' : 'header';
      auth.push({ kind, name: str(scheme['name']) || 'api_key', variable: 'API_KEY' });
    } else if (type === 'http' && str(scheme['scheme']).toLowerCase() === 'basic') auth.push({ kind: 'basic' });
    else if (type === 'mutualTLS') auth.push({ kind: 'mtls' });
    else if (type === 'http' || type === 'oauth2' || type === 'openIdConnect') auth.push({ kind: 'bearer', variable: 'ACCESS_TOKEN' });
  }
  return auth;
}
