/**
 * The changelog as pages show it, rendered from the fixture history: the change that removed an
 * operation shows it as a breaking change, with its day and the commit.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChangelog } from '../../src/changelog/index.ts';
import { changeView, coverageText, entryChangeViews } from '../../src/site/changes.ts';
import type { SiteModel } from '../../src/site/build-model.ts';
import { createComponentRenderer, type ComponentRenderer } from '../astro-container.ts';
import { fixtureHistory, type FixtureHistory } from '../changelog/fixture-history.ts';
import { modelOf } from '../exports/support.ts';

let history: FixtureHistory;
let model: SiteModel;
let renderer: ComponentRenderer;

beforeAll(async () => {
  history = fixtureHistory();
  const catalogueDir = path.join(history.repo.dir, 'catalogue');
  model = await modelOf(catalogueDir, await readChangelog({ catalogueDir, cacheDir: path.join(history.repo.dir, '.cache/changelog') }));
  renderer = await createComponentRenderer();
}, 120_000);
afterAll(async () => {
  await renderer?.close();
  history?.repo.remove();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('an entry\'s changelog on its page', () => {
  it('shows the removed operation as a breaking change, with its day and commit', async () => {
    const [latest] = entryChangeViews(model, 'vehicle-records-api');
    const html = await renderer.render('src/components/ChangeDetail.astro', { view: latest });
    expect(html).toContain(`id="change-${history.commits.removed.slice(0, 12)}"`);
    expect(text(html)).toContain('1 breaking change to Vehicle Records API 23 November 2026 Breaking change');
    expect(text(html)).toContain('OpenAPI document openapi.yaml, version 1.1.0 1 breaking change. Breaking change : Removed the operation POST /vehicles');
    expect(html).toContain(`/commit/${history.commits.removed}`);
  });

  it('lists recent changes with their tags, linking each to its place in the full changelog', async () => {
    const html = await renderer.render('src/components/ChangeSummaries.astro', { views: entryChangeViews(model, 'vehicle-history-api') });
    expect(html).toContain(`href="/entries/vehicle-history-api/changes/#change-${history.commits.changed.slice(0, 12)}"`);
    expect(text(html)).toContain('Vehicle History API deprecated 23 November 2026 Deprecated Details');
    expect(text(html)).toContain('Status changed from live to deprecated. Deprecated on 23 November 2026. Retirement date set: 30 June 2027. Its successor is vehicle-records-api. Updated: description.');
  });

  it('says what the history covers', () => {
    expect(coverageText(model.changelog)).toBe('The changelog covers the catalogue\'s whole history, since 23 November 2026.');
    expect(coverageText({ ...model.changelog, coverage: { state: 'shallow', since: '2026-11-23T10:00:02+00:00' } })).toMatch(/^History starts at 23 November 2026: /);
    expect(coverageText({ ...model.changelog, coverage: { state: 'unavailable', reason: 'the catalogue is not in a Git repository' } })).toBe('No changes are shown: the catalogue is not in a Git repository.');
  });

  it('names an entry that has since been removed without linking to it', () => {
    const gone = changeView({ ...model.changelog.changes[0]!, entry: 'no-longer-here' }, model);
    expect(gone.entryChanges).toBeUndefined();
  });
});
