/**
 * Issue 11's "done when", on the site: the catalogue with a near-copy of the GOV.UK Notify API added
 * as a new entry (a department's own messaging API: other paths, camelCase fields, its own words)
 * is built with the project's build command. The copy's page names Notify as its most similar entry
 * and warns that it may duplicate it; Notify's page says the copy may duplicate it; the reuse report
 * clusters the two.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyNearCopy } from '../reuse/near-copy.ts';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

let work: string;
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'reuse-duplicate-site-'));
  const catalogue = path.join(work, 'catalogue');
  cpSync(path.resolve('catalogue'), catalogue, { recursive: true });
  notifyNearCopy(path.resolve('catalogue'), catalogue);
  execFileSync(process.execPath, ['scripts/build.ts', '--catalogue', catalogue, '--out', path.join(work, 'dist')], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  server = await serveStatic(path.join(work, 'dist'));
  browser = await launchChromium();
  page = await browser.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a near-copy of the Notify API added as a new entry', () => {
  it('has Notify as its most similar entry, flagged as a likely duplicate with the reasons', async () => {
    await page.goto(`${server.url}/entries/dwp-citizen-messaging-api/`);
    const first = page.locator('[data-similar-entry]').first();
    expect(await first.getAttribute('data-similar-entry')).toBe('govuk-notify-api');
    expect(await first.locator('.govuk-tag').textContent()).toContain('Likely duplicate');
    expect(await first.locator('li').first().textContent()).toMatch(/^7 operations with the same shape \(POST \/api\/v1\/messages\/sms, /);
    const warning = page.locator('[data-duplicate-warning]');
    expect(await warning.count()).toBe(1);
    expect((await warning.textContent())?.replace(/\s+/g, ' ')).toContain('This entry may duplicate GOV.UK Notify API (Government Digital Service), listed before it.');
    expect(await warning.locator('a').first().getAttribute('href')).toBe('/entries/govuk-notify-api/');
  });

  it('tells the Notify API page that the later entry may duplicate it', async () => {
    await page.goto(`${server.url}/entries/govuk-notify-api/`);
    expect((await page.locator('[data-duplicate-warning]').textContent())?.replace(/\s+/g, ' ')).toContain('DWP citizen messaging API (Department for Work and Pensions), listed after this entry, may duplicate it.');
  });

  it('clusters the two in the reuse report', async () => {
    const html = readFileSync(path.join(work, 'dist', 'reuse-report', 'index.html'), 'utf8');
    expect(html).toContain('<h3 class="govuk-heading-m" id="cluster-0">DWP citizen messaging API and GOV.UK Notify API</h3>');
  });
});
