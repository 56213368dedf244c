/**
 * A real HTTP server on 127.0.0.1 that imitates the parts of GitHub's REST API the catalogue's
 * tools call, so that tests run octokit itself against it: the same requests, headers, pagination
 * and errors as on github.com, without the network.
 *
 * Built in:
 * - `GET /user` (the token's user; an Actions token gets GitHub's 403 "Resource not accessible by
 *   integration", as on github.com);
 * - issue comments: list (`per_page`, `page`, with a `Link` header), create, update (only the
 *   author may; bodies over 65,536 characters get GitHub's 422);
 * - `GET /repos/{owner}/{repo}/pulls/{number}`;
 * - the contents API for files (`GET /repos/{owner}/{repo}/contents/{path}?ref=`): JSON with the
 *   content in base64, or the raw file for `Accept: application/vnd.github.raw`, an `ETag` on each
 *   answer and 304 Not Modified for a matching `If-None-Match`, as on github.com; files are added
 *   with `addFile`;
 * - `Authorization` checks (401 "Bad credentials"), 404 for unknown repositories and issues, rate
 *   limit headers on every response.
 *
 * Tests add repositories, pull requests and comments through `state`, queue faults (any status,
 * headers and body) with `fault`, and add endpoints with `route` (for example the contents API).
 * Every request is recorded in `requests`.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.ts';

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  headSha: string;
  headRepo: string;
  state: 'open' | 'closed';
}

export interface FakeRepo {
  /** Comments by issue (pull request) number. */
  comments: Map<number, FakeComment[]>;
  pulls: Map<number, FakePull>;
  /** File contents by `<ref>:<path>`. */
  files: Map<string, Buffer>;
  defaultBranch: string;
}

export interface FakeToken {
  /** The user the token belongs to. */
  user: FakeUser;
  /** An installation token (like Actions' GITHUB_TOKEN): `GET /user` answers 403. */
  integration?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path without the API base path, e.g. `/repos/o/r/issues/1/comments`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Fault {
  method?: string;
  /** Matches the path (without the base path). */
  path?: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get this answer (1 by default). */
  times?: number;
}

export interface RouteContext {
  req: IncomingMessage;
  params: string[];
  query: URLSearchParams;
  body: unknown;
  user: FakeUser;
  /** The fake server, for its state and helpers. */
  server: FakeGitHub;
}

export interface RouteResult {
  status: number;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, instead of `body`. */
  raw?: Buffer | string;
  headers?: Record<string, string>;
}

export type RouteHandler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

export interface FakeGitHubOptions {
  /** Path prefix of the API, e.g. `/api/v3` as on GitHub Enterprise Server. */
  basePath?: string;
  /** Tokens the server accepts. */
  tokens?: Record<string, FakeToken>;
  /** Rate limit left, shown in `x-ratelimit-remaining` (5000 by default). */
  rateLimitRemaining?: number;
}

export const GITHUB_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const MAX_COMMENT_LENGTH = 65_536;
const DOCS = 'https://docs.github.com/rest';

export class FakeGitHub {
  readonly basePath: string;
  readonly tokens: Record<string, FakeToken>;
  readonly repos = new Map<string, FakeRepo>();
  readonly requests: RecordedRequest[] = [];
  rateLimitRemaining: number;
  private readonly faults: Fault[] = [];
  private readonly routes: { method: string; pattern: RegExp; handler: RouteHandler }[] = [];
  private nextId = 1000;
  private server?: Server;
  private port = 0;

  constructor(options: FakeGitHubOptions = {}) {
    this.basePath = (options.basePath ?? '').replace(/\/+$/, '');
    this.tokens = options.tokens ?? {};
    this.rateLimitRemaining = options.rateLimitRemaining ?? 5000;
    this.addBuiltInRoutes();
  }

  /** The API URL to give as GITHUB_API_URL, e.g. `http://127.0.0.1:43121/api/v3`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}${this.basePath}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fake server error: ${(e as Error).message}` }));
      });
    });
    this.port = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
    this.server = undefined;
  }

  /** The repository `owner/name`, created when missing. */
  repo(fullName: string): FakeRepo {
    let repo = this.repos.get(fullName);
    if (!repo) {
      repo = { comments: new Map(), pulls: new Map(), files: new Map(), defaultBranch: 'main' };
      this.repos.set(fullName, repo);
    }
    return repo;
  }

