import { describe, expect, it } from 'vitest';
import { recordJsonSchema, RECORD_LIMITS, reuseCheckRecord, type ReuseCheckRecord } from '../../src/reuse/record.ts';

const record: ReuseCheckRecord = {
  kind: 'reuse-check-record',
  version: 1,
  title: 'Benefit appointment reminders',
  createdAt: '2026-11-24T10:20:00.000Z',
  catalogue: { version: '3f2a9c1d0b7e', commit: 'a'.repeat(40), builtAt: '2026-11-24T09:00:00.000Z', url: 'https://apis.example.gov.uk/' },
  searches: [
    {
      query: 'send text message reminders to claimants',
      at: '2026-11-24T10:15:00.000Z',
      found: {
        entries: [{ id: 'govuk-notify', name: 'GOV.UK Notify', organisation: 'Government Digital Service', summary: 'Send emails, text messages and letters.', url: 'https://apis.example.gov.uk/entries/govuk-notify/' }],
        operations: [{ entry: 'govuk-notify-api', entryName: 'GOV.UK Notify API', method: 'POST', path: '/v2/notifications/sms', title: 'Send a text message', url: 'https://apis.example.gov.uk/entries/govuk-notify-api/reference/#send-text-message', accepts: ['phone-number'], returns: [] }],
        dataItems: [{ id: 'phone-number', name: 'Telephone number', entries: 6, url: 'https://apis.example.gov.uk/data-items/phone-number/' }],
      },
    },
  ],
  notes: '',
  limits: [...RECORD_LIMITS],
};

describe('reuse check record', () => {
  it('accepts a complete record', () => {
    expect(reuseCheckRecord.parse(record)).toEqual(record);
  });

  it('names the field that is wrong', () => {
    const bad = { ...record, createdAt: 'yesterday', searches: [], extra: true };
    const result = reuseCheckRecord.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.code}`).sort()).toEqual(['(record): unrecognized_keys', 'createdAt: invalid_format', 'searches: too_small']);
  });

  it('has a JSON Schema with every part required', () => {
    const schema = recordJsonSchema('https://apis.example.gov.uk/reuse-check-record.schema.json');
    expect(schema['$id']).toBe('https://apis.example.gov.uk/reuse-check-record.schema.json');
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['required']).toEqual(['kind', 'version', 'title', 'createdAt', 'catalogue', 'searches', 'notes', 'limits']);
    expect(schema['additionalProperties']).toBe(false);
    const search = (schema['properties'] as Record<string, { items?: { required?: string[] } }>)['searches'];
    expect(search?.items?.required).toEqual(['query', 'at', 'found']);
  });
});
