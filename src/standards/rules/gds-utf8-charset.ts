import type { Location, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString, parseMediaType, type Obj } from '../rule-support/nodes.ts';
import { onProducesAndConsumes } from '../rule-support/visitors.ts';

const ID = 'gds-utf8-charset';

const UTF8 = new Set(['utf-8', 'utf8']);

/** Checks one media type string: a non-UTF-8 charset is an error; `text/*` without a charset a warning. */
function checkMediaType(mediaType: string, location: Location, what: string, report: UserContext['report']): void {
  const { type, subtype, params } = parseMediaType(mediaType);
  const charset = params.get('charset');
  if (charset !== undefined) {
    if (!UTF8.has(charset.toLowerCase())) {
      report({ message: `${what} \`${mediaType}\` declares \`charset=${charset}\`; encode text as UTF-8 (\`charset=utf-8\`).`, location, reference: ruleReference(ID) });
    }
    return;
  }
  if (type === 'text' && subtype !== '*' && subtype !== '') {
    report({
      message: `${what} \`${mediaType}\` has no \`charset\`; add \`; charset=utf-8\` so clients do not guess the encoding.`,
      location,
      reference: ruleReference(ID),
      forceSeverity: 'warn',
    });
  }
}

/**
 * Checks the `content` of a request body or response: the bodies of messages. Header and parameter
 * `content` also holds media types, but those values are not bodies, so they are left alone.
 */
function checkBodyContent(node: object, { report, location }: UserContext): void {
  const content = asObj((node as Obj)['content']);
  if (!content) return;
  for (const mediaType of Object.keys(content)) checkMediaType(mediaType, location.child(['content', mediaType]).key(), 'Media type', report);
}

const oas3: Oas3Rule = () => ({
  RequestBody: checkBodyContent,
  Response: checkBodyContent,
});

const oas2 = onProducesAndConsumes((node, location, report) => {
  for (const field of ['produces', 'consumes']) {
    const list = node[field];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const mediaType = asString(entry);
      if (mediaType !== undefined) checkMediaType(mediaType, location.child([field, i]), `\`${field}\` entry`, report);
    });
  }
});

const rule: GdsRule = {
  id: ID,
  title: 'Encode text as UTF-8',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'You should use the Unicode Transformation Format (UTF-8) standard when encoding unicode character sets',
    source: 'API technical and data standards (2024)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 4,
  checks:
    'Any `charset` parameter on a media type of a request or response body (in `content`, or in Swagger 2.0 `produces` and `consumes`) is UTF-8; another charset is an error. A `text/*` media type without a `charset` is a warning.',
  why: 'UTF-8 is the character encoding the Open Standards Board made mandatory for government. Other encodings garble names and addresses with accents or other scripts.',
  fix: 'Produce and accept UTF-8 only, and write it into the media type: `text/csv; charset=utf-8`. JSON is UTF-8 by definition, so `application/json` needs no charset.',
  examples: {
    at: '/paths/~1vehicles~1{registrationNumber}/get/responses/200',
    fail: "content:\n  text/csv; charset=ISO-8859-1:\n    schema:\n      type: string\n",
    pass: "content:\n  text/csv; charset=utf-8:\n    schema:\n      type: string\n",
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