  /** Adds an open pull request (and its comment thread) to a repository. */
  addPull(fullName: string, number: number, pull: Partial<Omit<FakePull, 'number'>> = {}): FakePull {
    const repo = this.repo(fullName);
    const value: FakePull = { number, headSha: 'a'.repeat(40), headRepo: fullName, state: 'open', ...pull };
    repo.pulls.set(number, value);
    if (!repo.comments.has(number)) repo.comments.set(number, []);
    return value;
  }

  /** Puts a file in a repository at a ref (the default branch when left out). */
  addFile(fullName: string, filePath: string, content: string | Buffer, ref?: string): void {
    const repo = this.repo(fullName);
    repo.files.set(`${ref ?? repo.defaultBranch}:${filePath}`, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
  }

  /** Adds a comment as if `user` had written it. */
  addComment(fullName: string, issue: number, user: FakeUser, body: string): FakeComment {
    const list = this.repo(fullName).comments.get(issue);
    if (!list) throw new Error(`fake GitHub: no issue ${issue} in ${fullName}`);
    const now = new Date(Date.UTC(2026, 10, 23, 10, 0, 0) + this.nextId * 1000).toISOString();
    const comment: FakeComment = { id: this.nextId++, body, user, created_at: now, updated_at: now };
    list.push(comment);
    return comment;
  }

  /** Answers the next matching request(s) with this status, headers and body instead. */
  fault(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** Adds an endpoint; `pattern` matches the path without the base path (groups become `params`). */
  route(method: string, pattern: RegExp, handler: RouteHandler): void {
    this.routes.unshift({ method, pattern, handler });
  }

  /** Requests made, as `METHOD /path?query`. */
  log(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}${[...r.query].length ? `?${r.query.toString()}` : ''}`);
  }

  private commentJson(fullName: string, issue: number, c: FakeComment): Record<string, unknown> {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${fullName}/issues/comments/${c.id}`,
      html_url: `https://github.example/${fullName}/pull/${issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${fullName}/issues/${issue}`,
      body: c.body,
      user: { login: c.user.login, id: c.user.id, type: c.user.type },
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  private addBuiltInRoutes(): void {
    const notFound: RouteResult = { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
    const tooLong = (body: unknown): RouteResult | undefined => {
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string' || text.length === 0) {
        return { status: 422, body: { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: DOCS, status: '422' } };
      }
      if (text.length > MAX_COMMENT_LENGTH) {
        return {
          status: 422,
          body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)` }], documentation_url: DOCS, status: '422' },
        };
      }
      return undefined;
    };

    this.route('GET', /^\/user$/, ({ req, user }) => {
      const token = this.tokenOf(req);
      if (token && this.tokens[token]?.integration) {
        return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } };
      }
      return { status: 200, body: { login: user.login, id: user.id, type: user.type } };
    });

    this.route('GET', /^\/repos\/([^/]+\/[^/]+)\/contents\/(.+)$/, ({ params, query, req }) => {
      const [fullName = '', filePath = ''] = params;
      const repo = this.repos.get(fullName);
      if (!repo) return notFound;
      const ref = query.get('ref') ?? repo.defaultBranch;
      const content = repo.files.get(`${ref}:${decodeURIComponent(filePath)}`);
      if (!content) return notFound;
      const sha = createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
      const etag = `"${sha}"`;
      if (req.headers['if-none-match'] === etag) return { status: 304, raw: '', headers: { etag } };
      if (/\.raw\b|vnd\.github\.raw/.test(String(req.headers.accept ?? ''))) {
        return { status: 200, raw: content, headers: { etag, 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
      }
      const name = decodeURIComponent(filePath).split('/').pop() ?? '';
      return { status: 200, headers: { etag }, body: { type: 'file', encoding: 'base64', size: content.length, name, path: decodeURIComponent(filePath), sha, content: content.toString('base64') } };
    });

    this.route('GET', /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/, ({ params }) => {
      const [fullName = '', n = ''] = params;
      const pull = this.repos.get(fullName)?.pulls.get(Number(n));
      if (!pull) return notFound;
      return {
        status: 200,
        body: { number: pull.number, state: pull.state, head: { sha: pull.headSha, repo: { full_name: pull.headRepo } }, base: { repo: { full_name: fullName } } },
      };
    });

    this.route('GET', /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, ({ params, query }) => {
      const [fullName = '', n = ''] = params;
      const list = this.repos.get(fullName)?.comments.get(Number(n));
      if (!list) return notFound;
      const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
      const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
      const last = Math.max(1, Math.ceil(list.length / perPage));
      const link = (p: number, rel: string): string => `<${this.url}/repos/${fullName}/issues/${n}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links: string[] = [];
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
      return {
        status: 200,
        body: list.slice((page - 1) * perPage, page * perPage).map((c) => this.commentJson(fullName, Number(n), c)),
        headers: links.length ? { link: links.join(', ') } : {},
      };
    });

    this.route('POST', /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, ({ params, body, user }) => {
      const [fullName = '', n = ''] = params;
      if (!this.repos.get(fullName)?.comments.has(Number(n))) return notFound;
      const invalid = tooLong(body);
      if (invalid) return invalid;
      const c = this.addComment(fullName, Number(n), user, (body as { body: string }).body);
      return { status: 201, body: this.commentJson(fullName, Number(n), c) };
    });

    this.route('PATCH', /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/, ({ params, body, user }) => {
      const [fullName = '', id = ''] = params;
      const repo = this.repos.get(fullName);
      if (!repo) return notFound;
      for (const [issue, list] of repo.comments) {
        const c = list.find((x) => x.id === Number(id));
        if (!c) continue;
        if (c.user.login !== user.login) return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } };
        const invalid = tooLong(body);
        if (invalid) return invalid;
        c.body = (body as { body: string }).body;
        c.updated_at = new Date(Date.parse(c.updated_at) + 60_000).toISOString();
        return { status: 200, body: this.commentJson(fullName, issue, c) };
      }
      return notFound;
    });
  }

