/** A document or a metadata feed from an https URL, conditionally (If-None-Match), within limits. */
import { httpsRequestFollowing } from '../net/https-request.ts';
import type { Fetched } from './fetched.ts';

export interface UrlFetchOptions {
  maxBytes: number;
  timeoutMs?: number;
  ca?: string | string[];
  accept?: string;
}

export async function fetchFromUrl(url: string, etag: string | undefined, options: UrlFetchOptions): Promise<Fetched> {
  const r = await httpsRequestFollowing(url, {
    maxBytes: options.maxBytes,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.ca ? { ca: options.ca } : {}),
    headers: { ...(etag ? { 'if-none-match': etag } : {}), ...(options.accept ? { accept: options.accept } : {}) },
  });
  if (!r.ok) return { kind: 'failed', reason: r.failure === 'too-large' ? `too large: ${url} ${r.message}` : `${url} ${r.message}` };
  if (r.status === 304) return { kind: 'not-modified' };
  if (r.status !== 200) return { kind: 'failed', reason: `${url} answered ${r.status}${r.status === 404 ? ' Not Found' : r.status === 403 ? ' Forbidden' : ''}` };
  return { kind: 'body', bytes: r.body, ...(r.headers.etag ? { etag: r.headers.etag } : {}) };
}
