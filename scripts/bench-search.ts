/**
 * Measures what a first search costs a user: loads /search/ in Chromium from a built site, searches,
 * and prints the bytes and requests that the search itself downloaded (Pagefind's script, WebAssembly,
 * index chunks and result fragments), apart from the page.
 *
 *   npm run bench:search -- [dist dir] [query …]      (defaults: dist, "notify" and "send text messages")
 */
import path from 'node:path';
import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/static-server.ts';

const [distArg, ...queries] = process.argv.slice(2);
const dist = path.resolve(distArg ?? 'dist');
const terms = queries.length ? queries : ['notify', 'send text messages'];

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const q of terms) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes = new Map<string, number>();
    page.on('response', async (res) => {
      const url = new URL(res.url());
      if (!url.pathname.startsWith('/pagefind/')) return;
      try {
        sizes.set(url.pathname, (await res.body()).length);
      } catch {
        // redirects and aborted requests have no body
      }
    });
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    const pageBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
    sizes.clear();
    const started = performance.now();
    await page.fill('#search-input', q);
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').length > 0);
    await page.waitForLoadState('networkidle');
    const ms = performance.now() - started;
    const searchBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
    const status = await page.locator('#search-status').textContent();
    console.log(
      `"${q}": ${status?.trim()} in ${ms.toFixed(0)} ms; first search downloaded ${(searchBytes / 1024).toFixed(1)} KB in ${sizes.size} requests ` +
        `(plus ${(pageBytes / 1024).toFixed(1)} KB of Pagefind loaded with the page)`,
    );
    for (const [file, bytes] of [...sizes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
