import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { REALISTIC_QUERIES } from './search-queries.ts';
import { openSite, type Site } from './site.ts';

let site: Site;
let desktop: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  desktop = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await desktop.newPage();
});
afterAll(async () => {
  await desktop.close();
  await site.close();
});

async function waitForStatus(p: Page): Promise<string> {
  await p.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').trim().length > 0);
  return ((await p.locator('#search-status').textContent()) ?? '').trim();
}

/** Paths of the entries in the results, in order. */
async function resultPaths(p: Page): Promise<string[]> {
  await waitForStatus(p);
  return p.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search in Chromium', () => {
  it('shows a result within the first screen of a phone, searching from the home page', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await p.goto(`${site.server.url}/`);
    await p.getByLabel('Search the catalogue').fill('notify');
    await p.getByRole('button', { name: 'Search', exact: true }).click();
    await p.waitForURL('**/search/?q=notify');
    await waitForStatus(p);
    const first = p.locator('#search-results > li').first();
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + 40).toBeLessThan(667);
    expect(await first.locator('h2 a').textContent()).toContain('Notify');
    // The filters are folded away above the results, and open on request.
    const filters = p.getByText('Filters', { exact: true });
    expect(await p.getByRole('group', { name: 'Organisation' }).isVisible()).toBe(false);
    await filters.click();
    // Each facet folds too, and counts its values for the query when opened.
    await p.locator('[data-filter-group="organisation"] > summary').click();
    expect(await p.getByRole('group', { name: 'Organisation' }).isVisible()).toBe(true);
    // Wait until the counts shown are this query's, not the catalogue's own.
    await p.waitForFunction(() => (document.querySelector('[data-filter="organisation"]') as HTMLElement | null)?.dataset['countedFor'] === 'notify');
    const shown = await p.getByRole('group', { name: 'Organisation' }).locator('label:visible').allTextContents();
    // Only the organisations of the results are offered, with their counts for this query.
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(5);
    for (const label of shown) expect(label).toMatch(/ \([1-9]\d*\)$/);
    await phone.close();
  });

  for (const { query, want, kind } of REALISTIC_QUERIES) {
    it(`finds ${want.join(' or ')} in the top three for "${query}" (${kind})`, async () => {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      const paths = await resultPaths(page);
      const rank = paths.findIndex((path) => want.some((id) => path === `/entries/${id}/`));
      expect(rank, `${query}: ${paths.slice(0, 5).join(', ')}`).toBeGreaterThanOrEqual(0);
      expect(rank).toBeLessThan(3);
    });
  }

  it('corrects a misspelt query from the catalogue\'s own words and says so', async () => {
    await page.goto(`${site.server.url}/search/?q=Notfy`);
    await waitForStatus(page);
    expect(await page.locator('#search-suggestion').textContent()).toBe('Showing results for notify instead of “Notfy”.');
    expect(await page.locator('#search-suggestion a').getAttribute('href')).toBe('?q=notify');
  });

  it('links a result to the operations that matched, under their entry', async () => {
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('nhs number')}`);
    await waitForStatus(page);
    const pds = page.locator('#search-results > li', { has: page.getByRole('link', { name: 'Personal Demographics Service (FHIR) API', exact: true }) });
    const operations = await pds.locator('.app-search-results__operations a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(operations.length).toBeGreaterThan(0);
    for (const href of operations) expect(href).toMatch(/^\/entries\/nhs-pds-fhir-api\/reference\/[^#]*#[a-z0-9-]+$/);
  });

  it('lists only operations and schemas with the result type filter, each linking to its place', async () => {
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('nhs number')}&type=${encodeURIComponent('Operation or schema')}`);
    await waitForStatus(page);
    expect(await page.locator('#search-results > li').count()).toBe(0);
    const links = await page.locator('#search-operation-results .app-search-results__operations a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/\/reference\/[^#]*#[a-z0-9-]+$/);
  });

  it('narrows results with an organisation filter, with counts that follow the query', async () => {
    await page.goto(`${site.server.url}/search/?q=api`);
    const before = await resultPaths(page);
    const beforeTotal = Number(/^(\d+)/.exec(((await page.locator('#search-status').textContent()) ?? '').trim())?.[1]);
    const hmrc = page.getByRole('group', { name: 'Organisation' }).getByLabel(/HM Revenue and Customs/);
    const countFor = async (q: string) => {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(q)}`);
      await waitForStatus(page);
      await page.locator('[data-filter-group="organisation"] > summary').click();
      await page.waitForFunction((query) => document.querySelector<HTMLElement>('[data-filter="organisation"]')?.dataset['countedFor'] === query, q);
      return (await page.getByRole('group', { name: 'Organisation' }).locator('label', { hasText: 'HM Revenue and Customs' }).textContent()) ?? '';
    };
    expect(await countFor('vat')).toMatch(/\(\d+\)/);
    expect(await countFor('vat')).not.toEqual(await countFor('api'));
    const status = await waitForStatus(page);
    await hmrc.check();
    await page.waitForFunction(() => location.search.includes('organisation='));
    await page.waitForFunction((s) => document.querySelector('#search-status')?.textContent?.trim() !== s, status);
    const items = await page.locator('#search-results > li').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toContain('HM Revenue and Customs');
    // Fewer results in all (the first page of each may be full).
    const total = async () => Number(/^(\d+)/.exec(((await page.locator('#search-status').textContent()) ?? '').trim())?.[1]);
    expect(await total()).toBeLessThan(beforeTotal);
    expect(before.length).toBeGreaterThan(0);
  });

  it('offers the catalogue to browse when there is no query', async () => {
    await page.goto(`${site.server.url}/search/`);
    await page.waitForFunction(() => !document.querySelector('[data-filter-panel]')?.hasAttribute('hidden'));
    expect(await page.locator('#search-browse').isVisible()).toBe(true);
    expect(await page.locator('#search-results > li').count()).toBe(0);
  });

  it('without JavaScript, says that search needs it and links to the browse pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site.server.url}/search/?q=notify`);
    expect(await p.locator('main').textContent()).toContain('Searching the full text of the catalogue needs JavaScript');
    for (const name of ['organisation', 'kind', 'status', 'who can use it', 'topic', 'data item', 'A to Z of entries']) {
      expect(await p.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    // The filters, which need JavaScript, are not offered.
    expect(await p.getByRole('group', { name: 'Organisation' }).count()).toBe(0);
    await p.getByRole('link', { name: 'kind', exact: true }).click();
    await p.getByRole('link', { name: 'Components', exact: true }).first().click();
    await p.waitForURL('**/kinds/component/');
    expect(await p.getByRole('link', { name: 'GOV.UK Notify', exact: true }).count()).toBe(1);
    await context.close();
  });
});
