import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagViolations } from './axe.ts';
import { openSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const PAGES = [
  ['home', '/'],
  ['A to Z', '/entries/'],
  ['an entry', '/entries/govuk-notify/'],
  ['a retired entry', '/entries/govuk-verify/'],
  ['an organisation', '/organisations/hm-revenue-customs/'],
  ['a topic', '/topics/payments/'],
  ['search with results', '/search/?q=notify'],
  ['not found', '/no-such-page/'],
] as const;

describe('WCAG 2.2 A and AA (axe-core in Chromium)', () => {
  for (const [name, url] of PAGES) {
    it(`has no violations on ${name} (${url})`, async () => {
      const page = await site.browser.newPage();
      await page.goto(site.server.url + url, { waitUntil: 'networkidle' });
      expect(await wcagViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
