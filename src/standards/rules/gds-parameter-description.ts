import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

const ID = 'gds-parameter-description';
const reference = ruleReference(ID);

const checkParameter: Oas3Rule & Oas2Rule = () => ({
  Parameter(parameter: object, { report, location }: UserContext) {
    const { name, in: where, description } = parameter as Record<string, unknown>;
    const label = `Parameter \`${String(name)}\`${typeof where === 'string' ? ` (in ${where})` : ''}`;
    if (description === undefined || description === null) {
      report({ message: `${label} has no \`description\`: say what it is for and what values it accepts.`, location: location.key(), reference });
    } else if (typeof description === 'string' && description.trim() === '') {
      report({ message: `${label} has an empty \`description\`: say what it is for and what values it accepts.`, location: location.child('description'), reference });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Describe every parameter',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'list any parameters for that endpoint with a short description',
    source: 'Writing API reference documentation',
    url: 'https://www.gov.uk/guidance/writing-api-reference-documentation',
  },
  tcop: 8,
  checks: 'Every parameter (path, query, header, cookie and, in Swagger 2.0, body and form parameters), inline or in components, has a `description` that is not blank.',
  why: 'A parameter name alone rarely says what values are allowed, what they mean or how they change the response.',
  fix: 'Add a short `description` to each parameter saying what it is for and what values it accepts.',
  examples: {
    at: '/paths/~1vehicles/get',
    fail: 'parameters:\n  - name: limit\n    in: query\n    schema: { type: integer, format: int32 }\n',
    pass: 'parameters:\n  - name: limit\n    in: query\n    description: The largest number of vehicles to return in one page.\n    schema: { type: integer, format: int32 }\n',
  },
  swagger2: true,
  oas3: checkParameter,
  oas2: checkParameter,
};

export default rule;
