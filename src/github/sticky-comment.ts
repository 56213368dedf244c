/**
 * One comment per pull request that a tool keeps up to date: the first run creates it, later runs
 * edit it. The comment is recognised by a hidden marker (an HTML comment at its start) and by its
 * author, the token's own login, so a comment someone else wrote with the same marker is never
 * taken for ours.
 */
import { createGitHubClient, explainGitHubError, type ClientOptions, type GitHubClient } from './client.ts';
import { GitHubError, type GitHubTarget } from './env.ts';

/** GitHub's longest comment body, in characters. */
export const MAX_COMMENT_LENGTH = 65_536;

/** The login of the token GitHub Actions gives a workflow (`secrets.GITHUB_TOKEN`). */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The pull request's head is not the commit the comment is about (a newer push, or a report that
 * names the wrong pull request): nothing was posted. Not a failure of the posting itself.
 */
export class StaleHeadError extends GitHubError {
  constructor(message: string) {
    super(message);
    this.name = 'StaleHeadError';
  }
}

export interface StickyCommentRequest {
  /** The pull request (or issue) number. */
  issue: number;
  /** The hidden marker, e.g. `<!-- gov-api-catalogue:pr-report -->`. */
  marker: string;
  /** The comment's Markdown, without the marker. */
  body: string;
  /** The login the comment is written as; found from the token when not given. */
  author?: string;
  /** When given, the pull request's head commit must be this one (or nothing is posted). */
  expectHeadSha?: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
  author: string;
}

/**
 * The token's login: `GET /user`. An Actions or GitHub App token may not read `/user` (GitHub
 * answers 403 "Resource not accessible by integration"): its comments are written by
 * `github-actions[bot]`, which is then assumed; pass `author` for another app.
 */
export async function tokenLogin(client: GitHubClient, target: GitHubTarget): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (e) {
    const err = e as { status?: number; response?: { data?: { message?: unknown } } };
    if (err.status === 403 && /not accessible by integration/i.test(String(err.response?.data?.message ?? ''))) return ACTIONS_BOT_LOGIN;
    throw explainGitHubError(e, 'find the login of GITHUB_TOKEN (GET /user)', target);
  }
}

function markerLine(marker: string): string {
  if (!/^<!-- [A-Za-z0-9:._/-]+ -->$/.test(marker)) throw new GitHubError(`internal: a comment marker must look like "<!-- name -->", not ${JSON.stringify(marker)}`);
  return marker;
}

/** Creates or updates the tool's comment on a pull request. */
export async function upsertStickyComment(target: GitHubTarget, request: StickyCommentRequest, options: ClientOptions = {}): Promise<StickyCommentResult> {
  const marker = markerLine(request.marker);
  const body = `${marker}\n${request.body}`;
  if (body.length > MAX_COMMENT_LENGTH) {
    throw new GitHubError(`the comment is ${body.length} characters, over GitHub's limit of ${MAX_COMMENT_LENGTH}; shorten it before posting`);
  }
  const client = createGitHubClient(target, options);
  const { owner, repo } = target;
  const where = `pull request #${request.issue} of ${owner}/${repo}`;

  if (request.expectHeadSha) {
    let head: string;
    try {
      const { data } = await client.rest.pulls.get({ owner, repo, pull_number: request.issue });
      head = data.head.sha;
    } catch (e) {
      throw explainGitHubError(e, `read ${where}`, target);
    }
    if (head !== request.expectHeadSha) {
      throw new StaleHeadError(
        `${where} is at commit ${head}, not ${request.expectHeadSha}: the report is for another commit (or another pull request), so it was not posted`,
      );
    }
  }

  const author = request.author ?? (await tokenLogin(client, target));
  let existing: { id: number; html_url: string } | undefined;
  try {
    const pages = client.paginate.iterator(client.rest.issues.listComments, { owner, repo, issue_number: request.issue, per_page: 100 });
    search: for await (const page of pages) {
      for (const c of page.data) {
        if (c.user?.login === author && typeof c.body === 'string' && c.body.startsWith(marker)) {
          existing = { id: c.id, html_url: c.html_url };
          break search;
        }
      }
    }
  } catch (e) {
    throw explainGitHubError(e, `list the comments on ${where}`, target);
  }

  if (existing) {
    try {
      const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { action: 'updated', id: data.id, url: data.html_url, author };
    } catch (e) {
      throw explainGitHubError(e, `update comment ${existing.id} on ${where}`, target);
    }
  }
  try {
    const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: request.issue, body });
    return { action: 'created', id: data.id, url: data.html_url, author };
  } catch (e) {
    throw explainGitHubError(e, `comment on ${where}`, target);
  }
}
