import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConsumers } from '../../src/reuse/consumers.ts';
import { loadSiteModelWithoutAssessment } from '../../src/reuse/load-catalogue.ts';
import { ROOT } from './support.ts';

describe('consumers of the real catalogue', () => {
  const site = loadSiteModelWithoutAssessment(path.join(ROOT, 'catalogue'));
  const model = buildConsumers(site.entries.map((v) => ({ entry: v.entry, organisationName: v.organisation.name })));

  it('lists who uses an entry, from usedBy and usedByServices', () => {
    const notify = model.byEntry.get('govuk-notify');
    expect(notify?.consumers.map((c) => [c.kind, c.name, c.via])).toEqual([
      ['entry', 'GOV.UK Forms', ['govuk-notify', 'govuk-notify-api']],
      ['entry', 'GOV.UK Pay', ['govuk-notify', 'govuk-notify-api']],
      ['service', 'GOV.UK email notifications (Email Alert API)', ['govuk-notify', 'govuk-notify-api']],
    ]);
    expect(notify?.provides).toEqual(['govuk-notify-api']);
    expect(model.byEntry.get('govuk-notify-api')?.providedBy).toEqual(['govuk-notify']);
  });

  it('ranks the most reused, counting an API with the component that provides it', () => {
    expect(model.mostReused.map((c) => [c.id, c.consumers.length])).toEqual([
      ['govuk-design-system', 5],
      ['govuk-notify', 3],
      ['ea-hydrology-api', 1],
      ['govuk-one-login', 1],
      ['hmlr-digital-mortgage-deed-api', 1],
      ['hmrc-push-pull-notifications-api', 1],
    ]);
    expect(model.mostReused.map((c) => c.id)).not.toContain('govuk-notify-api');
  });

  it('lists every use for the picture across government', () => {
    expect(model.uses.length).toBe(12);
    expect(model.uses.filter((u) => u.crossOrganisation).map((u) => [u.provider.id, u.consumer.name])).toEqual([['govuk-design-system', 'UK government API catalogue']]);
    expect(model.uses.find((u) => u.consumer.name === 'Sign your mortgage deed')).toMatchObject({ provider: { id: 'hmlr-digital-mortgage-deed-api', organisation: 'land-registry' }, consumer: { kind: 'service' } });
  });
});
