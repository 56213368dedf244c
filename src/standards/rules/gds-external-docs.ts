import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

const ID = 'gds-external-docs';
const reference = ruleReference(ID);
/** A link to a machine-readable file rather than to pages written for people. */
const MACHINE_READABLE = /\.(json|ya?ml)([?#]|$)/i;

/** The node's fields, for reading keys the typings do not declare. */
const fieldsOf = (node: object): Record<string, unknown> => node as Record<string, unknown>;

const checkRoot: Oas3Rule & Oas2Rule = () => ({
  Root(root: object, { report, location }: UserContext) {
    const docs = fieldsOf(root)['externalDocs'];
    if (docs === undefined || docs === null) {
      report({
        message: 'The document has no `externalDocs`: link to the documentation written for people (guides, onboarding, support), such as `https://name-of-api.api.gov.uk/docs`.',
        location,
        reference,
      });
      return;
    }
    if (typeof docs !== 'object' || Array.isArray(docs)) return; // reported by the structure check
    const url: unknown = (docs as Record<string, unknown>)['url'];
    if (typeof url !== 'string' || url.trim() === '') {
      report({ message: '`externalDocs` has no `url`: link to the documentation written for people.', location: location.child('externalDocs').key(), reference });
    } else if (!/^https:\/\/[^/?#\s]+/i.test(url.trim())) {
      report({
        message: `\`externalDocs.url\` \`${url}\` is not an absolute https:// address: link to the published documentation over https.`,
        location: location.child(['externalDocs', 'url']),
        reference,
      });
    } else if (MACHINE_READABLE.test(url.trim())) {
      report({
        message: `\`externalDocs.url\` \`${url}\` points at a machine-readable file: link to documentation written for people.`,
        location: location.child(['externalDocs', 'url']),
        reference,
      });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Link to documentation for people',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'your API documentation is more than just an API reference page or an auto-generated API specification',
    source: 'Documenting APIs',
    url: 'https://www.gov.uk/guidance/how-to-document-apis',
  },
  tcop: 8,
  checks:
    'The document has a root `externalDocs` whose `url` is an absolute https:// address and does not point at a JSON or YAML file.',
  why: 'Reference documentation alone does not tell users how to get access, get started or get help; the link takes them to the guides that do.',
  fix: 'Add `externalDocs` with a short `description` and the https URL of your documentation site, for example `https://name-of-api.api.gov.uk/docs`.',
  examples: {
    at: '',
    fail: 'externalDocs:\n  url: http://vehicle-records.api.gov.uk/openapi.json\n',
    pass: 'externalDocs:\n  description: Guides, onboarding and support.\n  url: https://vehicle-records.api.gov.uk/docs\n',
  },
  swagger2: true,
  oas3: checkRoot,
  oas2: checkRoot,
};

export default rule;
