/**
 * Where to reach GitHub and as whom, read from the variables GitHub Actions sets for every job:
 * `GITHUB_API_URL` (https://api.github.com, or https://<host>/api/v3 on GitHub Enterprise Server),
 * `GITHUB_REPOSITORY` (owner/name) and `GITHUB_TOKEN` (which a workflow passes from
 * `secrets.GITHUB_TOKEN`).
 */

export class GitHubError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitHubError';
  }
}

export interface GitHubTarget {
  /** The REST API's base URL, without a trailing slash. */
  apiUrl: string;
  owner: string;
  repo: string;
  token: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const NAME = /^[A-Za-z0-9_.-]+$/;

/**
 * The API's base URL from GITHUB_API_URL (https, or plain http on loopback for tests), and the token
 * from GITHUB_TOKEN when set: reading public repositories needs no token, at a lower rate limit.
 */
export function gitHubApiFromEnv(env: NodeJS.ProcessEnv = process.env): { apiUrl: string; token?: string } {
  const apiUrl = apiUrlFromEnv(env);
  const token = env.GITHUB_TOKEN?.trim() ?? '';
  if (/\s/.test(token)) throw new GitHubError('GITHUB_TOKEN contains white space; copy the token again');
  return { apiUrl, ...(token ? { token } : {}) };
}

function apiUrlFromEnv(env: NodeJS.ProcessEnv): string {
  const rawUrl = env.GITHUB_API_URL?.trim() || 'https://api.github.com';
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new GitHubError(`GITHUB_API_URL "${rawUrl}" is not a URL (use https://api.github.com, or https://<your host>/api/v3 for GitHub Enterprise Server)`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new GitHubError(`GITHUB_API_URL must use https:// so the token is never sent in clear (plain http is accepted only for 127.0.0.1 and localhost)`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new GitHubError('GITHUB_API_URL must be a plain base URL, without a user, password, query or fragment');
  }
  return url.toString().replace(/\/+$/, '');
}

/** The GitHub repository and credentials from the environment; a GitHubError says what is missing. */
export function gitHubTargetFromEnv(env: NodeJS.ProcessEnv = process.env): GitHubTarget {
  const { apiUrl, token } = gitHubApiFromEnv(env);
  const repository = env.GITHUB_REPOSITORY?.trim() ?? '';
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) {
    throw new GitHubError(`GITHUB_REPOSITORY must be "owner/name", such as "co-cddo/api-catalogue"${repository ? `, not "${repository}"` : ' (it is not set)'}`);
  }
  if (!token) {
    throw new GitHubError('GITHUB_TOKEN is not set (in a workflow, add `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}` to the step; locally, a token that may comment on pull requests)');
  }
  return { apiUrl, owner, repo, token };
}