  private tokenOf(req: IncomingMessage): string | undefined {
    const auth = req.headers.authorization ?? '';
    const m = /^(?:token|bearer) (.+)$/i.exec(auth);
    return m?.[1];
  }

  private rateHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.rateLimitRemaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(5000 - this.rateLimitRemaining),
      'x-ratelimit-resource': 'core',
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const send = (result: RouteResult): void => {
      const headers = { 'content-type': 'application/json; charset=utf-8', ...this.rateHeaders(), ...result.headers };
      res.writeHead(result.status, headers);
      if (result.raw !== undefined) res.end(result.raw);
      else res.end(result.body === undefined ? '' : JSON.stringify(result.body));
    };

    if (!url.pathname.startsWith(`${this.basePath}/`)) return send({ status: 404, body: { message: 'Not Found', documentation_url: DOCS } });
    const apiPath = url.pathname.slice(this.basePath.length);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: apiPath, query: url.searchParams, headers: req.headers, body });

    const faultIndex = this.faults.findIndex((f) => (!f.method || f.method === method) && (!f.path || f.path.test(apiPath)));
    if (faultIndex >= 0) {
      const fault = this.faults[faultIndex]!;
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.splice(faultIndex, 1);
      return send({ status: fault.status, body: fault.body ?? { message: `status ${fault.status}`, documentation_url: DOCS }, headers: fault.headers ?? {} });
    }

    const token = this.tokenOf(req);
    const owner = token ? this.tokens[token] : undefined;
    if (!owner) return send({ status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } });

    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(apiPath);
      if (!m) continue;
      return send(await route.handler({ req, params: m.slice(1), query: url.searchParams, body, user: owner.user, server: this }));
    }
    send({ status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });
  }
}

/** Starts a fake GitHub; stop it with `await server.stop()`. */
export function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(options).start();
}
