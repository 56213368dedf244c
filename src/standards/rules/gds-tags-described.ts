import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { visitingCallbackOrWebhook } from '../rule-support/callbacks.ts';

const ID = 'gds-tags-described';
const reference = ruleReference(ID);

type Fields = Record<string, unknown>;

/** Operation tags must exist and be declared at the root; `tag-description` (built-in) checks the descriptions. */
const checkTags: Oas3Rule & Oas2Rule = () => {
  let declared = new Set<unknown>();
  return {
    Root(root: object) {
      const tags = (root as Fields)['tags'];
      declared = new Set(Array.isArray(tags) ? tags.map((tag: unknown) => (tag as Fields | null)?.['name']) : []);
    },
    Operation(operation: object, ctx: UserContext) {
      if (visitingCallbackOrWebhook(ctx)) return;
      const { report, location } = ctx;
      const tags = (operation as Fields)['tags'];
      if (!Array.isArray(tags) || tags.length === 0) {
        report({
          message: 'Operation has no `tags`: tag it with the resource it acts on, so the reference can group it.',
          location: location.key(),
          reference,
        });
        return;
      }
      tags.forEach((tag, i) => {
        if (!declared.has(tag)) {
          report({
            message: `Operation tag \`${String(tag)}\` is not declared in the root \`tags\`: declare it there with a \`description\` of the resource.`,
            location: location.child(['tags', i]),
            reference,
          });
        }
      });
    },
  };
};

const rule: GdsRule = {
  id: ID,
  title: 'Group operations under described tags',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'Provide a short description of each of your API resources',
    source: 'Writing API reference documentation',
    url: 'https://www.gov.uk/guidance/writing-api-reference-documentation',
  },
  tcop: 8,
  checks: 'Every operation of the API (not callbacks or webhooks, which the client serves) has at least one tag; every tag an operation uses is declared in the root `tags`; every declared tag has a non-empty `description`.',
  why: 'Tags stand for the API\'s resources: they group operations in the reference and, with a description, tell readers what each resource is before they read its operations.',
  fix: 'Declare a root `tags` entry for each resource with a one-sentence `description`, and list the matching tag on each operation.',
  examples: {
    at: '',
    fail: 'tags:\n  - name: vehicles\npaths:\n  /vehicles:\n    get:\n      operationId: listVehicles\n',
    pass: 'tags:\n  - name: vehicles\n    description: Vehicles registered with the agency.\npaths:\n  /vehicles:\n    get:\n      operationId: listVehicles\n      tags: [vehicles]\n',
  },
  swagger2: true,
  oas3: checkTags,
  oas2: checkTags,
  builtIn: { 'tag-description': 'warn' },
};

export default rule;
