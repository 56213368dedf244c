import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString } from '../rule-support/nodes.ts';

const ID = 'gds-consistent-property-casing';

/**
 * Names fixed by other standards (OAuth 2.0, OpenID Connect, JWT), which an API cannot rename: they
 * neither count towards the document's style nor get flagged.
 */
const PROTOCOL_NAMES = new Set([
  'access_token', 'token_type', 'expires_in', 'refresh_token', 'id_token', 'error_description', 'error_uri',
  'client_id', 'client_secret', 'grant_type', 'redirect_uri', 'response_type', 'code_verifier', 'code_challenge',
  'code_challenge_method', 'client_assertion', 'client_assertion_type', 'given_name', 'family_name', 'middle_name',
  'phone_number', 'phone_number_verified', 'email_verified', 'preferred_username', 'token_endpoint',
  'authorization_endpoint', 'jwks_uri',
]);

type Style = 'camelCase' | 'snake_case' | 'kebab-case' | 'PascalCase' | 'MACRO_CASE' | 'mixed';

/**
 * The naming style of a name, or undefined when the name fits any style (one lower-case word such as
 * `name`, or an acronym such as `URL`) or is not an identifier (`_links`, `$schema`, `@id`, `a.b`).
 */
function styleOf(name: string): Style | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name) || PROTOCOL_NAMES.has(name)) return undefined;
  if (/^[a-z][a-z0-9]*$/.test(name) || /^[A-Z][A-Z0-9]*$/.test(name)) return undefined;
  if (/^[a-z][a-zA-Z0-9]*$/.test(name)) return 'camelCase';
  if (/^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(name)) return 'snake_case';
  if (/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(name)) return 'kebab-case';
  if (/^[A-Z][a-zA-Z0-9]*$/.test(name)) return 'PascalCase';
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(name)) return 'MACRO_CASE';
  return 'mixed';
}

interface Named {
  name: string;
  style: Style;
  location: Location;
}

/** Collects names with a style and, at the end, reports those that differ from the most used style. */
class StyleTally {
  private readonly names: Named[] = [];
  private readonly counts = new Map<Style, number>();

  add(name: string, location: Location): void {
    const style = styleOf(name);
    if (!style) return;
    this.names.push({ name, style, location });
    if (style !== 'mixed') this.counts.set(style, (this.counts.get(style) ?? 0) + 1);
  }

  reportOutliers(what: string, report: UserContext['report']): void {
    let main: Style | undefined;
    let mainCount = 0;
    // Map iteration follows first use, so a tie goes to the style the document used first.
    for (const [style, count] of this.counts) {
      if (count > mainCount) [main, mainCount] = [style, count];
    }
    if (!main) return;
    const total = this.names.length;
    for (const n of this.names) {
      if (n.style === main) continue;
      const described = n.style === 'mixed' ? 'mixes naming styles' : `is ${n.style}`;
      report({
        message: `${what} \`${n.name}\` ${described}, but most ${what.toLowerCase()} names in this document are ${main} (${mainCount} of ${total}); use one style.`,
        location: n.location,
        reference: ruleReference(ID),
      });
    }
  }
}

function visitors() {
  const properties = new StyleTally();
  const queryParameters = new StyleTally();
  return {
    SchemaProperties(props: Record<string, unknown>, { location }: UserContext) {
      for (const name of Object.keys(props)) properties.add(name, location.child([name]).key());
    },
    Parameter(param: unknown, { location }: UserContext) {
      const p = asObj(param);
      const name = p && asString(p['name']);
      if (p?.['in'] === 'query' && name) queryParameters.add(name, location.child('name'));
    },
    Root: {
      leave(_root: unknown, { report }: UserContext) {
        properties.reportOutliers('Property', report);
        queryParameters.reportOutliers('Query parameter', report);
      },
    },
  };
}

const oas3: Oas3Rule = () => visitors();
const oas2: Oas2Rule = () => visitors();

const rule: GdsRule = {
  id: ID,
  title: 'Name properties in one consistent style',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'use consistent grammar case for object keys - choose under_score or CamelCase and be consistent',
    source: 'API technical and data standards (v2, 2019)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 9,
  checks:
    'Finds the naming style most schema property names use (camelCase, snake_case, kebab-case, PascalCase or MACRO_CASE) and flags the property names written in another style. Query parameter names are compared among themselves in the same way. One-word names fit any style; names starting with `_`, `$` or `@` and names fixed by OAuth 2.0 and OpenID Connect (`access_token`, `error_description`) are left out. No style is preferred.',
  why: 'When some keys are `postcode_area` and others `postcodeDistrict`, developers have to look up every name and mistakes slip through. The standard asks for consistency, not for a particular style.',
  fix: 'Rename the flagged properties to the style the rest of the API uses. If the API is live, add the new name and deprecate the old one rather than breaking clients.',
  examples: {
    at: '/components/schemas/Vehicle',
    fail: 'properties:\n  registrationNumber:\n    type: string\n  first_registered:\n    type: string\n    format: date\n',
    pass: 'properties:\n  registrationNumber:\n    type: string\n  firstRegistered:\n    type: string\n    format: date\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
