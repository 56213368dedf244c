/**
 * Measures search as a user meets it, in Chromium, on a built site:
 *  - weight: what a first search downloads from /pagefind/ (Pagefind's script, WebAssembly, index
 *    chunks, filters and result fragments), counting what loads with the page and what the query adds;
 *  - answers: for realistic queries (test/e2e/search-queries.ts), the rank of the entry a user wants
 *    among the results the search page shows.
 *
 *   npm run bench:search -- [dist dir] [query …]
 *     (defaults: dist; weight of "notify" and "send text messages", ranks of the realistic queries)
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/e2e/browser.ts';
import { REALISTIC_QUERIES } from '../test/e2e/search-queries.ts';
import { serveStatic } from '../test/e2e/static-server.ts';

const [distArg, ...queries] = process.argv.slice(2);
const dist = path.resolve(distArg ?? 'dist');
const weightTerms = queries.length ? queries : ['notify', 'send text messages'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Waits until the search page has shown the results and the filter counts of its search. */
async function waitForResults(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').trim().length > 0, undefined, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-form')?.dataset['searchState'] !== 'busy', undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

async function measureWeight(browser: Browser, base: string, q: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** Bytes of each file as a browser uses them (decoded), and as they travel (compressed by the server). */
  const sizes = new Map<string, number>();
  const wire = new Map<string, number>();
  page.on('requestfinished', async (req) => {
    const url = new URL(req.url());
    if (!url.pathname.startsWith('/pagefind/')) return;
    try {
      const res = await req.response();
      if (!res) return;
      sizes.set(url.pathname, (await res.body()).length);
      wire.set(url.pathname, (await req.sizes()).responseBodySize);
    } catch {
      // redirects and aborted requests have no body
    }
  });
  await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  const withPage = [...sizes.values()].reduce((a, b) => a + b, 0);
  const pageFiles = sizes.size;
  const started = performance.now();
  await page.fill('#search-input', q);
  await page.press('#search-input', 'Enter');
  await waitForResults(page);
  const ms = performance.now() - started;
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const wireTotal = [...wire.values()].reduce((a, b) => a + b, 0);
  const status = (await page.locator('#search-status').textContent())?.trim();
  console.log(`"${q}": ${status} in ${ms.toFixed(0)} ms`);
  console.log(`  first query downloaded ${kb(total)} from /pagefind/ in ${sizes.size} requests (${kb(withPage)} in ${pageFiles} with the page, ${kb(total - withPage)} for the query); ${kb(wireTotal)} over the wire with gzip`);
  for (const [file, bytes] of [...sizes.entries()].sort((a, b) => b[1] - a[1]).slice(0, process.env["BENCH_ALL"] ? 100 : 8)) console.log(`  ${kb(bytes).padStart(9)}  ${file}`);
  await context.close();
}

/** 1-based position of the first result that is the wanted entry's page, and of any page of it. */
async function rankOf(browser: Browser, base: string, q: string, want: string[]): Promise<{ entry?: number; anyPage?: number; shown: number; status: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await waitForResults(page);
  // Up to 36 results: the first six and three more pages.
  for (let i = 0; i < 3 && (await page.locator('#search-more').isVisible()); i++) {
    const before = await page.locator('#search-results > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  const hrefs = await page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => new URL((li.querySelector('a[href]') as HTMLAnchorElement | null)?.href ?? location.href).pathname),
  );
  const status = ((await page.locator('#search-status').textContent()) ?? '').trim();
  await context.close();
  const entry = hrefs.findIndex((h) => want.some((id) => h === `/entries/${id}/`));
  const anyPage = hrefs.findIndex((h) => want.some((id) => h.startsWith(`/entries/${id}/`)));
  return { ...(entry >= 0 ? { entry: entry + 1 } : {}), ...(anyPage >= 0 ? { anyPage: anyPage + 1 } : {}), shown: hrefs.length, status };
}

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  console.log(`search on ${dist}\n`);
  for (const q of weightTerms) await measureWeight(browser, server.url, q);
  if (queries.length === 0) {
    console.log('\nrank of the wanted entry (entry page; first page of the entry when earlier)');
    for (const { query, want, kind } of REALISTIC_QUERIES) {
      const r = await rankOf(browser, server.url, query, want);
      const where = r.entry ? `${r.entry}` : `not in the ${r.shown} shown`;
      const also = r.anyPage && r.anyPage !== r.entry ? ` (another page of it at ${r.anyPage})` : '';
      console.log(`  ${`"${query}"`.padEnd(30)} ${kind.padEnd(10)} ${where}${also}  — ${r.status}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
