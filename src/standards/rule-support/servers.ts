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
