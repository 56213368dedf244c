/**
 * One link, checked the way a person's browser would find it: HEAD first (cheap), then GET when HEAD
 * is refused or fails (many servers answer HEAD wrongly), following redirects and recording each.
 *
 * - Documentation, contact and access pages: 2xx is `ok` (`redirected` when it took redirects: the
 *   entry should name the final address); 401, 403 and 429 are `unverified` (the site refuses
 *   automated checks, or wants a sign-in); any other answer, no answer, a timeout or a redirect to
 *   plain http is `broken`.
 * - API endpoints: a base URL need not serve a page, so any answer below 500 is `ok`; a 5xx, no
 *   answer or a timeout is `broken`.
 */
import { httpsRequestFollowing, type HttpsResult } from '../net/https-request.ts';
import type { LinkField, LinkResult } from './report-file.ts';

export interface CheckOptions {
  timeoutMs: number;
  ca?: string | string[];
}

const STATUS_WORDS: Readonly<Record<number, string>> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
const said = (status: number): string => `answered ${status}${STATUS_WORDS[status] ? ` ${STATUS_WORDS[status]}` : ''}`;

async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<HttpsResult> {
  return httpsRequestFollowing(url, { method, timeoutMs: options.timeoutMs, maxBytes: 256 * 1024, maxRedirects: 5, ...(options.ca ? { ca: options.ca } : {}), headers: { accept: 'text/html,application/json;q=0.9,*/*;q=0.8' } });
}

type Outcome = Omit<LinkResult, 'url' | 'usedBy'>;

function judge(r: HttpsResult, method: 'HEAD' | 'GET', endpoint: boolean): Outcome {
  const redirects = r.redirects;
  const moved = redirects.length > 0 ? { finalUrl: r.url } : {};
  if (!r.ok) {
    // A body over the limit still answered with a status.
    if (r.failure === 'too-large' && r.status !== undefined) return judge({ ok: true, url: r.url, status: r.status, headers: {}, body: Buffer.alloc(0), redirects }, method, endpoint);
    return { state: 'broken', method, redirects, ...moved, reason: r.failure === 'timeout' ? `no answer: it ${r.message}` : r.message };
  }
  const status = r.status;
  if (endpoint) return status < 500 ? { state: redirects.length ? 'redirected' : 'ok', status, method, redirects, ...moved } : { state: 'broken', status, method, redirects, ...moved, reason: said(status) };
  if (status >= 200 && status < 300) return { state: redirects.length ? 'redirected' : 'ok', status, method, redirects, ...moved };
  if (status === 401 || status === 403 || status === 429) return { state: 'unverified', status, method, redirects, ...moved, reason: `${said(status)}: the site refused an automated check` };
  return { state: 'broken', status, method, redirects, ...moved, reason: said(status) };
}

export async function checkLink(url: string, fields: readonly LinkField[], options: CheckOptions): Promise<Outcome> {
  const endpoint = fields.every((f) => f === 'endpoint');
  const head = judge(await request(url, 'HEAD', options), 'HEAD', endpoint);
  if (head.state === 'ok' || head.state === 'redirected') return head;
  // A timeout on HEAD is not tried again: the server did not answer at all.
  if (head.state === 'broken' && head.reason?.startsWith('no answer')) return head;
  return judge(await request(url, 'GET', options), 'GET', endpoint);
}
