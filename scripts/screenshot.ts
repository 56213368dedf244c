/**
 * Screenshots pages of a built site in Chromium, at a desktop width (1280 px) and a phone width
 * (375 px), for looking at what we build.
 *   npm run screenshot -- <dist dir> <out dir> /path/ [/other/ …] [--width 320] [--top]
 *     --width: only this width; --top: only the first screen, not the whole page
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/static-server.ts';

const args = process.argv.slice(2);
const widthAt = args.indexOf('--width');
const widths = widthAt >= 0 ? [Number(args[widthAt + 1])] : [1280, 375];
const top = args.includes('--top');
const [dist, out, ...pages] = args.filter((a, i) => !a.startsWith('--') && !(widthAt >= 0 && i === widthAt + 1));
if (!dist || !out || pages.length === 0 || widths.some((w) => !Number.isFinite(w))) {
  console.error('usage: npm run screenshot -- <dist dir> <out dir> /path/ [/other/ …] [--width <px>] [--top]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const server = await serveStatic(path.resolve(dist));
const browser = await launchChromium();
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 } });
    for (const p of pages) {
      await page.goto(server.url + p, { waitUntil: 'networkidle' });
      const file = path.join(out, `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`);
      await page.screenshot({ path: file, fullPage: !top });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
