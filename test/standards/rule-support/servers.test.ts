import { describe, expect, it } from 'vitest';
import { expandServerUrl, hostOf } from '../../../src/standards/rule-support/servers.ts';

describe('expandServerUrl', () => {
  it('fills in string defaults and keeps unknown or non-string variables as written', () => {
    const variables = { env: { default: 'test' }, version: { default: 2 }, bad: 'not a variable' };
    expect(expandServerUrl('https://{env}.api.gov.uk/{version}/{bad}/{missing}', variables)).toBe('https://test.api.gov.uk/{version}/{bad}/{missing}');
    expect(expandServerUrl('https://{env}.api.gov.uk', undefined)).toBe('https://{env}.api.gov.uk');
    expect(expandServerUrl('https://{env}.api.gov.uk', ['x'])).toBe('https://{env}.api.gov.uk');
  });
});

describe('hostOf', () => {
  it('gives the host as written, without user, port or trailing dot', () => {
    expect(hostOf(' https://user:secret@Vehicle-Records.api.gov.uk.:8443/v1?q#f ')).toBe('Vehicle-Records.api.gov.uk');
    expect(hostOf('http://localhost:3000')).toBe('localhost');
  });
  it('keeps the brackets of an IPv6 address', () => {
    expect(hostOf('http://[::1]:8080/v1')).toBe('[::1]');
  });
  it('is undefined for a URL without a scheme and authority', () => {
    expect(hostOf('/v1')).toBeUndefined();
    expect(hostOf('vehicle-records.api.gov.uk/v1')).toBeUndefined();
  });
});
