import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCapabilityIndex } from '../../src/reuse/capability-index.ts';
import { DUPLICATE_THRESHOLD, declaredRelation, isDuplicate, similarEntries } from '../../src/reuse/duplicates.ts';
import { normalisePath, operationShape } from '../../src/reuse/shapes.ts';
import { SimilarityModel } from '../../src/reuse/similarity.ts';
import { CORPUS_TWINS } from './calibrate.ts';
import { notifyNearCopy } from './near-copy.ts';
import { catalogueSources, CORPUS, documentSource, FIXTURE_CATALOGUE, ROOT } from './support.ts';

describe('operation shapes', () => {
  it('drop versions, prefixes, parameter names, casing and plurals', () => {
    expect(normalisePath('/v2/notifications/{notification_id}')).toBe('notification/{}');
    expect(normalisePath('/api/v1/Notifications/{id}')).toBe('notification/{}');
    expect(normalisePath('/v2/template/{template_id}/preview')).toBe('template/{}/preview');
    expect(normalisePath('/organisations/vat/{vrn}/obligations')).toBe('organisation/vat/{}/obligation');
    expect(normalisePath('/api/v2/parking-permits')).toBe('parking-permit');
    expect(operationShape('post', '/v2/notifications/sms')).toBe('POST notification/sms');
  });
});

describe('similar entries on fixture documents that overlap on purpose', async () => {
  const index = buildCapabilityIndex(await catalogueSources(FIXTURE_CATALOGUE));
  const model = new SimilarityModel(index.entries, { topicNames: new Map([['transport', 'Transport and vehicles'], ['local-services', 'Local services']]) });

  it('ranks the intended duplicate first, with its reasons in words', () => {
    const [first] = model.rank('parking-permit-service-api');
    expect(first?.b).toBe('resident-parking-permits-api');
    expect(first && isDuplicate(model, first)).toBe(true);
    expect(first?.reasons).toEqual([
      '3 operations with the same shape (POST /api/v2/parking-permits, GET /api/v2/parking-permits/{permit_id} and DELETE /api/v2/parking-permits/{permit_id}), out of its 4',
      "share 8 data items: postal address, date of birth, email address, person's name and 4 more",
      'share 15 field names (address, address_line, date_of_birth, end_date and 11 more)',
      'both describe parking permit, resident, registration, issue and 1 more',
      'both in transport and vehicles',
    ]);
  });

  it('shows a related API as similar but not as a duplicate, and leaves out the unrelated one', () => {
    const similar = similarEntries(model, 'resident-parking-permits-api');
    expect(similar.map((s) => [s.comparison.b, s.duplicate])).toEqual([
      ['parking-permit-service-api', true],
      ['parking-zones-api', false],
    ]);
    expect(similar[1]?.comparison.score).toBeLessThan(DUPLICATE_THRESHOLD);
    expect(similarEntries(model, 'library-opening-hours-api')).toEqual([]);
  });

  it('scores each pair the same both ways round', () => {
    const ab = model.compare('parking-zones-api', 'resident-parking-permits-api');
    const ba = model.compare('resident-parking-permits-api', 'parking-zones-api');
    expect(ab.score).toBeCloseTo(ba.score, 10);
  });
});

