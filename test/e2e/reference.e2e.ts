import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

describe('API reference in Chromium', () => {
  it('goes from the top of an entry to an operation anchor and back', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/entries/govuk-pay-api/`);
    const link = page.getByRole('link', { name: 'Read the API reference' });
    // The reference is offered at the top of the entry, within the first screen.
    expect((await link.boundingBox())!.y).toBeLessThan(900);
    await link.click();
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

  it('keeps the contents in view on a wide screen while the page scrolls', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/entries/govuk-notify-api/reference/`);
    const nav = page.getByRole('navigation', { name: 'API reference contents' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.6));
    const box = await nav.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(900);
    expect(await page.getByRole('link', { name: 'Back to top' }).count()).toBeGreaterThan(1);
    await page.close();
  });

  it('starts with the title and summary on a phone, with the contents folded away', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 667 }, isMobile: true });
    await page.goto(`${site.server.url}/entries/govuk-notify-api/reference/`, { waitUntil: 'networkidle' });
    const title = page.locator('h1');
    expect((await title.boundingBox())!.y).toBeLessThan(667);
    expect(await page.getByRole('navigation', { name: 'API reference contents' }).isVisible()).toBe(false);
    await page.getByText('Contents', { exact: true }).first().click();
    expect(await page.getByRole('navigation', { name: 'API reference contents' }).isVisible()).toBe(true);
    // Field tables stack: a field's description is as wide as the page, not squeezed into a column.
    const description = page.locator('table.app-fields td').last();
    expect((await description.boundingBox())!.width).toBeGreaterThan(250);
    await page.close();
  });

  it('shows a full example request and response for each operation', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/entries/govuk-notify-api/reference/`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('/v2/notifications/sms');
    expect(text).toMatch(/curl --request POST "https:\/\/api\.notifications\.service\.gov\.uk\/v2\/notifications\/sms"/);
    expect(text).toContain('HTTP/1.1 201 Created');
    await page.close();
  });
});
