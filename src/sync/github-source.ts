/**
 * A document from a GitHub repository through the REST contents API, as raw bytes, with a
 * conditional request (If-None-Match with the ETag of the last copy): an unchanged file costs a 304
 * that GitHub does not count against the rate limit. Failures say what to do in words.
 */
import { explainGitHubError, type GitHubClient } from '../github/client.ts';
import type { Fetched, RateLimit } from './fetched.ts';

export interface GitHubFile {
  repository: string;
  path: string;
  ref?: string | undefined;
}

export const describeGitHubFile = (f: GitHubFile): string => `${f.repository}/${f.path}${f.ref ? `@${f.ref}` : ''}`;

function rateFrom(headers: Record<string, unknown> | undefined): RateLimit | undefined {
  const n = (k: string) => Number(headers?.[k]);
  return Number.isFinite(n('x-ratelimit-remaining')) ? { limit: n('x-ratelimit-limit'), remaining: n('x-ratelimit-remaining'), reset: n('x-ratelimit-reset') } : undefined;
}

export async function fetchFromGitHub(client: GitHubClient, file: GitHubFile, etag: string | undefined, apiUrl: string, onRate: (r: RateLimit) => void): Promise<Fetched> {
  const [owner = '', repo = ''] = file.repository.split('/');
  try {
    const res = await client.rest.repos.getContent({
      owner,
      repo,
      path: file.path,
      ...(file.ref ? { ref: file.ref } : {}),
      mediaType: { format: 'raw' },
      headers: etag ? { 'if-none-match': etag } : {},
    });
    const rate = rateFrom(res.headers as Record<string, unknown>);
    if (rate) onRate(rate);
    const data = res.data as unknown;
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(JSON.stringify(data));
    if (typeof data !== 'string' && !(data instanceof ArrayBuffer)) return { kind: 'failed', reason: `${describeGitHubFile(file)} is a folder or a link, not a file` };
    const tag = res.headers.etag;
    return { kind: 'body', bytes, ...(tag ? { etag: String(tag) } : {}) };
  } catch (error) {
    const e = error as { status?: number; response?: { headers?: Record<string, unknown> } };
    const rate = rateFrom(e.response?.headers);
    if (rate) onRate(rate);
    if (e.status === 304) return { kind: 'not-modified' };
    if (e.status === 404) return { kind: 'failed', reason: `GitHub has no ${describeGitHubFile(file)} (404): check the repository, path and ref in \`upstream\` (a private repository also answers 404 when the token cannot read it)` };
    if (e.status === 413) return { kind: 'failed', reason: `too large: ${describeGitHubFile(file)} is over the sync's limit` };
    const explained = explainGitHubError(error, `read ${describeGitHubFile(file)}`, { apiUrl, owner, repo, token: '' });
    const limited = (e.status === 403 || e.status === 429) && /rate limit/i.test(explained.message);
    return { kind: 'failed', reason: explained.message, ...(limited ? { stop: true } : {}) };
  }
}
