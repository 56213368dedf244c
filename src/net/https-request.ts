/**
 * One HTTPS request with the limits every outbound call of the catalogue's tools needs: https only
 * (a redirect to plain http is refused), a timeout for the whole exchange, a cap on the bytes read
 * (the body is streamed and the request aborted past it), and redirects followed one at a time so
 * that each hop is recorded. Built on node:https rather than fetch so that a test (or a department
 * behind its own certificate authority) can give extra CA certificates per call.
 */
import { request as httpsRequest } from 'node:https';

export interface HttpsOptions {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  /** Most bytes of body to read (default 10 MB); more is a `too-large` failure. */
  maxBytes?: number;
  /** Milliseconds for each request, from connecting to the end of the body (default 15 s). */
  timeoutMs?: number;
  /** Redirects to follow (default 5); 0 returns the redirect itself. */
  maxRedirects?: number;
  /** Extra certificate authorities to trust, in PEM. */
  ca?: string | string[];
}

export interface Hop {
  url: string;
  status: number;
}

export type HttpsResult =
  | { ok: true; url: string; status: number; headers: Record<string, string>; body: Buffer; redirects: Hop[] }
  | { ok: false; url: string; failure: 'timeout' | 'too-large' | 'not-https' | 'too-many-redirects' | 'network'; message: string; redirects: Hop[]; /** The status, when the server answered before the failure (a body too large). */ status?: number };

const MB = 1024 * 1024;

function once(url: URL, options: HttpsOptions, maxBytes: number, timeoutMs: number): Promise<{ status: number; headers: Record<string, string>; body: Buffer } | { failure: 'timeout' | 'too-large' | 'network'; message: string; status?: number }> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (v: Parameters<typeof resolve>[0]) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        resolve(v);
      }
    };
    const req = httpsRequest(url, { method: options.method ?? 'GET', headers: { 'user-agent': 'gov-api-catalogue-tools', ...options.headers }, ...(options.ca ? { ca: options.ca } : {}) }, (res) => {
      const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v ?? '')]));
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes && options.method !== 'HEAD') {
        req.destroy();
        done({ failure: 'too-large', message: `is ${declared} bytes, over the limit of ${maxBytes}`, status: res.statusCode ?? 0 });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy();
          done({ failure: 'too-large', message: `is more than the limit of ${maxBytes} bytes`, status: res.statusCode ?? 0 });
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) }));
      res.on('error', (e) => done({ failure: 'network', message: e.message }));
    });
    const timer = setTimeout(() => {
      req.destroy();
      done({ failure: 'timeout', message: `gave no complete answer within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) => done({ failure: 'network', message: e.code ? `${e.code}: ${e.message}` : e.message }));
    req.end();
  });
}

export async function httpsRequestFollowing(address: string, options: HttpsOptions = {}): Promise<HttpsResult> {
  const maxBytes = options.maxBytes ?? 10 * MB;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const redirects: Hop[] = [];
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, url: address, failure: 'not-https', message: 'is not a URL', redirects };
  }
  for (;;) {
    if (url.protocol !== 'https:') return { ok: false, url: url.href, failure: 'not-https', message: `${redirects.length ? 'redirects to' : 'is'} ${url.href}, which is not https`, redirects };
    const r = await once(url, options, maxBytes, timeoutMs);
    if ('failure' in r) return { ok: false, url: url.href, failure: r.failure, message: r.message, redirects, ...(r.status ? { status: r.status } : {}) };
    const location = r.headers.location;
    if (r.status >= 300 && r.status < 400 && location && maxRedirects > 0) {
      redirects.push({ url: url.href, status: r.status });
      if (redirects.length > maxRedirects) return { ok: false, url: url.href, failure: 'too-many-redirects', message: `redirects more than ${maxRedirects} times`, redirects };
      url = new URL(location, url);
      continue;
    }
    return { ok: true, url: url.href, status: r.status, headers: r.headers, body: r.body, redirects };
  }
}
