import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagViolations } from './axe.ts';
import { PAGE_TYPES } from './pages.ts';
import { openSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

describe('WCAG 2.2 A and AA (axe-core in Chromium), on a desktop and a phone', () => {
  for (const [width, height] of [[1280, 900], [375, 667]] as const) {
    it(`has no violations on any page type at ${width} px`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height } });
      const failures: Record<string, string[]> = {};
      for (const [name, url] of PAGE_TYPES) {
        const page = await context.newPage();
        await page.goto(site.server.url + url, { waitUntil: 'networkidle' });
        const violations = await wcagViolations(page);
        if (violations.length) failures[`${name} (${url})`] = violations;
        await page.close();
      }
      await context.close();
      expect(failures).toEqual({});
    });
  }
});

describe('layout on a narrow phone (320 px)', () => {
  it('scrolls no page sideways', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const wide: Record<string, string> = {};
    for (const [name, url] of PAGE_TYPES) {
      const page = await context.newPage();
      await page.goto(site.server.url + url, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return undefined;
        // Name the widest element that sticks out, to say what to fix.
        const culprit = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 1).pop();
        return `${document.documentElement.scrollWidth} px wide; ${culprit ? `${culprit.tagName.toLowerCase()}.${[...culprit.classList].join('.')}` : ''}`;
      });
      if (overflow) wide[`${name} (${url})`] = overflow;
      await page.close();
    }
    await context.close();
    expect(wide).toEqual({});
  });

  it('sets prose pages in GOV.UK\'s typeface', async () => {
    const page = await site.browser.newPage();
    for (const url of ['/about/', '/guides/list-your-api/', '/accessibility/']) {
      await page.goto(site.server.url + url);
      const fonts = await page.locator('main p, main li, main h2').evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).fontFamily))]);
      expect(fonts, url).toEqual(['"GDS Transport", arial, sans-serif']);
    }
    await page.close();
  });
});
