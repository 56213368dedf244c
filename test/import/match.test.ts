import { describe, expect, it } from 'vitest';
import { EntryIndex } from '../../src/import/api-gov-uk/match.ts';

describe('which entry a row of api.gov.uk describes', () => {
  const index = new EntryIndex();
  index.add({ id: 'hmrc-push-pull-notifications-api', kind: 'api', name: 'Push Pull Notifications API', organisation: 'hm-revenue-customs', alternativeNames: ['PPNS'] });
  index.add({ id: 'companies-house-public-data-api', kind: 'api', name: 'Companies House Public Data API', organisation: 'companies-house', alternativeNames: ['Companies House API'] });
  index.add({ id: 'govuk-notify', kind: 'component', name: 'GOV.UK Notify', organisation: 'government-digital-service' });
  index.add({ id: 'govuk-notify-api', kind: 'api', name: 'GOV.UK Notify API', organisation: 'government-digital-service' });

  it('takes a name with or without a last word "API" as the same name, in the same organisation', () => {
    expect(index.find({ name: 'Push Pull Notifications', organisation: 'hm-revenue-customs' })).toEqual({ match: { id: 'hmrc-push-pull-notifications-api', by: 'name and organisation' } });
    expect(index.find({ name: 'Companies  House', organisation: 'companies-house' })).toEqual({ match: { id: 'companies-house-public-data-api', by: 'name and organisation' } });
    expect(index.find({ name: 'Push Pull Notifications', organisation: 'companies-house' })).toEqual({});
  });

  it('takes the entry named exactly so, even when another is named so with "API"', () => {
    expect(index.find({ name: 'GOV.UK Notify', organisation: 'government-digital-service' })).toEqual({ match: { id: 'govuk-notify', by: 'name and organisation' } });
  });

  it('matches a name exactly before it tries the name without "API"', () => {
    const both = new EntryIndex();
    both.add({ id: 'notify', kind: 'api', name: 'GOV.UK Notify', organisation: 'gds' });
    both.add({ id: 'notify-api', kind: 'api', name: 'GOV.UK Notify API', organisation: 'gds' });
    expect(both.find({ name: 'GOV.UK Notify', organisation: 'gds' }).match?.id).toBe('notify');
    expect(both.find({ name: 'GOV.UK Notify API', organisation: 'gds' }).match?.id).toBe('notify-api');
  });

  it('does not match an entry an import made from an earlier row by the name without "API": two rows of one list are two listings', () => {
    const run = new EntryIndex();
    run.add({ id: 'govuk-notify', kind: 'api', name: 'GOV.UK Notify', organisation: 'gds' }, { nameVariants: false });
    expect(run.find({ name: 'GOV.UK Notify API', organisation: 'gds' })).toEqual({});
  });

  it('does not take "API" inside a name, or a name that is only "API", for the word it leaves out', () => {
    expect(index.find({ name: 'Push Pull API Notifications', organisation: 'hm-revenue-customs' })).toEqual({});
    expect(index.find({ name: 'API', organisation: 'hm-revenue-customs' })).toEqual({});
  });
});
