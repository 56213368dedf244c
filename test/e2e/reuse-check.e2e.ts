/**
 * The "Before you build" page in Chromium: a search finds data items, entries and operations; two
 * searches kept make a record; the print view shows the record alone; the downloaded JSON matches
 * the record's schema. Without JavaScript the page says so and links to the browse pages.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reuseCheckRecord } from '../../src/reuse/record.ts';
import { openSite, type Site } from './site.ts';

let site: Site;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
});
afterAll(async () => {
  await context.close();
  await site.close();
});

async function check(p: Page, need: string): Promise<string> {
  await p.getByLabel('What do you need?').fill(need);
  await p.getByRole('button', { name: 'Check the catalogue' }).click();
  await p.waitForFunction(() => (document.getElementById('reuse-status')?.textContent ?? '').startsWith('Found'));
  return ((await p.locator('#reuse-status').textContent()) ?? '').trim();
}

const linksIn = (p: Page, heading: string) =>
  p.locator('#reuse-found h3', { hasText: heading }).locator('xpath=following-sibling::*[1]').locator('a').evaluateAll((as) => as.map((a) => [a.textContent?.trim() ?? '', new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash]));

describe('Before you build, in Chromium', () => {
  it('finds the data items, entries and operations a need describes', async () => {
    await page.goto(`${site.server.url}/before-you-build/`);
    expect(await page.locator('#reuse-record').isVisible()).toBe(false);
    await page.getByLabel('Your project or service (optional)').fill('Benefit appointment reminders');
    const status = await check(page, 'send appointment reminders to claimants by text message');
    expect(status).toMatch(/^Found 0 data items, \d+ entries and \d+ operations for “send appointment reminders to claimants by text message”\.$/);
    const entries = await linksIn(page, 'APIs, components and registers');
    expect(entries.slice(0, 3).map(([name]) => name)).toContain('GOV.UK Notify API');
    const operations = await linksIn(page, 'Operations');
    expect(operations[0]).toEqual(['POST /v2/notifications/sms: Send a text message', '/entries/govuk-notify-api/reference/#send-text-message']);
  });

  it('keeps searches in a record, with the data items a second need names', async () => {
    await page.getByRole('button', { name: 'Add these results to your record' }).click();
    const status = await check(page, "check a patient's NHS number and postcode");
    expect(status).toMatch(/^Found 2 data items, /);
    expect(await linksIn(page, 'Data items')).toEqual([['NHS number', '/data-items/nhs-number/'], ['Postcode', '/data-items/postcode/']]);
    await page.getByRole('button', { name: 'Add these results to your record' }).click();
    expect((await page.locator('#reuse-status').textContent())?.trim()).toBe('Added to your record, which now has 2 searches.');
    const record = page.locator('#reuse-record');
    expect(await record.isVisible()).toBe(true);
    expect(await record.locator('.app-reuse-record__search > h3').allTextContents()).toEqual(['Search 1: “send appointment reminders to claimants by text message”', "Search 2: “check a patient's NHS number and postcode”"]);
    expect(await record.getByText('Benefit appointment reminders', { exact: true }).isVisible()).toBe(true);
    await page.getByLabel('Notes for your record (optional)').fill('We will use GOV.UK Notify.');
  });

  it('keeps the record when the page is opened again', async () => {
    await page.reload();
    await page.waitForFunction(() => !document.getElementById('reuse-record')?.hidden);
    expect(await page.locator('#reuse-record .app-reuse-record__search').count()).toBe(2);
    expect(await page.getByLabel('Notes for your record (optional)').inputValue()).toBe('We will use GOV.UK Notify.');
  });

  it('prints the record alone, with what the check cannot know', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      for (const hidden of ['.govuk-header', '.govuk-footer', '#reuse-check-form', '.govuk-breadcrumbs', '[data-reuse-print]']) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      const record = page.locator('#reuse-record');
      expect(await record.isVisible()).toBe(true);
      expect(await record.getByRole('heading', { name: 'What this check cannot know' }).isVisible()).toBe(true);
      expect(await record.getByText('We will use GOV.UK Notify.').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('downloads the record as JSON that matches its schema, with the catalogue version', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^reuse-check-benefit-appointment-reminders-\d{4}-\d{2}-\d{2}\.json$/);
    const record = reuseCheckRecord.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(record.title).toBe('Benefit appointment reminders');
    expect(record.notes).toBe('We will use GOV.UK Notify.');
    expect(record.catalogue.version).toBe(await page.locator('#reuse-version').getAttribute('data-version'));
    expect(record.catalogue.url).toBe(`${site.server.url}/`);
    expect(record.searches.map((s) => s.query)).toEqual(['send appointment reminders to claimants by text message', "check a patient's NHS number and postcode"]);
    expect(record.searches[1]?.found.dataItems.map((d) => [d.id, d.url])).toEqual([['nhs-number', `${site.server.url}/data-items/nhs-number/`], ['postcode', `${site.server.url}/data-items/postcode/`]]);
    expect(record.searches[1]?.found.entries.map((e) => e.id)).toContain('nhs-pds-fhir-api');
    expect(record.limits.length).toBeGreaterThan(0);
  });

  it('starts a new record on request', async () => {
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Start a new record' }).click();
    expect(await page.locator('#reuse-record').isVisible()).toBe(false);
  });

  it('without JavaScript, explains and links to the browse pages', async () => {
    const off = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await off.newPage();
    await p.goto(`${site.server.url}/before-you-build/`);
    expect(await p.locator('#reuse-check').isVisible()).toBe(false);
    expect(await p.locator('main').textContent()).toContain('The check runs in your browser and needs JavaScript');
    for (const name of ['data items', 'topic', 'organisation', 'other ways to browse', 'A to Z', 'who uses what', 'reuse report']) {
      expect(await p.getByRole('link', { name, exact: true }).count(), name).toBeGreaterThanOrEqual(1);
    }
    expect(await p.getByRole('heading', { name: 'What this check cannot know' }).isVisible()).toBe(true);
    await off.close();
  });
});

describe('data item and reuse pages, in Chromium', () => {
  it('lists the real entries that carry NHS number, National Insurance number, UPRN, company number and postcode', async () => {
    const carriers = async (id: string) => {
      await page.goto(`${site.server.url}/data-items/${id}/`);
      return page.locator('.app-entry-list__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    };
    expect(await carriers('nhs-number')).toEqual(['/entries/nhs-eps-fhir-api/', '/entries/nhs-nrl-api/', '/entries/nhs-pds-fhir-api/']);
    expect((await carriers('national-insurance-number')).sort()).toEqual(['/entries/dwp-identity-status-api/', '/entries/hmrc-obligations-api/']);
    expect((await carriers('uprn')).sort()).toEqual(['/entries/os-places-api/', '/entries/verify-service-provider/']);
    expect((await carriers('company-number')).sort()).toEqual(['/entries/companies-house-public-data-api/', '/entries/register-of-charities/']);
    expect(await carriers('postcode')).toEqual(expect.arrayContaining(['/entries/os-places-api/', '/entries/nhs-pds-fhir-api/', '/entries/govuk-pay-api/']));
  });

  it('links each operation to its place in the API reference', async () => {
    await page.goto(`${site.server.url}/data-items/nhs-number/`);
    const hrefs = await page.locator('.app-operation-links a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      await page.goto(href);
      expect(await page.locator(`[id="${new URL(href).hash.slice(1)}"]`).count(), href).toBe(1);
    }
  });

  it('shows the evidence of a recognition', async () => {
    await page.goto(`${site.server.url}/data-items/national-insurance-number/`);
    await page.getByText('How it was recognised').first().click();
    expect(await page.locator('details table').first().isVisible()).toBe(true);
    const evidence = (await page.locator('details table').allTextContents()).join('\n');
    expect(evidence).toContain('/paths/~1v1~1identity~1get-idv-status-by-nino/get/parameters/0');
    expect(evidence).toContain('named `nino`');
    expect(evidence).toContain('its description says "The customer\'s National Insurance number, in the format AA999999A."');
  });

  it('draws the uses as a graph with JavaScript, over the table', async () => {
    await page.goto(`${site.server.url}/consumers/`);
    expect(await page.locator('#reuse-graph svg[role="img"]').isVisible()).toBe(true);
    const title = await page.locator('#reuse-graph svg title').textContent();
    const rows = await page.locator('#uses-table tbody tr').count();
    expect(title).toContain(`${rows} uses`);
  });
});
