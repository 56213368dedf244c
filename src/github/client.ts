/**
 * An octokit client for the catalogue's GitHub tools, and plain-English explanations of what can
 * go wrong: a bad token (401), missing permission (403), an unknown repository or pull request
 * (404), a rejected request (422), and GitHub's primary and secondary rate limits.
 *
 * Rate limits are handled by octokit's throttling plugin: the request is tried again after the
 * wait GitHub asks for (`retry-after`, or until `x-ratelimit-reset` when `x-ratelimit-remaining` is
 * 0), at most twice and only when the wait is short; otherwise the command stops and says until
 * when. Server errors (5xx) are retried by octokit's retry plugin. The token is never printed.
 */
import { randomUUID } from 'node:crypto';
import { Octokit } from 'octokit';
import { GitHubError, type GitHubTarget } from './env.ts';
import { redact } from './redact.ts';

export { GitHubError };

export interface ClientOptions {
  /** Longest rate-limit wait worth waiting for, in seconds (90 by default). */
  maxWaitSeconds?: number;
  /** Where notices go (waits, warnings); standard error in the CLI. */
  notice?: (text: string) => void;
  /** Milliseconds per second of a requested wait: 1000; tests make waits shorter. */
  msPerSecond?: number;
  /** The fetch octokit uses (a size-limited one for downloads); the global fetch by default. */
  fetch?: typeof fetch;
}

const USER_AGENT = 'gov-api-catalogue-tools';

export type GitHubClient = InstanceType<typeof Octokit>;

interface ThrottledRequest {
  method: string;
  url: string;
}

export function createGitHubClient(target: GitHubTarget, options: ClientOptions = {}): GitHubClient {
  const maxWait = options.maxWaitSeconds ?? 90;
  const notice = (text: string): void => options.notice?.(redact(text, [target.token]));
  const wait =
    (kind: string) =>
    (retryAfter: number, request: ThrottledRequest, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= 2 || retryAfter > maxWait) return false;
      notice(`GitHub's ${kind} was reached; waiting ${retryAfter} s, then sending the ${request.method} request again.`);
      return true;
    };
  const quiet = (): void => {};
  return new Octokit({
    auth: target.token,
    baseUrl: target.apiUrl,
    userAgent: USER_AGENT,
    log: { debug: quiet, info: quiet, warn: (m: string) => notice(m), error: (m: string) => notice(m) },
    throttle: {
      // octokit spaces out writes (1 s) and notifying writes such as comments (3 s), per id: one
      // id per client, so that separate runs in one process do not wait for each other.
      id: randomUUID(),
      onRateLimit: wait('rate limit for this token'),
      onSecondaryRateLimit: wait('secondary rate limit (too many requests in a short time)'),
      retryAfterBaseValue: options.msPerSecond ?? 1000,
    },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 413, 422, 429, 451], retries: 2, retryAfterBaseValue: options.msPerSecond ?? 1000 },
    ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
  });
}

interface ResponseLike {
  status?: number;
  headers?: Record<string, string | number | undefined>;
  data?: unknown;
}

function header(response: ResponseLike | undefined, name: string): string | undefined {
  const v = response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

/** GitHub's own message, on one line, short, for quoting. */
function gitHubMessage(data: unknown): string {
  const d = data as { message?: unknown; errors?: unknown } | undefined;
  const parts: string[] = [];
  if (typeof d?.message === 'string') parts.push(d.message);
  if (Array.isArray(d?.errors)) {
    for (const e of d.errors as { message?: unknown; field?: unknown; code?: unknown }[]) {
      if (typeof e?.message === 'string') parts.push(e.message);
      else if (typeof e?.field === 'string') parts.push(`${e.field} ${typeof e.code === 'string' ? e.code : 'is invalid'}`);
    }
  }
  const text = parts.join(': ').replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function utc(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * What went wrong, for a person: `action` says what was being done ("list the comments on pull
 * request #12 of o/r"). The result never contains the token.
 */
export function explainGitHubError(error: unknown, action: string, target: GitHubTarget, now: () => number = Date.now): GitHubError {
  const e = error as { status?: number; response?: ResponseLike; message?: string; code?: string; cause?: { code?: string; message?: string } };
  const status = typeof e?.status === 'number' ? e.status : undefined;
  const response = e?.response;
  const said = gitHubMessage(response?.data);
  const quoted = said ? `: "${said}"` : '';
  const repo = `${target.owner}/${target.repo}`;
  let message: string;
  const remaining = header(response, 'x-ratelimit-remaining');
  const retryAfter = Number(header(response, 'retry-after'));
  const secondary = /secondary rate/i.test(said);
  if ((status === 403 || status === 429) && (secondary || (status === 429 && Number.isFinite(retryAfter)))) {
    const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? `it asks to wait ${retryAfter} s` : 'it asks to wait at least a minute';
    message = `GitHub's secondary rate limit stopped the request to ${action} (too many requests in a short time; ${wait}). Nothing more was sent: run the job again later.`;
  } else if ((status === 403 || status === 429) && remaining === '0') {
    const reset = Number(header(response, 'x-ratelimit-reset'));
    const until = Number.isFinite(reset) && reset > 0 ? ` until ${utc(reset)} (in ${Math.max(1, Math.ceil((reset * 1000 - now()) / 60_000))} min)` : '';
    message = `GitHub's API rate limit for this token is used up${until}, so it could not ${action}. Run the job again after that time.`;
  } else if (status === 401) {
    message = `GitHub refused the token (401${quoted}) when asked to ${action}. GITHUB_TOKEN is missing, expired or revoked: in a workflow pass \`secrets.GITHUB_TOKEN\`; locally, create a new token.`;
  } else if (status === 403) {
    message = `GitHub denied access (403${quoted}) when asked to ${action}. The token needs permission to write pull-request comments in ${repo}: give the workflow \`permissions: pull-requests: write\` (a pull_request run from a fork only ever gets a read-only token).`;
  } else if (status === 404) {
    message = `GitHub found nothing (404${quoted}) when asked to ${action}. Check GITHUB_REPOSITORY ("${repo}") and the pull request number; for a private repository the token must have access to it (GitHub answers 404 rather than 403).`;
  } else if (status === 422) {
    message = `GitHub rejected the request (422${quoted}) to ${action}.`;
  } else if (status !== undefined && status >= 500) {
    message = `GitHub had a server error (${status}${quoted}) when asked to ${action}, and still did after retrying. Try again later.`;
  } else if (status !== undefined) {
    message = `GitHub answered ${status}${quoted} when asked to ${action}.`;
  } else {
    const code = e?.cause?.code ?? e?.code;
    message = `Could not reach GitHub at ${target.apiUrl} to ${action}${code ? ` (${code})` : ''}. Check GITHUB_API_URL and the network.`;
  }
  return new GitHubError(redact(message, [target.token]));
}
