/**
 * A real HTTPS server on 127.0.0.1 for tests of the tools that reach out (sync, check-links), with
 * a self-signed certificate for 127.0.0.1 made by openssl, which the tools are given as an extra CA.
 * Routes answer by path; every request is recorded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';

let cached: { key: string; cert: string } | undefined;

/** A key and a self-signed certificate for 127.0.0.1, made once per test process. */
export function loopbackCertificate(): { key: string; cert: string } {
  if (cached) return cached;
  const dir = mkdtempSync(path.join(tmpdir(), 'cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    cached = { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export class LoopbackHttps {
  readonly requests: { method: string; path: string; headers: IncomingMessage['headers'] }[] = [];
  private readonly routes = new Map<string, Handler>();
  private server?: Server;
  private port = 0;

  get origin(): string {
    return `https://127.0.0.1:${this.port}`;
  }

  get ca(): string {
    return loopbackCertificate().cert;
  }

  /** Answers requests for `path` (without the query). */
  on(path: string, handler: Handler): this {
    this.routes.set(path, handler);
    return this;
  }

  async start(): Promise<this> {
    const { key, cert } = loopbackCertificate();
    this.server = createServer({ key, cert }, (req, res) => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      this.requests.push({ method: req.method ?? 'GET', path: url.pathname, headers: req.headers });
      const handler = this.routes.get(url.pathname);
      if (handler) handler(req, res);
      else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    });
    this.port = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }
}
