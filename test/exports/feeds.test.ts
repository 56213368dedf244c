import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChangelog } from '../../src/changelog/index.ts';
import { catalogueFeed, entryFeed, organisationFeed } from '../../src/exports/feeds.ts';
import type { SiteModel } from '../../src/site/build-model.ts';
import { fixtureHistory, type FixtureHistory } from '../changelog/fixture-history.ts';
import { modelOf, SITE } from './support.ts';
import { assertWellFormed, parseXml } from '../support/xml.ts';

let history: FixtureHistory;
let model: SiteModel;

beforeAll(async () => {
  history = fixtureHistory();
  const catalogueDir = path.join(history.repo.dir, 'catalogue');
  model = await modelOf(catalogueDir, await readChangelog({ catalogueDir, cacheDir: path.join(history.repo.dir, '.cache/changelog') }));
}, 120_000);
afterAll(() => history?.repo.remove());

const view = (id: string) => model.entries.find((v) => v.entry.id === id)!;

function wellFormed(xml: string): void {
  const doc = parseXml(xml) as { feed: Record<string, unknown> };
  expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
}

describe('the Atom feed of one API', () => {
  it('is well-formed XML, and a feed reader reads the removed operation as a breaking change', () => {
    const xml = entryFeed(model, view('vehicle-records-api'), SITE);
    wellFormed(xml);
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Vehicle Records API: changes');
    expect(feed.url).toBe('https://api-catalogue.example.gov.uk/entries/vehicle-records-api/changes/');
    expect(feed.items.map((i) => i.title)).toEqual([
      '1 breaking change to Vehicle Records API',
      'Vehicle Records API: OpenAPI document changed',
      'Vehicle Records API added to the catalogue',
    ]);
    const [breaking] = feed.items;
    expect(breaking!.id).toBe(`tag:api-catalogue.example.gov.uk,2026-11-23:vehicle-records-api/${history.commits.removed}`);
    expect(breaking!.url).toBe(`https://api-catalogue.example.gov.uk/entries/vehicle-records-api/changes/#change-${history.commits.removed.slice(0, 12)}`);
    expect(breaking!.updated?.toISOString()).toBe('2026-11-23T10:00:03.000Z');
    expect(breaking!.categories.map((c) => c.term)).toEqual(['breaking', 'document']);
    expect(breaking!.content).toContain('<strong>Breaking change</strong>');
    expect(breaking!.content).toContain('<code>POST /vehicles</code>');
    expect(breaking!.description).toBe('openapi.yaml, version 1.1.0: 1 breaking change.');
  });

  it('gives the same bytes when built again: ids and dates come from the history, not the build', () => {
    expect(entryFeed(model, view('vehicle-records-api'), SITE)).toBe(entryFeed(model, view('vehicle-records-api'), SITE));
    const xml = entryFeed(model, view('vehicle-records-api'), SITE);
    expect(parseFeed(xml).updated?.toISOString()).toBe('2026-11-23T10:00:03.000Z');
  });

  it('carries a deprecation with its dates and successor', () => {
    const feed = parseFeed(entryFeed(model, view('vehicle-history-api'), SITE));
    const [deprecated] = feed.items;
    expect(deprecated!.title).toBe('Vehicle History API deprecated');
    expect(deprecated!.categories.map((c) => c.term)).toEqual(['deprecated', 'lifecycle', 'details']);
    expect(deprecated!.content).toContain('Deprecated on 23 November 2026.');
    expect(deprecated!.content).toContain('Retirement date set: 30 June 2027.');
    expect(deprecated!.content).toContain('Its successor is vehicle-records-api.');
  });
});

describe('the catalogue-wide and organisation feeds', () => {
  it('list every change, newest first, well-formed', () => {
    for (const xml of [catalogueFeed(model, SITE), organisationFeed(model, 'hm-revenue-customs', SITE)]) {
      wellFormed(xml);
      const feed = parseFeed(xml);
      expect(feed.items).toHaveLength(5);
      expect(feed.items[0]!.title).toBe('1 breaking change to Vehicle Records API');
      expect(feed.items.at(-1)!.title).toBe('Vehicle Records API added to the catalogue');
    }
    expect(parseFeed(catalogueFeed(model, SITE)).url).toBe('https://api-catalogue.example.gov.uk/changes/');
    expect(parseFeed(organisationFeed(model, 'hm-revenue-customs', SITE)).url).toBe('https://api-catalogue.example.gov.uk/organisations/hm-revenue-customs/');
  });

  it('is refused by the well-formedness check when broken, so the check can fail', () => {
    expect(() => assertWellFormed(catalogueFeed(model, SITE).replace('</feed>', ''))).toThrow(/unclosed|end/i);
  });

  it('escapes text from entries: a name with markup stays text in the reader', () => {
    const hostile = { ...model.changelog.changes[0]!, name: '<script>alert(1)</script> & ]]> API' };
    const changelog = { ...model.changelog, changes: [hostile], byEntry: new Map([[hostile.entry, [hostile]]]) };
    const xml = catalogueFeed({ ...model, changelog }, SITE);
    wellFormed(xml);
    const [item] = parseFeed(xml).items;
    expect(item!.title).toBe('1 breaking change to <script>alert(1)</script> & ]]> API');
    expect(xml).not.toContain('<script>');
  });
});
