/**
 * Screenshots pages of a built site in Chromium, for looking at what we build.
 *   npm run screenshot -- <dist dir> <out dir> /path/ [/other/ …]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/static-server.ts';

const [dist, out, ...pages] = process.argv.slice(2);
if (!dist || !out || pages.length === 0) {
  console.error('usage: npm run screenshot -- <dist dir> <out dir> /path/ [/other/ …]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const server = await serveStatic(path.resolve(dist));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  for (const p of pages) {
    await page.goto(server.url + p, { waitUntil: 'networkidle' });
    const file = path.join(out, (p.replace(/[^a-z0-9]+/gi, '_') || 'home') + '.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
