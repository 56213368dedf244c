import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-api-domain-name';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each([
    ['too short', 'https://ab.api.gov.uk/v1', 'has 2 characters'],
    ['too long', `https://${'a'.repeat(64)}.api.gov.uk/v1`, 'has 64 characters'],
    ['with an underscore', 'https://vehicle_records.api.gov.uk/v1', 'only lower-case letters'],
    ['in capitals', 'https://Vehicle-Records.api.gov.uk/v1', 'only lower-case letters'],
    ['with a leading hyphen', 'https://-vehicles.api.gov.uk/v1', 'start or end with a hyphen'],
    ['with two labels (several APIs on one host)', 'https://vehicles.dvla.api.gov.uk/v1', 'its own host'],
  ])('warns about an api.gov.uk name %s', async (_case, url, wording) => {
    const doc = withDefect(baseline('3.0'), (d) => (d.servers[0].url = url));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/servers/0/url']]);
    expect((await messages(ID, doc))[0]).toContain(wording);
  });

  it('ignores hosts outside api.gov.uk', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.servers[0].url = 'https://x.service.gov.uk/v1'));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('checks the Swagger 2.0 host', async () => {
    const doc = withDefect(baseline('2.0'), (d) => (d.host = 'vr.api.gov.uk'));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/host']]);
  });
});
