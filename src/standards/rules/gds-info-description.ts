import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

const ID = 'gds-info-description';
const reference = ruleReference(ID);

/** The node's fields, for reading keys the typings do not declare. */
const fieldsOf = (node: object): Record<string, unknown> => node as Record<string, unknown>;
const MIN_LENGTH = 30;

/** Lower-case letters and digits only, so that "Vehicle Records API." equals "vehicle records api". */
const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

const checkInfo: Oas3Rule & Oas2Rule = () => ({
  Info(info, { report, location }) {
    const { description, title } = fieldsOf(info);
    if (description === undefined || description === null) {
      report({
        message: '`info` has no `description`: say what the API does, who it is for and when to use it.',
        location: location.key(),
        reference,
      });
      return;
    }
    if (typeof description !== 'string') return; // the document's structure check reports the wrong type
    const text = description.trim();
    if (text === '') {
      report({ message: '`info.description` is empty: say what the API does, who it is for and when to use it.', location: location.child('description'), reference });
    } else if (typeof title === 'string' && normalise(text) === normalise(title)) {
      report({
        message: '`info.description` only repeats the `title`: say what the API does, who it is for and when to use it.',
        location: location.child('description'),
        reference,
      });
    } else if (text.length < MIN_LENGTH) {
      report({
        message: `\`info.description\` has only ${text.length} characters: say what the API does, who it is for and when to use it (at least ${MIN_LENGTH} characters).`,
        location: location.child('description'),
        reference,
      });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Describe what the API does',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'tell users what your API does',
    source: 'Documenting APIs',
    url: 'https://www.gov.uk/guidance/how-to-document-apis',
  },
  tcop: 8,
  checks: `\`info.description\` is present, has at least ${MIN_LENGTH} characters once trimmed, and is not just the \`title\` again (ignoring case, spaces and punctuation).`,
  why: 'The description is the first thing readers and the catalogue show; without it nobody can tell whether the API meets their need.',
  fix: 'Write a few sentences in `info.description`: what the API does, which data it covers, who can use it and in what circumstances.',
  examples: {
    at: '',
    fail: 'info:\n  title: Vehicle Records API\n  description: Vehicle Records API\n  version: 1.0.0\n',
    pass: "info:\n  title: Vehicle Records API\n  description: >-\n    Look up and register vehicle records. Garages and insurers use it to check a\n    vehicle's details before they act on them.\n  version: 1.0.0\n",
  },
  swagger2: true,
  oas3: checkInfo,
  oas2: checkInfo,
};

export default rule;
