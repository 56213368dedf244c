import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changelogSummary, readChangelog, type Changelog } from '../../src/changelog/index.ts';
import { catalogueWith } from '../checks/fixture.ts';
import { fixtureHistory, type FixtureHistory } from './fixture-history.ts';

let history: FixtureHistory;
let changelog: Changelog;
let cacheDir: string;

beforeAll(async () => {
  history = fixtureHistory();
  cacheDir = mkdtempSync(path.join(tmpdir(), 'changelog-cache-'));
  changelog = await readChangelog({ catalogueDir: path.join(history.repo.dir, 'catalogue'), cacheDir });
}, 120_000);

afterAll(() => {
  history?.repo.remove();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('the changelog of a fixture history of three commits', () => {
  it('reads the whole history, newest change first', () => {
    expect(changelog.coverage).toEqual({ state: 'complete', since: '2026-11-23T10:00:01+00:00' });
    expect(changelog.head).toBe(history.commits.removed);
    expect(changelog.changes.map((c) => [c.entry, c.kind, c.commit])).toEqual([
      ['vehicle-records-api', 'changed', history.commits.removed],
      ['vehicle-history-api', 'changed', history.commits.changed],
      ['vehicle-records-api', 'changed', history.commits.changed],
      ['vehicle-history-api', 'added', history.commits.added],
      ['vehicle-records-api', 'added', history.commits.added],
    ]);
  });

  it('shows the removed operation as a breaking change of that API, on the day it was committed', () => {
    const [latest] = changelog.byEntry.get('vehicle-records-api')!;
    expect(latest).toMatchObject({ kind: 'changed', date: '2026-11-23T10:00:03+00:00', breaking: 1, lifecycle: [], fields: [] });
    expect(latest!.documents).toEqual([
      {
        file: 'openapi.yaml',
        change: 'changed',
        versionBefore: '1.1.0',
        versionAfter: '1.1.0',
        changes: [{ kind: 'operation-removed', group: 'breaking', breaking: true, where: 'POST /vehicles', message: expect.stringContaining('POST /vehicles') }],
        breaking: 1,
      },
    ]);
  });

  it('shows an optional parameter as an addition, with the new version', () => {
    const change = changelog.byEntry.get('vehicle-records-api')![1]!;
    expect(change.breaking).toBe(0);
    expect(change.documents[0]).toMatchObject({ change: 'changed', versionBefore: '1.0.0', versionAfter: '1.1.0', breaking: 0 });
    expect(change.documents[0]!.changes.map((c) => [c.kind, c.group, c.where])).toEqual([['parameter-optional-added', 'addition', 'GET /vehicles']]);
  });

  it('names lifecycle changes one by one and other edited fields by name', () => {
    const change = changelog.byEntry.get('vehicle-history-api')![0]!;
    expect(change).toMatchObject({ kind: 'changed', status: 'deprecated', documents: [], fields: ['description'] });
    expect(change.lifecycle).toEqual([
      { field: 'status', before: 'live', after: 'deprecated' },
      { field: 'dates.deprecated', after: '2026-11-23' },
      { field: 'dates.retired', after: '2027-06-30' },
      { field: 'successor', after: 'vehicle-records-api' },
    ]);
  });

  it('lists an added entry with its documents and their versions', () => {
    const added = changelog.byEntry.get('vehicle-records-api')![2]!;
    expect(added).toMatchObject({ kind: 'added', name: 'Vehicle Records API', organisation: 'hm-revenue-customs', status: 'live', breaking: 0 });
    expect(added.documents).toEqual([{ file: 'openapi.yaml', change: 'added', versionAfter: '1.0.0', changes: [], breaking: 0 }]);
  });

  it('sums itself up in one line for the build\'s log', () => {
    expect(changelogSummary(changelog)).toMatch(/^changelog: 5 changes from 3 commits since 2026-11-23; 2 document comparisons, 0 from the cache; \d+\.\d s$/);
  });

  it('compares each pair of documents once: a second read takes every comparison from the cache', async () => {
    expect(changelog.stats).toMatchObject({ commits: 3, diffs: 2, cachedDiffs: 0 });
    const again = await readChangelog({ catalogueDir: path.join(history.repo.dir, 'catalogue'), cacheDir });
    expect(again.stats).toMatchObject({ commits: 3, diffs: 2, cachedDiffs: 2 });
    expect(again.changes).toEqual(changelog.changes);
  });

  it('in a shallow clone, starts from the clone\'s first commit without calling its entries new', async () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'changelog-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '2', `file://${history.repo.dir}`, clone], { stdio: 'ignore' });
      const shallow = await readChangelog({ catalogueDir: path.join(clone, 'catalogue'), cacheDir });
      expect(shallow.coverage).toEqual({ state: 'shallow', since: '2026-11-23T10:00:02+00:00' });
      expect(shallow.changes.map((c) => [c.entry, c.kind, c.breaking])).toEqual([['vehicle-records-api', 'changed', 1]]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('without history', () => {
  it('says why when the catalogue is not in a Git repository, and never throws', async () => {
    const dir = catalogueWith();
    const changelog = await readChangelog({ catalogueDir: dir, cacheDir });
    expect(changelog.coverage).toMatchObject({ state: 'unavailable', reason: 'the site was built from a copy of the catalogue without its Git history' });
    expect(changelog.changes).toEqual([]);
    expect(changelogSummary(changelog)).toMatch(/^changelog: no changes shown: the site was built from a copy of the catalogue without its Git history \(.+ is not inside a Git repository/);
  });
});
