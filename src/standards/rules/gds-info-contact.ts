import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

const ID = 'gds-info-contact';
const reference = ruleReference(ID);

/** The node's fields, for reading keys the typings do not declare. */
const fieldsOf = (node: object): Record<string, unknown> => node as Record<string, unknown>;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const WEB_URL = /^https?:\/\/[^/?#\s]+/i;

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const checkInfo: Oas3Rule & Oas2Rule = () => ({
  Info(info, { report, location }) {
    const contact: unknown = fieldsOf(info)['contact'];
    if (contact === undefined || contact === null) {
      report({
        message: '`info` has no `contact`: give an `email` or `url` where users can reach the team that runs the API.',
        location: location.key(),
        reference,
      });
      return;
    }
    if (typeof contact !== 'object' || Array.isArray(contact)) return; // reported by the structure check
    const { email, url, name } = contact as Record<string, unknown>;
    if (!filled(email) && !filled(url)) {
      report({
        message: '`info.contact` has neither an `email` nor a `url`: give at least one way to reach the team that runs the API.',
        location: location.child('contact').key(),
        reference,
      });
    }
    if (filled(email) && !EMAIL.test(email.trim())) {
      report({ message: `\`info.contact.email\` \`${email}\` is not an email address.`, location: location.child(['contact', 'email']), reference });
    }
    if (filled(url) && !WEB_URL.test(url.trim())) {
      report({ message: `\`info.contact.url\` \`${url}\` is not an absolute web address (https://…).`, location: location.child(['contact', 'url']), reference });
    }
    if (!filled(name)) {
      report({
        message: '`info.contact` has no `name`: name the team or service desk, so users know who they are writing to.',
        location: location.child('contact').key(),
        reference,
        forceSeverity: 'warn',
      });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Say how to contact the API team',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'how to contact the API development team',
    source: 'Documenting APIs',
    url: 'https://www.gov.uk/guidance/how-to-document-apis',
  },
  tcop: 8,
  checks:
    '`info.contact` is present and has an `email` or a `url`; an `email` looks like an email address and a `url` is an absolute web address. A missing `name` is only a warning.',
  why: 'Users need a way to ask questions, report problems and hear about changes; the catalogue also shows this contact on the API\'s page.',
  fix: 'Add `info.contact` with the team\'s name and a monitored shared email address or support page URL (not a personal address).',
  examples: {
    at: '',
    fail: 'info:\n  title: Vehicle Records API\n  version: 1.0.0\n  contact:\n    name: Vehicle Records API team\n',
    pass: 'info:\n  title: Vehicle Records API\n  version: 1.0.0\n  contact:\n    name: Vehicle Records API team\n    email: vehicle-records-api@example.gov.uk\n',
  },
  swagger2: true,
  oas3: checkInfo,
  oas2: checkInfo,
};

export default rule;
