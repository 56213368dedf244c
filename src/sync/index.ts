/**
 * `runSync`: fetches every upstream OpenAPI document the catalogue names (`specs[].upstream`: a
 * GitHub repository through octokit's contents API, or an https URL) and every organisation's
 * federated metadata (`metadataUrl`), and writes what changed into the entries' folders. The build
 * never calls it: it uses what is committed. Each source is untrusted input: size-limited, strict
 * UTF-8, and a document must be OpenAPI; a file that is a symbolic link is never written through.
 * Any failure is reported with its reason, and the entry keeps its last good copy.
 *
 * A document is asked for conditionally (If-None-Match) only when its committed copy is the very
 * copy the kept ETag was fetched for (same SHA-256): a copy that an earlier run wrote but that was
 * never merged is back at its old bytes in a fresh checkout, and is fetched in full again. Feeds
 * have no copy of their own to compare (they edit entry files), so they are always read in full.
 */
import { writeFileSync } from 'node:fs';
import { readGuarded } from '../files/guarded.ts';
import { sha256 } from '../files/hash.ts';
import path from 'node:path';
import { loadCatalogue } from '../catalogue/load.ts';
import type { GitHubClient } from '../github/client.ts';
import { displayPath, type Problem } from '../problems/problem.ts';
import { checkOpenApiBytes, MAX_DOCUMENT_BYTES } from './document.ts';
import { applyFeed, parseFeed } from './federated.ts';
import type { Fetched, RateLimit } from './fetched.ts';
import { describeGitHubFile, fetchFromGitHub } from './github-source.ts';
import { readEtags, writeEtags } from './state.ts';
import { fetchFromUrl } from './url-source.ts';

export interface SyncOptions {
  catalogueDir: string;
  /** An octokit client (createGitHubClient) and the API URL it talks to; without it, GitHub upstreams are reported as not fetched. */
  github?: { client: GitHubClient; apiUrl: string };
  /** Where the documents' ETags are kept (with the SHA-256 of the bytes each was fetched for); `.cache/sync/etags.json` by default. */
  etagsFile?: string;
  maxBytes?: number;
  timeoutMs?: number;
  /** Extra certificate authorities for https sources (a department's own CA; tests). */
  ca?: string | string[];
  dryRun?: boolean;
}

export type DocumentOutcome = { status: 'changed'; before: number; after: number } | { status: 'unchanged'; why: 'not modified' | 'same content' } | { status: 'failed'; reason: string };

export type DocumentResult = { entry: string; file: string; source: string } & DocumentOutcome;

export type FeedResult = { organisation: string; url: string } & (
  | { status: 'read'; apis: number; updated: { id: string; fields: string[] }[]; unchanged: string[]; unmatched: string[]; ambiguous: { name: string; ids: string[] }[]; invalid: string[] }
  | { status: 'failed'; reason: string }
);

export interface SyncReport {
  /** Problems that stopped the sync before it fetched anything (the catalogue does not load). */
  problems: Problem[];
  documents: DocumentResult[];
  feeds: FeedResult[];
  rate?: RateLimit;
  written: string[];
}

