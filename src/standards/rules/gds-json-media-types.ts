import type { Location, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { reportCause } from '../rule-support/report.ts';
import { asObj, asString, isJsonMediaType, parseMediaType } from '../rule-support/nodes.ts';
import { onProducesAndConsumes } from '../rule-support/visitors.ts';

const ID = 'gds-json-media-types';

const FILE_TYPES = new Set([
  'application/pdf',
  'application/octet-stream',
  'application/zip',
  'application/gzip',
  'application/x-zip-compressed',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
]);

/** Files and documents (PDFs, images, spreadsheets, archives) are not structured responses. */
function isFileType(mediaType: string): boolean {
  const { essence, type } = parseMediaType(mediaType);
  return (
    FILE_TYPES.has(essence) ||
    ['image', 'audio', 'video', 'font', 'model'].includes(type) ||
    essence.startsWith('application/vnd.openxmlformats-officedocument.') ||
    essence.startsWith('application/vnd.oasis.opendocument.')
  );
}

const isMultipart = (mediaType: string): boolean => parseMediaType(mediaType).type === 'multipart';

/** What is wrong with a list of media types, or undefined when it offers JSON or only carries files. */
function problem(mediaTypes: readonly string[], exempt: (m: string) => boolean): string | undefined {
  if (mediaTypes.length === 0 || mediaTypes.some(isJsonMediaType) || mediaTypes.every(exempt)) return undefined;
  const listed = mediaTypes.map((m) => `\`${m}\``).join(', ');
  return mediaTypes.some((m) => parseMediaType(m).essence === '*/*' || parseMediaType(m).essence === 'application/*')
    ? `offers only ${listed}: name \`application/json\` (or a \`+json\` type) so clients know they get JSON`
    : `offers only ${listed}: offer \`application/json\` (or a \`+json\` type) as well`;
}

const responseExempt = isFileType;
const requestExempt = (m: string): boolean => isFileType(m) || isMultipart(m);

/**
 * The same list of media types is one root cause wherever it appears (a framework's default, such as
 * springdoc's wildcard media type): one finding, covering every body that has it.
 */
function reportBodies(ctx: UserContext, what: 'Response' | 'Request body', mediaTypes: readonly string[], p: string, location: Location): void {
  reportCause(ctx, ID, {
    message: `${what} \`content\` ${p}.`,
    location,
    cause: `${what}:${[...mediaTypes].sort().join(',')}`,
    merge: true,
  });
}

const oas3: Oas3Rule = () => ({
  Response(response, ctx) {
    const content = asObj(response.content);
    if (!content) return;
    const p = problem(Object.keys(content), responseExempt);
    if (p) reportBodies(ctx, 'Response', Object.keys(content), p, ctx.location.child('content').key());
  },
  RequestBody(body, ctx) {
    const content = asObj(body.content);
    if (!content) return;
    const p = problem(Object.keys(content), requestExempt);
    if (p) reportBodies(ctx, 'Request body', Object.keys(content), p, ctx.location.child('content').key());
  },
});

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(asString).filter((s): s is string => s !== undefined) : []);

const oas2 = onProducesAndConsumes((node, location, report) => {
  const produces = problem(strings(node['produces']), responseExempt);
  if (produces) report({ message: `\`produces\` ${produces}.`, location: location.child('produces'), reference: ruleReference(ID) });
  const consumes = problem(strings(node['consumes']), requestExempt);
  if (consumes) report({ message: `\`consumes\` ${consumes}.`, location: location.child('consumes'), reference: ruleReference(ID) });
});

const rule: GdsRule = {
  id: ID,
  title: 'Use JSON for request and response bodies',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: "Where possible, you should use the JSON Data Interchange Standard when structuring your REST API's response formats.",
    source: 'API technical and data standards (2024)',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 4,
  checks:
    'Every response `content` and request body `content` includes `application/json` or a `+json` type such as `application/problem+json`. Other formats (CSV, XML) may be offered alongside JSON. Files and documents (PDF, images, office documents, `application/octet-stream`) and multipart uploads are exempt. In Swagger 2.0 the same applies to `produces` and `consumes`.',
  why: 'JSON is the format government APIs agree on, so consumers can reuse the same tools across APIs. A wildcard such as `*/*` tells them nothing about what they will receive.',
  fix: 'Offer `application/json` for every structured body. Keep CSV or XML as additional representations if users need them, and replace `*/*` with the real media type.',
  examples: {
    at: '/paths/~1vehicles/get',
    fail: "responses:\n  '200':\n    description: Vehicles.\n    content:\n      application/xml:\n        schema:\n          $ref: '#/components/schemas/VehicleList'\n",
    pass: "responses:\n  '200':\n    description: Vehicles.\n    content:\n      application/json:\n        schema:\n          $ref: '#/components/schemas/VehicleList'\n",
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
