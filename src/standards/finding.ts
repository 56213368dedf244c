/**
 * A finding of the GDS standards: one place in a document where a rule is not met. Every finding
 * says where it is in words (`where`: `POST /v1/payments/{paymentId}/refunds`, `Schema \`Payment\``,
 * `Server 1`, `Security scheme \`oauth2\``), which root cause it belongs to (`group`: findings with the
 * same group have one cause and one fix) and the page of its rule (`url`), so that the site, the
 * command line, the JSON output and the pull-request report show the same thing.
 *
 * This module has no dependency on the lint engine: formatters and pages import it freely.
 */
import { isHttpMethod, operationLabel } from '../openapi/readers.ts';
import { sha256 } from '../files/hash.ts';
import type { Problem, Severity } from '../problems/problem.ts';
import { pointerToPath } from '../yaml/pointer.ts';

/** Why a finding does not count: the `x-gds-ignore` that covers it (see exemptions.ts). */
export interface Exemption {
  reason: string;
  /** JSON pointer of the node that carries the `x-gds-ignore` (without `#`). */
  pointer: string;
}

/** Another place with the same root cause, covered by the finding that lists it. */
export interface FindingPlace {
  /** File, as findings name it. */
  file: string;
  pointer: string;
  line: number;
  column: number;
  where: string;
}

export interface Finding extends Problem {
  /** The GDS rule id, e.g. `gds-https-only`. */
  rule: string;
  /** JSON pointer without the leading `#`, e.g. `/servers/0/url`. */
  pointer: string;
  line: number;
  column: number;
  severity: Severity;
  /** Where the finding is, in words: an operation (`GET /vehicles`), a schema, server, security scheme or `Document`. */
  where: string;
  /** The root cause: findings with the same group share one cause and one fix (`<rule>:<cause>`). */
  group: string;
  /** The rule's page on the site (a path such as `/standards/rules/gds-https-only/`). */
  url: string;
  /**
   * Other places the same cause shows, when one finding stands for all of them: the operations a
   * missing root `security` leaves open, the responses that share one media-type default, the
   * operations that use one shared schema.
   */
  covers?: FindingPlace[];
  /** The Redocly rule that raised it (`gds/https-only`, `struct` …, or `engine`), for debugging. */
  source: string;
  /** Present when an `x-gds-ignore` covers this finding: it then counts for neither level nor score. */
  exempt?: Exemption;
}

const SCHEMA_HOMES: Readonly<Record<string, string>> = {
  schemas: 'Schema',
  responses: 'Response',
  parameters: 'Parameter',
  requestBodies: 'Request body',
  headers: 'Header',
  examples: 'Example',
  securitySchemes: 'Security scheme',
  links: 'Link',
  callbacks: 'Callback',
  pathItems: 'Path item',
};

const SWAGGER2_HOMES: Readonly<Record<string, string>> = {
  definitions: 'Schema',
  parameters: 'Parameter',
  responses: 'Response',
  securityDefinitions: 'Security scheme',
};

/** `properties/address/properties/postcode` → `address.postcode`; `items` → `[]`. */
function schemaPath(keys: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === 'properties' && keys[i + 1] !== undefined) {
      parts.push(keys[i + 1]!);
      i++;
    } else if (keys[i] === 'items' && parts.length > 0) {
      parts[parts.length - 1] += '[]';
    }
  }
  return parts.join('.');
}

function named(kind: string, name: string, rest: readonly string[]): string {
  const label = `${kind} \`${name}\``;
  if (kind !== 'Schema') return label;
  const inside = schemaPath(rest);
  return inside ? `${label}, property \`${inside}\`` : label;
}

/** An operation (or path item) under `paths` or `webhooks` in words. */
function underPaths(keys: readonly string[], webhook: boolean): string {
  const [path, method] = [keys[1], keys[2]];
  if (path === undefined) return webhook ? 'Webhooks' : 'Paths';
  if (isHttpMethod(method)) return webhook ? `Webhook \`${path}\` (${method.toUpperCase()})` : operationLabel(method, path);
  return webhook ? `Webhook \`${path}\`` : `Path \`${path}\``;
}

