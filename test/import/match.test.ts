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

  it('keeps the API when a component and its API then share a name', () => {
    expect(index.find({ name: 'GOV.UK Notify', organisation: 'government-digital-service' })).toEqual({ match: { id: 'govuk-notify-api', by: 'name and organisation' } });
  });

  it('does not take "API" inside a name, or a name that is only "API", for the word it leaves out', () => {
    expect(index.find({ name: 'Push Pull API Notifications', organisation: 'hm-revenue-customs' })).toEqual({});
    expect(index.find({ name: 'API', organisation: 'hm-revenue-customs' })).toEqual({});
  });
});
