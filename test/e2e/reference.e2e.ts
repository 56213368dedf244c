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

describe('API reference in Chromium', () => {
  it('goes from an entry to an operation anchor and back', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/entries/govuk-pay-api/`);
    await page.getByRole('link', { name: 'Read the API reference' }).click();
    await page.waitForURL('**/entries/govuk-pay-api/reference/');
    await page.getByRole('link', { name: 'Card payments' }).first().click();
    await page.waitForURL('**/reference/card-payments/');
    await page.goto(`${site.server.url}/entries/govuk-pay-api/reference/card-payments/#create-payment`);
    const target = page.locator('#create-payment');
    await expect.poll(() => target.count()).toBe(1);
    expect(await target.isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).toContain('/v1/payments');
    await page.goBack();
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/entries/govuk-pay-api/reference/');
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/entries/govuk-pay-api/');
    await page.close();
  });

  it('shows Notify\'s real operations', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/entries/govuk-notify-api/reference/`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('/v2/notifications/sms');
    await page.close();
  });

  it('has no WCAG 2.2 A/AA violations on a reference page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/entries/govuk-pay-api/reference/card-payments/`, { waitUntil: 'networkidle' });
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds operations that carry an NHS number, with the operation filter', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/?q=NHS+number&type=Operation`);
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('result'));
    const links = await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((h) => h.includes('/reference/'))).toBe(true);
    await page.close();
  });
});
