import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-no-placeholder-servers';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each([
    'https://api.example.com/v1',
    'https://example.org/v1',
    'https://vehicles.test/v1',
    'https://server/api',
    'http://ledger_url',
    'https://${API_HOST}/v1',
    'https://{host}/v1',
  ])('fails the placeholder server %s', async (url) => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.servers[0].url = url;
      if (url.includes('{host}')) d.servers[0].variables = { host: { default: 'sandbox.example.net' } };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/servers/0/url']]);
  });

  it.each(['http://localhost:8080/v1', 'https://127.0.0.1/v1'])('only warns about the local server %s', async (url) => {
    const doc = withDefect(baseline('3.1'), (d) => (d.servers[0].url = url));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/servers/0/url']]);
  });

  it('says what kind of placeholder a server is', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.servers[0].url = 'https://server/api'));
    expect(await messages(ID, doc)).toEqual([
      'Server `url` `https://server/api` points at `server`, a name without a domain, which only works inside one network: give the real address of the API.',
    ]);
  });

  it('fails OAuth and OpenID Connect URLs on placeholder hosts', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl = 'https://auth.example.com/token'));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/components/securitySchemes/oauth2/flows/clientCredentials/tokenUrl']]);
    expect(await messages(ID, doc)).toEqual([
      'OAuth clientCredentials `tokenUrl` `https://auth.example.com/token` points at `auth.example.com`, a name reserved for examples and tests: give the real address of the API.',
    ]);
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

  it('gives a Swagger 2.0 localhost the same warning as OpenAPI 3, and fails a templated host', async () => {
    const local = withDefect(baseline('2.0'), (d) => {
      d.host = 'localhost:3000';
      d.basePath = '/v1/';
    });
    expect(await findings(ID, local)).toEqual([
      [ID, 'warn', '/basePath'],
      [ID, 'warn', '/host'],
    ]);
    const templated = withDefect(baseline('2.0'), (d) => (d.host = '{{host}}'));
    expect(await findings(ID, templated)).toEqual([[ID, 'error', '/host']]);
    expect(await messages(ID, templated)).toEqual(['`host` `{{host}}` points at `{{host}}`, a placeholder for a build tool to fill in: give the real address of the API.']);
  });
});
