import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheckLinksCommand } from '../../src/links/cli.ts';
import { runLinkCheck } from '../../src/links/index.ts';
import { readLinkReport } from '../../src/links/report-file.ts';
import { linkSummaryLines } from '../../src/links/summary.ts';
import { catalogueWith, replace } from '../checks/fixture.ts';
import { LoopbackHttps } from '../support/https-server.ts';

let server: LoopbackHttps;
const held: import('node:http').ServerResponse[] = [];

beforeAll(async () => {
  const send = (status: number, headers: Record<string, string> = {}) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(status, { 'content-type': 'text/html', ...headers });
    res.end('<p>page</p>');
  };
  server = await new LoopbackHttps()
    .on('/docs', send(200))
    .on('/old-docs', (_req, res) => send(301, { location: `${server.origin}/moved-docs` })(_req, res))
    .on('/moved-docs', (_req, res) => send(301, { location: '/docs' })(_req, res))
    .on('/gone', send(404))
    .on('/slow', (_req, res) => {
      held.push(res);
    })
    .on('/head-refused', (req, res) => send(req.method === 'HEAD' ? 405 : 200)(req, res))
    .on('/sign-in', send(403))
    .on('/api', send(404))
    .on('/broken-api', send(503))
    .start();
});

afterAll(async () => {
  for (const res of held) res.destroy();
  await server.stop();
});

function linkCatalogue(): string {
  const o = server.origin;
  return catalogueWith({
    'entries/vat-api/entry.yaml': (t) =>
      (replace('documentationUrl: https://developer.service.hmrc.gov.uk/api-documentation', `documentationUrl: ${o}/old-docs`)(t) as string)
        .replace('    url: https://api.service.hmrc.gov.uk', `    url: ${o}/api`)
        .replace('  url: https://developer.service.hmrc.gov.uk/developer/support', `  url: ${o}/gone`),
    'entries/vat-component/entry.yaml': (t) => (replace('documentationUrl: https://developer.service.hmrc.gov.uk/api-documentation', `documentationUrl: ${o}/slow`)(t) as string).replace('  howToGetAccess: Ask the team.', `  howToGetAccess: Ask the team.\n  url: ${o}/head-refused`).replace('  email: vat-platform@hmrc.gov.uk', `  email: vat-platform@hmrc.gov.uk\n  url: ${o}/sign-in`),
    // Retired: its links are not checked.
    'entries/old-vat-api/entry.yaml': (t) => replace('documentationUrl: https://developer.service.hmrc.gov.uk/api-documentation', `documentationUrl: ${o}/retired-docs`)(t),
  });
}

describe('npm run check-links against a server on 127.0.0.1', () => {
  it('checks each URL once: HEAD then GET, redirects followed and recorded, timeouts and 404s broken', async () => {
    const dir = linkCatalogue();
    const report = await runLinkCheck({ catalogueDir: dir, today: '2026-11-30', concurrency: 3, timeoutMs: 400, ca: server.ca });
    const o = server.origin;
    const byUrl = new Map(report.links.map((l) => [l.url.replace(o, ''), l]));
    expect([...byUrl.keys()].sort()).toEqual(['/api', '/gone', '/head-refused', '/old-docs', '/sign-in', '/slow']);
    expect(byUrl.get('/old-docs')).toEqual({ url: `${o}/old-docs`, state: 'redirected', status: 200, method: 'HEAD', redirects: [{ url: `${o}/old-docs`, status: 301 }, { url: `${o}/moved-docs`, status: 301 }], finalUrl: `${o}/docs`, usedBy: [{ entry: 'vat-api', field: 'documentationUrl' }] });
    expect(byUrl.get('/gone')).toMatchObject({ state: 'broken', status: 404, method: 'GET', reason: 'answered 404 Not Found' });
    expect(byUrl.get('/slow')).toMatchObject({ state: 'broken', method: 'HEAD', reason: 'no answer: it gave no complete answer within 0.4 s' });
    expect(byUrl.get('/head-refused')).toMatchObject({ state: 'ok', status: 200, method: 'GET' });
    expect(byUrl.get('/sign-in')).toMatchObject({ state: 'unverified', status: 403, reason: 'answered 403 Forbidden: the site refused an automated check' });
    expect(byUrl.get('/api')).toMatchObject({ state: 'ok', status: 404, usedBy: [{ entry: 'vat-api', field: 'endpoint' }] });
    // Each URL once: HEAD for all, GET only where HEAD failed (and never after a timeout).
    const hits = (p: string) => server.requests.filter((r) => r.path === p).map((r) => r.method);
    expect(hits('/gone')).toEqual(['HEAD', 'GET']);
    expect(hits('/slow')).toEqual(['HEAD']);
    expect(hits('/docs')).toEqual(['HEAD']);
    expect(hits('/retired-docs')).toEqual([]);
  });

  it('prints what is not fine and the counts, and writes the report the build reads', async () => {
    const dir = linkCatalogue();
    const out: string[] = [];
    const code = await runCheckLinksCommand(['--catalogue', dir, '--timeout', '0.4', '--ca', await caFile(dir)], { stdout: (s) => out.push(s), stderr: () => {} }, '2026-11-30');
    expect(code).toBe(0);
    const o = server.origin;
    const text = out.join('').split(o).join('https://host');
    expect(text).toBe(
      [
        'broken     https://host/gone: answered 404 Not Found [vat-api (contact page)]',
        'redirected https://host/old-docs: moved: now https://host/docs; 301 from https://host/old-docs → 301 from https://host/moved-docs [vat-api (documentation)]',
        'unverified https://host/sign-in: answered 403 Forbidden: the site refused an automated check [vat-component (contact page)]',
        'broken     https://host/slow: no answer: it gave no complete answer within 0.4 s [vat-component (documentation)]',
                'Links checked on 2026-11-30: 6: 2 ok, 1 redirected, 1 unverified, 2 broken.',
        `Wrote ${path.join(dir, 'link-report.json')}.`,
        '',
      ].join('\n'),
    );
    const { report, problems } = readLinkReport(dir);
    expect(problems).toEqual([]);
    expect(linkSummaryLines(report!).at(-1)).toBe('Links checked on 2026-11-30: 6: 2 ok, 1 redirected, 1 unverified, 2 broken.');
  });

  it('refuses a report file that is not one, naming the file and the field', () => {
    const dir = catalogueWith({ 'link-report.json': JSON.stringify({ checked: '2026-11-30', links: [{ url: 'https://a', state: 'fine', usedBy: [] }] }) });
    const { problems } = readLinkReport(dir);
    expect(problems.map((p) => `${path.basename(p.file)}: ${p.message} (${p.hint})`)).toEqual([
      'link-report.json: is not a link report: /links/0/state Invalid option: expected one of "ok"|"redirected"|"unverified"|"broken" (run `npm run check-links` to write it again, or delete the file)',
    ]);
  });
});

async function caFile(dir: string): Promise<string> {
  const { writeFileSync } = await import('node:fs');
  const file = path.join(dir, '..', 'ca.pem');
  writeFileSync(file, server.ca);
  return file;
}