export async function runSync(options: SyncOptions): Promise<SyncReport> {
  const report: SyncReport = { problems: [], documents: [], feeds: [], written: [] };
  const { catalogue, problems } = loadCatalogue(options.catalogueDir);
  const blocking = problems.filter((p) => p.severity === 'error' && (p.rule === 'entry/yaml' || p.rule === 'entry/schema'));
  if (catalogue.entries.length === 0 && blocking.length) {
    report.problems = blocking;
    return report;
  }
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const etagsFile = options.etagsFile ?? path.resolve('.cache', 'sync', 'etags.json');
  const etags = readEtags(etagsFile);
  let gitHubStopped: string | undefined;

  for (const loaded of catalogue.entries) {
    for (const spec of loaded.entry.specs) {
      const up = spec.upstream;
      if (!up) continue;
      const target = path.resolve(loaded.dir, spec.file);
      const file = displayPath(target);
      const source = 'repository' in up ? `github:${describeGitHubFile(up)}` : up.url;
      const result = (r: DocumentOutcome) => report.documents.push({ entry: loaded.entry.id, file, source, ...r });
      if (!target.startsWith(loaded.dir + path.sep)) {
        result({ status: 'failed', reason: `${spec.file} is outside the entry's folder` });
        continue;
      }
      // The committed copy, through the guarded reader (no links, a regular file, UTF-8, its limit).
      const committed = readGuarded(target, { root: loaded.dir, kind: 'openapi' });
      const current: Buffer | undefined = committed.ok ? committed.bytes : undefined;
      if (!committed.ok && committed.reason !== 'missing') {
        result({ status: 'failed', reason: `${committed.problem.message}: the sync does not replace it (${committed.problem.hint ?? 'fix it first'})` });
        continue;
      }
      // The kept ETag only if the committed copy is the one it was fetched for: otherwise a 304 would
      // keep a copy that is not the upstream version (an unmerged sync, a hand edit).
      const kept = etags[source];
      const etag = current && kept && kept.sha256 === sha256(current) ? kept.etag : undefined;
      let fetched: Fetched;
      if ('repository' in up) {
        if (!options.github) fetched = { kind: 'failed', reason: 'not fetched: no GitHub client (set GITHUB_API_URL and GITHUB_TOKEN as in Actions)' };
        else if (gitHubStopped) fetched = { kind: 'failed', reason: `not fetched: ${gitHubStopped}` };
        else fetched = await fetchFromGitHub(options.github.client, up, etag, options.github.apiUrl, (r) => (report.rate = r));
      } else {
        fetched = await fetchFromUrl(up.url, etag, { maxBytes, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(options.ca ? { ca: options.ca } : {}) });
      }
      if (fetched.kind === 'failed') {
        if (fetched.stop && 'repository' in up) gitHubStopped = "GitHub's rate limit is used up (see above)";
        result({ status: 'failed', reason: `${fetched.reason}; the committed copy is kept` });
        continue;
      }
      if (fetched.kind === 'not-modified') {
        result({ status: 'unchanged', why: 'not modified' });
        continue;
      }
      const check = checkOpenApiBytes(fetched.bytes, maxBytes);
      if (!check.ok) {
        result({ status: 'failed', reason: `${check.reason}; the committed copy is kept` });
        continue;
      }
      if (fetched.etag) etags[source] = { etag: fetched.etag, sha256: sha256(fetched.bytes) };
      else delete etags[source];
      if (current && current.equals(fetched.bytes)) {
        result({ status: 'unchanged', why: 'same content' });
        continue;
      }
      if (!options.dryRun) writeFileSync(target, fetched.bytes);
      report.written.push(file);
      result({ status: 'changed', before: current?.length ?? 0, after: fetched.bytes.length });
    }
  }

  for (const o of catalogue.organisations) {
    const url = o.organisation.metadataUrl;
    if (!url) continue;
    const base = { organisation: o.organisation.slug, url };
    // Never conditional: what a feed produced lives in entry files that a fresh checkout may have at
    // older values, so a 304 could not tell that its changes are already there.
    const fetched = await fetchFromUrl(url, undefined, { maxBytes, accept: 'application/vnd.uk.gov.api.v1alpha+json, application/json', ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(options.ca ? { ca: options.ca } : {}) });
    if (fetched.kind === 'failed') {
      report.feeds.push({ ...base, status: 'failed', reason: fetched.reason });
      continue;
    }
    if (fetched.kind === 'not-modified') {
      report.feeds.push({ ...base, status: 'failed', reason: `${url} answered 304 Not Modified to a request that was not conditional` });
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(fetched.bytes);
    } catch {
      report.feeds.push({ ...base, status: 'failed', reason: 'not UTF-8 text' });
      continue;
    }
    const parsed = parseFeed(text);
    if (!parsed.ok) {
      report.feeds.push({ ...base, status: 'failed', reason: parsed.reason });
      continue;
    }
    const outcome = applyFeed(parsed.apis, catalogue.entries, o.organisation, options.dryRun ?? false);
    report.written.push(...outcome.written.map((f) => displayPath(f)));
    report.feeds.push({ ...base, status: 'read', apis: parsed.apis.length, updated: outcome.updated, unchanged: outcome.unchanged, unmatched: outcome.unmatched, ambiguous: outcome.ambiguous, invalid: parsed.invalid });
  }
  if (!options.dryRun) writeEtags(etagsFile, etags);
  return report;
}
