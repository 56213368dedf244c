/**
 * A curl command for an operation. Values come from examples where the document has them and are
 * placeholders in angle brackets otherwise; credentials are shell variables ($API_KEY …) so the
 * command can be pasted without putting secrets in it. Everything from the document is quoted for
 * a POSIX shell, so a hostile name or example cannot break out of its argument.
 */

export type CurlAuth =
  | { kind: 'header'; name: string; variable: string }
  | { kind: 'query'; name: string; variable: string }
  | { kind: 'cookie'; name: string; variable: string }
  | { kind: 'bearer'; variable: string }
  | { kind: 'basic' }
  | { kind: 'mtls' };

export interface CurlParameter {
  name: string;
  location: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  example?: unknown;
}

export interface CurlInput {
  method: string;
  /** Base URL with server variables filled in; '' when the document has none. */
  baseUrl: string;
  path: string;
  parameters: CurlParameter[];
  body?: { mediaType: string; example: unknown };
  accept?: string;
  auth: CurlAuth[];
}

const MAX_INLINE_BODY = 3_000;

/** Quotes for a POSIX shell, literally. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Double-quoted for a shell, with `$`, backquote, `"` and `\` escaped (so only our own variables expand). */
function dq(text: string): string {
  return text.replace(/[\\"$`]/g, (c) => `\\${c}`);
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function placeholder(name: string): string {
  return `<${name}>`;
}

/** Builds the command, one option per line. */
export function buildCurl(input: CurlInput): string {
  const lines: string[] = [];
  const method = input.method.toUpperCase();
  const base = (input.baseUrl || 'https://<host>').replace(/\/+$/, '');
  const path = input.path.replace(/\{([^}]*)\}/g, (_, name: string) => {
    const p = input.parameters.find((x) => x.location === 'path' && x.name === name);
    const value = scalar(p?.example);
    return value !== undefined ? encodeURIComponent(value) : placeholder(name);
  });
  const query: string[] = [];
  for (const p of input.parameters) {
    if (p.location !== 'query' || !p.required) continue;
    const value = scalar(p.example);
    query.push(`${encodeURIComponent(p.name)}=${value !== undefined ? encodeURIComponent(value) : placeholder(p.name)}`);
  }
  const authQuery: string[] = [];
  const headers: string[] = [];
  const cookies: string[] = [];
  let extra = '';
  for (const a of input.auth) {
    if (a.kind === 'header') headers.push(`"${dq(a.name)}: $${a.variable}"`);
    else if (a.kind === 'query') authQuery.push(`${dq(encodeURIComponent(a.name))}=$${a.variable}`);
    else if (a.kind === 'cookie') cookies.push(`${dq(a.name)}=$${a.variable}`);
    else if (a.kind === 'bearer') headers.push(`"Authorization: Bearer $${a.variable}"`);
    else if (a.kind === 'basic') extra = `--user "$USERNAME:$PASSWORD"`;
    else extra = '--cert client-certificate.pem --key client-key.pem';
  }
  // The URL is double-quoted so that credential variables in the query expand; the rest is escaped.
  const escapedUrl = dq(`${base}${path}`);
  const allQuery = [...query.map(dq), ...authQuery];
  const queryText = allQuery.length ? `?${allQuery.join('&')}` : '';
  lines.push(`curl --request ${method} "${escapedUrl}${queryText}"`);
  if (input.accept) lines.push(`--header ${shellQuote(`Accept: ${input.accept}`)}`);
  for (const p of input.parameters) {
    if (p.location === 'header' && p.required) {
      lines.push(`--header ${shellQuote(`${p.name}: ${scalar(p.example) ?? placeholder(p.name)}`)}`);
    }
    if (p.location === 'cookie' && p.required) cookies.push(dq(`${p.name}=${scalar(p.example) ?? placeholder(p.name)}`));
  }
  for (const h of headers) lines.push(`--header ${h}`);
  if (cookies.length) lines.push(`--cookie "${cookies.join('; ')}"`);
  if (extra) lines.push(extra);
  if (input.body) lines.push(...bodyLines(input.body.mediaType, input.body.example));
  return lines.join(' \\\n  ');
}

function bodyLines(mediaType: string, example: unknown): string[] {
  const type = mediaType.toLowerCase();
  const lines = [`--header ${shellQuote(`Content-Type: ${mediaType}`)}`];
  if (type.startsWith('multipart/form-data') && example && typeof example === 'object' && !Array.isArray(example)) {
    for (const [k, v] of Object.entries(example)) {
      const value = scalar(v) ?? JSON.stringify(v);
      lines.push(value === '<binary data>' ? `--form ${shellQuote(`${k}=@<file>`)}` : `--form ${shellQuote(`${k}=${value}`)}`);
    }
    // curl sets the multipart Content-Type itself, with the boundary.
    lines.shift();
    return lines;
  }
  if (type === 'application/x-www-form-urlencoded' && example && typeof example === 'object' && !Array.isArray(example)) {
    for (const [k, v] of Object.entries(example)) lines.push(`--data-urlencode ${shellQuote(`${k}=${scalar(v) ?? JSON.stringify(v)}`)}`);
    return lines;
  }
  let text: string;
  if (example === undefined) text = '<request body>';
  else if (typeof example === 'string' && !type.includes('json')) text = example;
  else {
    const compact = JSON.stringify(example) ?? '';
    text = compact.length <= 100 ? compact : (JSON.stringify(example, null, 2) ?? '');
  }
  if (text.length > MAX_INLINE_BODY) lines.push('--data @request-body.json');
  else lines.push(`--data ${shellQuote(text)}`);
  return lines;
}
