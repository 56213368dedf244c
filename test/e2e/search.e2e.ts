import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type Site } from './site.ts';

let site: Site;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = await site.browser.newPage();
});
afterAll(async () => {
  await site.close();
});

async function resultTitles(): Promise<string[]> {
  await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').trim().length > 0);
  return page.locator('#search-results h2').allTextContents();
}

describe('search in Chromium', () => {
  it('finds GOV.UK Notify from the header search link', async () => {
    await page.goto(`${site.server.url}/`);
    await page.getByRole('link', { name: 'Search', exact: true }).first().click();
    await page.waitForURL('**/search/');
    await page.getByLabel('Search for APIs, components, registers and operations').fill('notify');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const titles = await resultTitles();
    expect(titles.slice(0, 3).some((t) => t.includes('Notify'))).toBe(true);
    expect(await page.locator('#search-results li').first().textContent()).toMatch(/Government Digital Service/);
    expect(page.url()).toContain('q=notify');
  });

  it('finds Notify for "send text messages", starting from a shared URL', async () => {
    await page.goto(`${site.server.url}/search/?q=send+text+messages`);
    const titles = await resultTitles();
    expect(titles.slice(0, 5).some((t) => t.includes('Notify'))).toBe(true);
  });

  it('narrows results with an organisation filter', async () => {
    await page.goto(`${site.server.url}/search/?q=api&type=Entry`);
    const before = await resultTitles();
    const statusBefore = await page.locator('#search-status').textContent();
    await page.getByRole('group', { name: 'Organisation' }).getByLabel(/HM Revenue and Customs/).check();
    await page.waitForFunction(() => location.search.includes('organisation='));
    await page.waitForFunction((s) => document.querySelector('#search-status')?.textContent !== s, statusBefore);
    const items = await page.locator('#search-results > li').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toContain('HM Revenue and Customs');
    expect(items.length).toBeLessThan(before.length);
  });

  it('still offers a way in without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site.server.url}/search/?q=notify`);
    expect(await p.getByRole('link', { name: 'A to Z of entries' }).count()).toBe(1);
    await p.goto(`${site.server.url}/entries/`);
    expect(await p.getByRole('link', { name: 'GOV.UK Notify', exact: true }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
