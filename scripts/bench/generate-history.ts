/**
 * A long, seeded catalogue history for the changelog benchmark, written with one `git fast-import`:
 * `entries` API entries are added in the first commit, then each of `commits` commits changes one
 * entry, in turn: an operation added to or removed from its OpenAPI document (with a new version),
 * an optional parameter added, a description edited, or a lifecycle step (deprecated with a date).
 * Every fifth commit is a merge of a one-commit branch, as merged pull requests are.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

export interface HistoryOptions {
  dir: string;
  entries: number;
  commits: number;
  seed?: number;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const RESOURCES = ['permits', 'vehicles', 'licences', 'payments', 'claims', 'schools', 'addresses', 'notices', 'records', 'reports', 'appeals', 'cases'];

interface EntryState {
  id: string;
  version: number;
  /** Resources its document has, each with a list and a get operation. */
  resources: string[];
  /** Resources with an optional `sort` parameter. */
  sorted: Set<string>;
  description: number;
  status: 'beta' | 'live' | 'deprecated';
}

function openapi(e: EntryState): string {
  const paths = e.resources
    .map(
      (r) => `  /${r}:
    get:
      operationId: list-${r}
      summary: List ${r}
      parameters:
        - name: page
          in: query
          required: false
          schema: { type: integer, minimum: 1 }${e.sorted.has(r) ? `\n        - name: sort\n          in: query\n          required: false\n          schema: { type: string, enum: [asc, desc] }` : ''}
      responses:
        '200':
          description: The ${r}.
          content:
            application/json:
              schema:
                type: array
                items: { $ref: '#/components/schemas/Item' }
  /${r}/{id}:
    get:
      operationId: get-${r.replace(/s$/, '')}
      summary: Get one
      parameters:
        - name: id
          in: path
          required: true
          schema: { type: string }
      responses:
        '200':
          description: One of the ${r}.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Item' }
        '404':
          description: Not found.`,
    )
    .join('\n');
  return `openapi: 3.1.0
info:
  title: ${e.id}
  version: ${e.version}.0.0
  description: Generated for the changelog benchmark (${e.description}).
servers:
  - url: https://${e.id}.example.gov.uk/v${e.version}
paths:
${paths}
components:
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: { type: string }
        name: { type: string }
`;
}

function entryYaml(e: EntryState): string {
  return `id: ${e.id}
name: Generated API ${e.id}
summary: A generated API for the changelog benchmark, changed many times.
description: Version ${e.version}, description ${e.description}.
kind: api
organisation: hm-revenue-customs
status: ${e.status}
dates:
  added: 2026-01-01
  lastReviewed: 2026-11-23
${e.status === 'deprecated' ? '  deprecated: 2026-11-01\n  retired: 2027-12-31\n' : ''}documentationUrl: https://www.gov.uk/guidance/${e.id}
access:
  level: open
  howToGetAccess: No sign-up.
contact:
  name: Benchmark team
  email: bench@example.gov.uk
specs:
  - file: openapi.yaml
`;
}

/** Writes the history into a new repository at `dir` and checks it out; returns the number of commits. */
export function generateHistory(options: HistoryOptions): number {
  const rnd = random(options.seed ?? 12);
  const entries: EntryState[] = Array.from({ length: options.entries }, (_, i) => ({
    id: `generated-api-${String(i + 1).padStart(4, '0')}`,
    version: 1,
    resources: RESOURCES.slice(0, 3 + (i % 4)),
    sorted: new Set(),
    description: 0,
    status: 'live',
  }));
  const chunks: string[] = [];
  const enc = (s: string) => Buffer.byteLength(s);
  let mark = 0;
  let time = Date.UTC(2026, 0, 1) / 1000;
  const files = (e: EntryState) => [`catalogue/entries/${e.id}/entry.yaml`, entryYaml(e), `catalogue/entries/${e.id}/openapi.yaml`, openapi(e)] as const;
  const modify = (path: string, content: string) => `M 100644 inline ${path}\ndata ${enc(content)}\n${content}\n`;
  const commit = (ref: string, message: string, body: string, from?: number, merge?: number): number => {
    mark += 1;
    time += 3600;
    chunks.push(`commit ${ref}\nmark :${mark}\ncommitter Bench <bench@example.gov.uk> ${time} +0000\ndata ${enc(message)}\n${message}\n${from ? `from :${from}\n` : ''}${merge ? `merge :${merge}\n` : ''}${body}\n`);
    return mark;
  };

  let main = commit('refs/heads/main', 'Add the generated entries', entries.map((e) => { const [a, b, c, d] = files(e); return modify(a, b) + modify(c, d); }).join(''));
  for (let n = 0; n < options.commits; n++) {
    const e = entries[Math.floor(rnd() * entries.length)]!;
    const step = n % 5;
    if (step === 0 && e.resources.length > 2) {
      e.resources = e.resources.slice(0, -1);
      e.version += 1;
    } else if (step === 1 && e.resources.length < RESOURCES.length) e.resources = [...e.resources, RESOURCES[e.resources.length]!];
    else if (step === 2) e.sorted.add(e.resources[0]!);
    else if (step === 3) e.description += 1;
    else e.status = e.status === 'deprecated' ? 'live' : 'deprecated';
    const [a, b, c, d] = files(e);
    const body = modify(a, b) + modify(c, d);
    if (n % 5 === 4) {
      const branch = commit(`refs/heads/pr-${n}`, `Change ${e.id}`, body, main);
      main = commit('refs/heads/main', `Merge pull request ${n}`, body, main, branch);
    } else {
      main = commit('refs/heads/main', `Change ${e.id}`, body, main);
    }
  }
  mkdirSync(options.dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: options.dir });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: options.dir, input: chunks.join(''), maxBuffer: 1024 * 1024 * 1024 });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: options.dir });
  return mark;
}
