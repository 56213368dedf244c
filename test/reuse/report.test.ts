import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCapabilityIndex, type IndexSource } from '../../src/reuse/capability-index.ts';
import { buildConsumers } from '../../src/reuse/consumers.ts';
import { buildReuseReport } from '../../src/reuse/report.ts';
import { SimilarityModel } from '../../src/reuse/similarity.ts';
import { catalogueSources, FIXTURE_CATALOGUE, ROOT } from './support.ts';

function report(sources: IndexSource[]) {
  const index = buildCapabilityIndex(sources);
  return buildReuseReport(index, new SimilarityModel(index.entries), buildConsumers(sources.map((s) => ({ entry: s.entry, organisationName: s.organisationName }))));
}

describe('reuse report on fixture entries', async () => {
  const r = report(await catalogueSources(FIXTURE_CATALOGUE));

  it('clusters the likely duplicates across organisations, with the evidence', () => {
    expect(r.clusters.map((c) => [c.entries.map((e) => e.id), c.organisations])).toEqual([[['parking-permit-service-api', 'resident-parking-permits-api'], ['Eastshire Council', 'Westshire Council']]]);
    expect(r.clusters[0]?.pairs[0]?.reasons[0]).toBe('3 operations with the same shape (POST /api/v2/parking-permits, GET /api/v2/parking-permits/{permit_id} and DELETE /api/v2/parking-permits/{permit_id}), out of its 4');
    expect(r.closest[0]).toMatchObject({ a: { id: 'parking-zones-api' }, b: { id: 'resident-parking-permits-api' } });
  });

  it('lists the data items more than one organisation offers, with the operations that return them', () => {
    expect(r.sharedDataItems.map((s) => [s.item.id, s.organisations.map((o) => [o.name, o.entries.map((e) => e.operations.map((op) => `${op.method} ${op.path}`))])])).toEqual([
      ['vehicle-registration', [
        ['Eastshire Council', [['GET /api/v2/parking-permits', 'POST /api/v2/parking-permits', 'GET /api/v2/parking-permits/{permit_id}']]],
        ['Westshire Council', [['GET /v1/permits', 'POST /v1/permits', 'GET /v1/permits/{permitId}']]],
      ]],
    ]);
  });
});

describe('reuse report on the real catalogue', async () => {
  const r = report(await catalogueSources(path.join(ROOT, 'catalogue')));

  it('clusters versions of one service that do not say how they relate, and shows the closest pairs that are not flagged', () => {
    const clustered = r.clusters.map((c) => c.entries.map((e) => e.id).sort().join(' ~ '));
    expect(clustered).toEqual(expect.arrayContaining(['official-copy-document-availability ~ official-copy-document-availability-v2', 'e-referral-service-fhir-api ~ e-referral-service-fhir-api-hscn']));
    // The APIs the first import listed twice were merged; NHS England's offer of OS Places declares its relation.
    expect(clustered.filter((c) => /companies-house|push-pull|flood-monitoring|places-api/.test(c))).toEqual([]);
    expect(r.totalClusters).toBeGreaterThanOrEqual(r.clusters.length);
    expect(r.closest.length).toBe(5);
    expect(r.closest.every((p) => p.score < 1)).toBe(true);
  });

  it('finds identifiers offered by more than one organisation', () => {
    const offered = (id: string) => r.sharedDataItems.find((s) => s.item.id === id)?.organisations.map((o) => o.slug);
    expect(offered('uprn')).toEqual(['government-digital-service', 'ordnance-survey']);
    expect(offered('company-number')).toEqual(['charity-commission', 'companies-house']);
    expect(r.mostReused[0]?.id).toBe('govuk-design-system');
  });
});
