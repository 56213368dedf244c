import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Builds a site from an entry whose Markdown and OpenAPI text carry script, and checks nothing runs. */
let out: string;
let server: StaticServer;
let browser: Browser;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'hostile-site-'));
  execFileSync(process.execPath, ['scripts/build.ts', '--catalogue', 'test/fixtures/catalogue-hostile', '--out', out], { stdio: 'pipe' });
}, 300_000);

beforeAll(async () => {
  server = await serveStatic(out);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

function htmlPages(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro' && name !== 'assets') found.push(...htmlPages(p));
    } else if (name.endsWith('.html')) found.push(p);
  }
  return found;
}

describe('untrusted Markdown and OpenAPI text', () => {
  it('runs no script on any page of the entry, its reference or its conformance report', async () => {
    const pages = htmlPages(path.join(out, 'entries', 'hostile-api')).map((p) => '/' + path.relative(out, p).replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const url of pages) {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.goto(server.url + url, { waitUntil: 'networkidle' });
      // Hover and click everything that could carry a handler.
      for (const handle of await page.locator('main a, main b, main img, main svg').elementHandles()) {
        await handle.hover({ force: true, timeout: 500 }).catch(() => undefined);
      }
      const report = await page.evaluate(() => {
        const ours = (s: HTMLScriptElement) =>
          (s.src !== '' && new URL(s.src).origin === location.origin && new URL(s.src).pathname.startsWith('/_astro/')) ||
          (s.src === '' && s.textContent?.trim().startsWith("document.body.className += ' js-enabled'") === true && s.textContent.trim().split('\n').length === 1) ||
          // Structured data (schema.org JSON-LD) is a data block browsers never run; it must be whole, valid JSON in the head.
          (s.src === '' && s.type === 'application/ld+json' && s.parentElement === document.head && (() => {
            try {
              return typeof JSON.parse(s.textContent ?? '') === 'object';
            } catch {
              return false;
            }
          })());
        return {
          foreignScripts: [...document.querySelectorAll('script')].filter((s) => !ours(s)).map((s) => s.outerHTML.slice(0, 80)),
          handlers: [...document.querySelectorAll('main *')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
          badUrls: [...document.querySelectorAll('[href],[src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '').filter((u) => /^\s*(javascript|data|vbscript):/i.test(u)),
          frames: document.querySelectorAll('main iframe, main object, main embed').length,
          styles: document.querySelectorAll('main style, main [style]').length,
        };
      });
      expect({ url, dialogs, ...report }).toEqual({ url, dialogs: [], foreignScripts: [], handlers: [], badUrls: [], frames: 0, styles: 0 });
      await page.close();
    }
  });
});
