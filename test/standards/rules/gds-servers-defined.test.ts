import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-servers-defined';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('fails a document without servers, at the root', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.servers);
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/']]);
  });

  it('fails an empty servers list', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.servers = []));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/servers']]);
  });

  it('fails a relative server URL, also on a path and an operation', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.servers[0].url = '/v1';
      d.paths['/vehicles'].servers = [{ url: '' }];
      d.paths['/vehicles'].get.servers = [{ url: 'vehicle-records.api.gov.uk/v1' }];
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'error', '/paths/~1vehicles/get/servers/0/url'],
      [ID, 'error', '/paths/~1vehicles/servers/0/url'],
      [ID, 'error', '/servers/0/url'],
    ]);
  });

  it('accepts a URL made absolute by a variable default', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.servers[0] = { url: '{origin}/v1', variables: { origin: { default: 'https://vehicle-records.api.gov.uk' } } };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('fails undefined, unused and badly enumerated server variables', async () => {
    const undefinedVariable = withDefect(baseline('3.0'), (d) => (d.servers[0].url = 'https://{env}.vehicle-records.api.gov.uk/v1'));
    expect(await findings(ID, undefinedVariable)).toEqual([[ID, 'error', '/servers/0/url']]);

    const unusedVariable = withDefect(baseline('3.0'), (d) => (d.servers[0].variables = { env: { default: 'live' } }));
    expect(await findings(ID, unusedVariable)).toEqual([[ID, 'error', '/servers/0/variables/env']]);

    const emptyEnum = withDefect(baseline('3.1'), (d) => {
      d.servers[0] = { url: 'https://{env}.vehicle-records.api.gov.uk/v1', variables: { env: { default: 'live', enum: [] } } };
    });
    expect(await findings(ID, emptyEnum)).toEqual([[ID, 'error', '/servers/0/variables/env/enum']]);

    const defaultNotInEnum = withDefect(baseline('3.1'), (d) => {
      d.servers[0] = { url: 'https://{env}.vehicle-records.api.gov.uk/v1', variables: { env: { default: 'live', enum: ['sandbox'] } } };
    });
    expect(await findings(ID, defaultNotInEnum)).toEqual([[ID, 'error', '/servers/0/variables/env/default']]);
  });

  it('fails Swagger 2.0 without host, or with a URL as host', async () => {
    expect(await findings(ID, withDefect(baseline('2.0'), (d) => delete d.host))).toEqual([[ID, 'error', '/']]);
    expect(await findings(ID, withDefect(baseline('2.0'), (d) => (d.host = 'https://vehicle-records.api.gov.uk/v1')))).toEqual([
      [ID, 'error', '/host'],
    ]);
  });

  it('names the server variable in variable findings', async () => {
    const undefinedVariable = withDefect(baseline('3.0'), (d) => (d.servers[0].url = 'https://{env}.vehicle-records.api.gov.uk/v1'));
    expect(await messages(ID, undefinedVariable)).toEqual(['Server URL uses `{env}`, but the server has no `variables.env`: define it with a `default`.']);
    const unusedVariable = withDefect(baseline('3.0'), (d) => (d.servers[0].variables = { env: { default: 'live' } }));
    expect(await messages(ID, unusedVariable)).toEqual(['Server variable `env` is not used in the server `url`: use `{env}` in the URL or remove the variable.']);
  });
});