describe('similar entries in the real catalogue', async () => {
  const real = buildCapabilityIndex(await catalogueSources(path.join(ROOT, 'catalogue')));
  const model = new SimilarityModel(real.entries);

  const pairs = model.pairs();
  const flagged = pairs.filter((c) => isDuplicate(model, c));
  const key = (a: string, b: string) => [a, b].sort().join(' ~ ');
  const flaggedKeys = new Set(flagged.map((c) => key(c.a, c.b)));

  it('shows the API that NHS England offers as the OS Places API with its declared relation, not as a duplicate', () => {
    const c = pairs.find((p) => key(p.a, p.b) === key('ordnance-survey-places-api', 'os-places-api'));
    expect(c?.score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    expect(declaredRelation(model, 'ordnance-survey-places-api', 'os-places-api')).toBe('related');
    expect(flaggedKeys.has(key('ordnance-survey-places-api', 'os-places-api'))).toBe(false);
  });

  it('does not flag sibling products that share their words but not their names', () => {
    for (const [a, b] of [['official-search-of-part', 'official-search-of-whole-with-priority'], ['individual-employment', 'individual-income'], ['tidal-api-foundation', 'tidal-api-premium'], ['get-interest-details', 'maintain-interest-details']]) {
      const c = pairs.find((p) => key(p.a, p.b) === key(a ?? '', b ?? ''));
      expect(c?.score, `${a} ~ ${b}`).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
      expect(flaggedKeys.has(key(a ?? '', b ?? '')), `${a} ~ ${b}`).toBe(false);
    }
  });

  it('never flags entries that declare their relation, and says why it flags the others', () => {
    const related = pairs.filter((c) => c.score >= DUPLICATE_THRESHOLD && declaredRelation(model, c.a, c.b)).map((c) => [c.a, c.b, declaredRelation(model, c.a, c.b)]);
    expect(related).toEqual(expect.arrayContaining([['govuk-notify', 'govuk-notify-api', 'provides'], ['ea-hydrology-api', 'ea-flood-monitoring-api', 'related']]));
    for (const c of flagged) expect(model.compare(c.a, c.b).reasons.some((r) => /operations? with the same shape|^alike in name/.test(r)), `${c.a} ~ ${c.b}`).toBe(true);
  });
});

describe('APIs listed twice: once with their document, once as the first api.gov.uk import made them', () => {
  // The first import made these three beside the entries that already described the same APIs
  // (test/fixtures/api-gov-uk-duplicates); the reuse report found them, and they were merged.
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reuse-listed-twice-'));
    fs.cpSync(path.join(ROOT, 'catalogue'), dir, { recursive: true });
    fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'api-gov-uk-duplicates'), path.join(dir, 'entries'), { recursive: true });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('flags each pair as a likely duplicate', async () => {
    const model = new SimilarityModel(buildCapabilityIndex(await catalogueSources(dir)).entries);
    const key = (a: string, b: string) => [a, b].sort().join(' ~ ');
    const flagged = new Set(model.pairs().filter((c) => isDuplicate(model, c)).map((c) => key(c.a, c.b)));
    for (const [a, b] of [['companies-house', 'companies-house-public-data-api'], ['flood-monitoring', 'ea-flood-monitoring-api'], ['push-pull-notifications', 'hmrc-push-pull-notifications-api']] as const) {
      expect(flagged.has(key(a, b)), `${a} ~ ${b}`).toBe(true);
    }
  });
});

describe('a near-copy of the Notify API added as a new entry', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reuse-notify-copy-'));
    fs.cpSync(path.join(ROOT, 'catalogue'), dir, { recursive: true });
    notifyNearCopy(path.join(ROOT, 'catalogue'), dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has Notify as its most similar entry, flagged as a likely duplicate', async () => {
    const model = new SimilarityModel(buildCapabilityIndex(await catalogueSources(dir)).entries);
    const [first, second] = similarEntries(model, 'dwp-citizen-messaging-api');
    expect(first?.comparison.b).toBe('govuk-notify-api');
    expect(first?.duplicate).toBe(true);
    expect(first?.comparison.reasons[0]).toMatch(/^7 operations with the same shape \(POST \/api\/v1\/messages\/sms, POST \/api\/v1\/messages\/email, POST \/api\/v1\/messages\/letter and 4 more\), out of its 8$/);
    expect(first?.comparison.reasons).toContain('share 3 data items: telephone number, email address and postal address');
    // The Notify component is alike in words only, and not a duplicate.
    expect(second?.comparison.b).toBe('govuk-notify');
    expect(second?.duplicate).toBe(false);
  });
});

describe.skipIf(!fs.existsSync(CORPUS))('real documents of the same APIs, written by other teams (../shared/corpus)', async () => {
  const real = await catalogueSources(path.join(ROOT, 'catalogue'));
  /** A diverged fork and a document with schemas but no operations: similar, below the threshold. */
  const BELOW = new Set(['GSA__notifications-api/docs/openapi.yml', 'UKHomeOffice__callisto-timecard-restapi/src/main/resources/openapi.yaml']);

  it.each(CORPUS_TWINS)('%s has %s as its most similar entry', async (file, twin) => {
    const source = await documentSource(path.join(CORPUS, 'specs', file));
    expect(source).toBeDefined();
    if (!source) return;
    const model = new SimilarityModel(buildCapabilityIndex([...real, source]).entries);
    const [first] = model.rank(source.entry.id);
    expect([twin].flat()).toContain(first?.b);
    expect(first && isDuplicate(model, first)).toBe(!BELOW.has(file));
  }, 60_000);
});