/**
 * Where a JSON pointer is, in words. `root` is the pointer's file's parsed data, used to name tags
 * (`Tag \`vehicles\``) and servers by their position.
 */
export function describePointer(pointer: string, root?: unknown): string {
  const keys = pointerToPath(pointer);
  const [first, second, third] = keys;
  if (first === undefined) return 'Document';
  switch (first) {
    case 'paths':
      return underPaths(keys, false);
    case 'webhooks':
    case 'x-webhooks':
      return underPaths(keys, true);
    case 'components':
      if (second !== undefined && third !== undefined && SCHEMA_HOMES[second]) return named(SCHEMA_HOMES[second]!, third, keys.slice(3));
      return 'Components';
    case 'servers':
      return second === undefined ? 'Servers' : `Server ${Number(second) + 1}`;
    case 'host':
    case 'basePath':
    case 'schemes':
      return 'Server';
    case 'info':
      return 'Info';
    case 'tags': {
      if (second === undefined) return 'Tags';
      const tags = (root as { tags?: unknown } | undefined)?.tags;
      const name = Array.isArray(tags) ? (tags[Number(second)] as { name?: unknown } | undefined)?.name : undefined;
      return typeof name === 'string' ? `Tag \`${name}\`` : `Tag ${Number(second) + 1}`;
    }
    case 'security':
      return 'Root security';
    case 'externalDocs':
      return 'External docs';
    default:
      if (second !== undefined && SWAGGER2_HOMES[first]) return named(SWAGGER2_HOMES[first]!, second, keys.slice(2));
      return `\`${first}\``;
  }
}

/**
 * The default root cause of a finding: its rule, the engine rule that raised it and the shape of
 * its message with the quoted values and numbers left out, so that "`GET /a` has no `operationId`"
 * and "`GET /b` has no `operationId`" are one cause. Rules name the cause themselves where the
 * message does not tell causes apart.
 */
export function defaultGroup(rule: string, source: string, message: string): string {
  const shape = message.replace(/`[^`]*`/g, '`…`').replace(/\d+/g, 'N');
  return `${rule}:${sha256(`${source}\0${shape}`).slice(0, 10)}`;
}

/** The group id for a cause a rule names itself (`gds-security-defined:no-security`). */
export function namedGroup(rule: string, cause: string): string {
  return `${rule}:${cause}`;
}

/** The root causes among findings: each group once, in the order first seen. */
export function rootCauses<F extends Pick<Finding, 'group'>>(findings: readonly F[]): F[][] {
  const groups = new Map<string, F[]>();
  for (const f of findings) {
    const list = groups.get(f.group);
    if (list) list.push(f);
    else groups.set(f.group, [f]);
  }
  return [...groups.values()];
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warn: 1 };

/** Findings in reading order: errors first, then by root cause (largest first), then by position. */
export function sortFindings<F extends Pick<Finding, 'group' | 'severity' | 'file' | 'line' | 'column' | 'rule'>>(findings: readonly F[]): F[] {
  const size = new Map<string, number>();
  const first = new Map<string, number>();
  findings.forEach((f, i) => {
    size.set(f.group, (size.get(f.group) ?? 0) + 1);
    if (!first.has(f.group)) first.set(f.group, i);
  });
  // A group's severity is its worst finding's.
  const groupSeverity = new Map<string, number>();
  for (const f of findings) groupSeverity.set(f.group, Math.min(groupSeverity.get(f.group) ?? 1, SEVERITY_ORDER[f.severity]));
  return [...findings].sort(
    (a, b) =>
      groupSeverity.get(a.group)! - groupSeverity.get(b.group)! ||
      a.rule.localeCompare(b.rule) ||
      (a.group === b.group ? 0 : size.get(b.group)! - size.get(a.group)! || first.get(a.group)! - first.get(b.group)!) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
}
