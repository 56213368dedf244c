import { describe, expect, it } from 'vitest';
import { describePointer } from '../../src/site/finding-place.ts';

describe('where a finding is, in words', () => {
  it.each([
    ['/paths/~1v1~1payments~1{paymentId}~1refunds/post/responses/201', 'POST /v1/payments/{paymentId}/refunds'],
    ['/paths/~1v1~1payments/get', 'GET /v1/payments'],
    ['/paths/~1v1~1payments/parameters/0', 'Path `/v1/payments`'],
    ['/components/schemas/Payment/properties/card_details/properties/expiry_date', 'Schema `Payment`, property `card_details.expiry_date`'],
    ['/components/securitySchemes/oauth2', 'Security scheme `oauth2`'],
    ['/definitions/Vehicle', 'Schema `Vehicle`'],
    ['/servers/0/url', 'Server 1'],
    ['/info/contact', 'Info'],
    ['/webhooks/newPet/post', 'Webhook `newPet` (POST)'],
    ['', 'Document'],
    ['/x-custom/a', '`x-custom`'],
  ])('%s → %s', (pointer, words) => {
    expect(describePointer(pointer)).toBe(words);
  });
});
