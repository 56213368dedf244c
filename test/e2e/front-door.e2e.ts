/**
 * The contributor front door in the built site, in Chromium: a feedback route and the repository on
 * every page, "Suggest a change" to each entry's own file, and the List your API guide with every
 * field of the schema. Links come from catalogue/config.yaml.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldReference } from '../../src/catalogue/field-reference.ts';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { wcagViolations } from './axe.ts';
import { openSite, type Site } from './site.ts';

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
    const page = await site.browser.newPage();
    for (const e of catalogue.entries) {
      await page.goto(`${site.server.url}/entries/${e.entry.id}/`, { waitUntil: 'domcontentloaded' });
      const link = page.getByRole('link', { name: /^Suggest a change to this entry/ });
      expect(await link.textContent(), e.entry.id).toBe(`Suggest a change to this entry: ${e.entry.name}`);
      expect(await link.getAttribute('href'), e.entry.id).toBe(`${repo.url}/edit/${repo.defaultBranch}/${e.file}`);
    }
    await page.close();
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
