/**
 * The contributor front door in the built site, in Chromium: a feedback route and the repository on
 * every page, "Suggest a change" to each entry's own file, and the List your API guide with every
 * field of the schema. Links come from catalogue/config.yaml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldReference } from '../../src/catalogue/field-reference.ts';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { wcagViolations } from './axe.ts';
import { DIST, openSite, type Site } from './site.ts';

const { catalogue } = loadCatalogue('catalogue');
const repo = catalogue.config.repository;
const newIssue = `${repo.url}/issues/new/choose`;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

async function open(url: string) {
  const page = await site.browser.newPage();
  await page.goto(site.server.url + url, { waitUntil: 'networkidle' });
  return page;
}

describe('the front door for contributors', () => {
  for (const url of ['/', '/entries/govuk-notify-api/', '/standards/', '/no-such-page/']) {
    it(`links to feedback and the repository on ${url}`, async () => {
      const page = await open(url);
      expect(await page.locator('.govuk-phase-banner').getByRole('link', { name: 'Tell us what you think' }).getAttribute('href')).toBe(newIssue);
      const footer = page.locator('footer');
      expect(await footer.getByRole('link', { name: 'Give feedback or report a problem' }).getAttribute('href')).toBe(newIssue);
      expect(await footer.getByRole('link', { name: 'Source code and data on GitHub' }).getAttribute('href')).toBe(repo.url);
      expect(await footer.getByRole('link', { name: 'List your API' }).getAttribute('href')).toBe('/guides/list-your-api/');
      await page.close();
    });
  }

  it('offers "Suggest a change" on every entry page, to that entry\'s own metadata file', async () => {
    // In Chromium for an entry written by hand and an imported one; in the built HTML for all of them.
    const page = await site.browser.newPage();
    const sample = [catalogue.entries.find((e) => !e.entry.provenance), catalogue.entries.find((e) => e.entry.provenance)].filter((e) => e !== undefined);
    for (const e of sample) {
      await page.goto(`${site.server.url}/entries/${e.entry.id}/`, { waitUntil: 'domcontentloaded' });
      const link = page.getByRole('link', { name: /^Suggest a change to this entry/ });
      expect(await link.textContent(), e.entry.id).toBe(`Suggest a change to this entry: ${e.entry.name}`);
      expect(await link.getAttribute('href'), e.entry.id).toBe(`${repo.url}/edit/${repo.defaultBranch}/${e.file}`);
    }
    await page.close();
    for (const e of catalogue.entries) {
      const html = readFileSync(path.join(DIST, 'entries', e.entry.id, 'index.html'), 'utf8');
      expect(html, e.entry.id).toContain(`href="${repo.url}/edit/${repo.defaultBranch}/${e.file}">Suggest a change to this entry`);
    }
  });

  it('explains every field of the schema, the minimum level and waivers on the List your API guide, which passes axe', async () => {
    const page = await open('/guides/list-your-api/');
    const fields = await page.locator('table.app-field-table tbody th code').allTextContents();
    expect(fields).toEqual(expect.arrayContaining(fieldReference().map((f) => f.path)));
    const minimum = page.locator('p', { hasText: "the catalogue's minimum" });
    expect(await minimum.textContent()).toContain(`must reach ${catalogue.config.conformance.minimumLevel}, the catalogue's minimum`);
    expect(await page.getByRole('heading', { name: 'Open a pull request' }).isVisible()).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});
