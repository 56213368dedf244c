import { describe, expect, it } from 'vitest';
import { findings } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-no-placeholder-servers';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each([
    'https://api.example.com/v1',
    'https://example.org/v1',
    'http://localhost:8080/v1',
    'https://127.0.0.1/v1',
    'https://vehicles.test/v1',
    'https://{host}/v1',
  ])('warns about the placeholder server %s', async (url) => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.servers[0].url = url;
      if (url.includes('{host}')) d.servers[0].variables = { host: { default: 'sandbox.example.net' } };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/servers/0/url']]);
  });

  it('warns about a trailing slash, also on an operation server', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.servers[0].url = 'https://vehicle-records.api.gov.uk/v1/';
      d.paths['/vehicles'].get.servers = [{ url: 'https://vehicle-records.api.gov.uk/v1/' }];
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/paths/~1vehicles/get/servers/0/url'],
      [ID, 'warn', '/servers/0/url'],
    ]);
  });

  it('does not mistake real hosts that contain the word example', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.servers[0].url = 'https://api.example.service.gov.uk/v1'));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('warns about a Swagger 2.0 placeholder host and a trailing slash on basePath', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.host = 'localhost:3000';
      d.basePath = '/v1/';
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/basePath'],
      [ID, 'warn', '/host'],
    ]);
  });
});
