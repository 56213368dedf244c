/**
 * Where a finding is, in words a non-expert reads: `POST /v1/payments/{paymentId}/refunds`,
 * "Schema `Payment`", "Server 1". The validator is adding this to every finding as `where`
 * (issue 13); until that lands, the site derives it from the JSON pointer here. Once findings carry
 * `where`, this module reduces to `finding.where`.
 */
import type { Finding } from '../standards/assess.ts';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']);

const COMPONENT_KINDS: Record<string, string> = {
  schemas: 'Schema',
  responses: 'Response',
  parameters: 'Parameter',
  requestBodies: 'Request body',
  headers: 'Header',
  securitySchemes: 'Security scheme',
  definitions: 'Schema',
  securityDefinitions: 'Security scheme',
};

function decode(pointer: string): string[] {
  return pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The place of a JSON pointer in an OpenAPI document, in words (backticks mark code). */
export function describePointer(pointer: string): string {
  const [first, second, third, ...rest] = decode(pointer);
  if (first === undefined || first === '') return 'Document';
  if ((first === 'paths' || first === 'webhooks') && second !== undefined) {
    if (third !== undefined && METHODS.has(third)) return first === 'webhooks' ? `Webhook \`${second}\` (${third.toUpperCase()})` : `${third.toUpperCase()} ${second}`;
    return `Path \`${second}\``;
  }
  if (first === 'components' && second && third && COMPONENT_KINDS[second]) {
    const field = rest.filter((_, i) => rest[i - 1] === 'properties').join('.');
    return `${COMPONENT_KINDS[second]} \`${third}\`${field ? `, property \`${field}\`` : ''}`;
  }
  if (COMPONENT_KINDS[first] && second) return `${COMPONENT_KINDS[first]} \`${second}\``;
  if (first === 'servers') return second === undefined ? 'Servers' : `Server ${Number(second) + 1}`;
  if (first === 'info') return 'Info';
  if (first === 'tags') return second === undefined ? 'Tags' : `Tag ${Number(second) + 1}`;
  if (first === 'security') return 'Root security';
  return `\`${first}\``;
}

/** Where a finding is: the validator's own words when it gives them, else derived from its pointer. */
export function findingWhere(finding: Finding & { where?: string }): string {
  return finding.where ?? describePointer(finding.pointer);
}
