/**
 * Server addresses as rules read them: a 3.x server `url` with its `{variables}` filled in from
 * their defaults, and the host name of an absolute URL.
 */
import { asObj, asString } from './nodes.ts';

/** `https://{env}.api.gov.uk/{version}` with each variable's string `default` filled in; unknown variables stay as written. */
export function expandServerUrl(url: string, variables: unknown): string {
  const byName = asObj(variables);
  return url.replace(/\{([^}]+)\}/g, (whole, name: string) => asString(asObj(byName?.[name])?.['default']) ?? whole);
}

/**
 * The host name of an absolute URL as written (case kept), without user, port or trailing dot; an
 * IPv6 address keeps its brackets (`[::1]`). Undefined when the URL has no `scheme://`.
 */
export function hostOf(url: string): string | undefined {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url.trim())?.[1];
  if (authority === undefined) return undefined;
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = hostPort.startsWith('[') ? hostPort.slice(0, hostPort.indexOf(']') + 1) : hostPort.replace(/:\d*$/, '');
  return host.replace(/\.$/, '');
}

/**
 * Why a host is not a real public address, if it is not:
 * - `local`: this machine (`localhost`, 127.x.x.x, `::1`, 0.0.0.0): a development address;
 * - `reserved`: a name reserved for examples and tests (RFC 2606, RFC 6761): example.com/.org/.net,
 *   and the `.example`, `.test`, `.invalid` and `.local` domains;
 * - `single-label`: a name without a dot (`server`, `ledger_url`), which only resolves inside one network;
 * - `templated`: a placeholder for a build or deployment tool to fill in (`{{host}}`, `${API_HOST}`, `@host@`).
 */
export type PlaceholderKind = 'local' | 'reserved' | 'single-label' | 'templated';

const LOCAL_HOST = /^(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;
const RESERVED_HOST = /(^|\.)example\.(com|org|net)$|\.(example|test|invalid|local|localhost)$|^(example|test|invalid)$/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function placeholderKind(host: string): PlaceholderKind | undefined {
  if (/[{}$@%<>]/.test(host)) return 'templated';
  if (LOCAL_HOST.test(host)) return 'local';
  if (RESERVED_HOST.test(host)) return 'reserved';
  if (!host.includes('.') && !host.startsWith('[') && !IPV4.test(host)) return 'single-label';
  return undefined;
}

/** The placeholder kind of an absolute URL's host (after filling in server variables), if any. */
export function placeholderUrl(url: string, variables?: unknown): { host: string; kind: PlaceholderKind } | undefined {
  const host = hostOf(expandServerUrl(url, variables));
  if (host === undefined || host === '') return undefined;
  const kind = placeholderKind(host);
  return kind ? { host, kind } : undefined;
}
