import type { Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

const ID = 'gds-standard-status-codes';
const reference = ruleReference(ID);

/** Status codes in the IANA HTTP Status Code Registry (RFC 9110 and later), leaving out the unused 306 and 418. */
const REGISTERED = new Set(
  [
    '100 101 102 103',
    '200 201 202 203 204 205 206 207 208 226',
    '300 301 302 303 304 305 307 308',
    '400 401 402 403 404 405 406 407 408 409 410 411 412 413 414 415 416 417 421 422 423 424 425 426 428 429 431 451',
    '500 501 502 503 504 505 506 507 508 510 511',
  ]
    .join(' ')
    .split(' '),
);

function problemWith(code: string): string | undefined {
  if (code === 'default' || code.startsWith('x-') || REGISTERED.has(code) || /^[1-5]XX$/.test(code)) return undefined;
  if (/^[1-5]xx$/i.test(code)) return `Response code \`${code}\` is a range written in the wrong case: write it as \`${code[0]}XX\``;
  if (code === '306' || code === '418') return `Response code \`${code}\` is reserved and unused in HTTP: use a standard code`;
  return `Response code \`${code}\` is not a standard HTTP status code: use a registered code (such as 400, 404, 409, 422 or 500), a range such as \`4XX\`, or \`default\``;
}

const checkResponses: Oas3Rule & Oas2Rule = () => ({
  Responses(responses: object, { report, location }: UserContext) {
    for (const code of Object.keys(responses)) {
      const problem = problemWith(code);
      if (problem) report({ message: `${problem}.`, location: location.child(code).key(), reference });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Use standard HTTP status codes',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'Make sure you match error codes with standard HTTP response codes.',
    source: 'API technical and data standards: Use standard HTTP responses',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 4,
  checks:
    'Every key of every `responses` map is `default`, a range from `1XX` to `5XX`, or a status code in the IANA HTTP status code registry (RFC 9110 and its updates), other than the unused 306 and 418.',
  why: 'Clients, proxies and monitoring tools act on status codes by their standard meanings; a made-up code such as 299 or 499 is handled unpredictably and hides what happened.',
  fix: 'Replace each non-standard code with the registered code that matches its meaning, and explain the detail in the response body instead.',
  examples: {
    at: '/paths/~1vehicles~1{registrationNumber}/get',
    fail: "responses:\n  '200':\n    description: The vehicle.\n  '499':\n    description: The request was cancelled.\n",
    pass: "responses:\n  '200':\n    description: The vehicle.\n  '408':\n    description: The request took too long.\n",
  },
  swagger2: true,
  oas3: checkResponses,
  oas2: checkResponses,
};

export default rule;
