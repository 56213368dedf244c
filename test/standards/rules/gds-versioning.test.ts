import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, type Doc } from '../fixtures/mutate.ts';

const ID = 'gds-versioning';
const HOST = 'https://vehicle-records.api.gov.uk';

/** Moves every path under `prefix` (e.g. `/v1`). */
const prefixPaths = (d: Doc, prefix: string, except: string[] = []): void => {
  d.paths = Object.fromEntries(Object.entries(d.paths).map(([p, item]) => [except.includes(p) ? p : `${prefix}${p}`, item]));
};

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns when neither the server URL nor the paths carry a version', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.servers[0].url = HOST;
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/servers/0/url']]);
    expect((await messages(ID, doc))[0]).toContain('Neither the server URL nor the paths');
  });

  it('accepts the version in every path instead, leaving out operational paths', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.servers[0].url = HOST;
      d.paths['/.well-known/jwks.json'] = { get: { ...d.paths['/vehicles'].get, operationId: 'jwks' } };
      prefixPaths(d, '/v1', ['/.well-known/jwks.json']);
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('accepts a version given by a server variable', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.servers[0] = { url: `${HOST}/{version}`, variables: { version: { default: 'v1', enum: ['v1'] } } };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('warns about the paths that miss a version when others have one', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.servers[0].url = HOST;
      prefixPaths(d, '/v1', ['/vehicles/{registrationNumber}']);
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles~1{registrationNumber}']]);
  });

  it('warns about a server without a version when other servers have one', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.servers.push({ url: 'https://sandbox.vehicle-records.api.gov.uk', description: 'Sandbox' });
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/servers/1/url']]);
  });

  it('warns about a version that is not a whole number', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.servers[0].url = `${HOST}/v1.2`;
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/servers/0/url']]);
    expect((await messages(ID, doc))[0]).toContain('not a whole number');
  });

  it("leaves info.version alone: the document's own version may differ from the URL's major version", async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.info.version = '2.0.0';
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('warns about version headers and versioned media types', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const get = d.paths['/vehicles'].get;
      get.parameters.push({ name: 'Api-Version', in: 'header', description: 'The version.', schema: { type: 'string', enum: ['1'] } });
      get.parameters.push({ name: 'Accept', in: 'header', description: 'The format.', schema: { type: 'string', enum: ['application/vnd.vehicles.1.0+json'] } });
      const content = d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content;
      content['application/vnd.vehicles.v1+json'] = content['application/json'];
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/paths/~1vehicles/get/parameters/1/name'],
      [ID, 'warn', '/paths/~1vehicles/get/parameters/2/name'],
      [ID, 'warn', '/paths/~1vehicles~1{registrationNumber}/get/responses/200/content/application~1vnd.vehicles.v1+json'],
    ]);
  });

  it('reads the Swagger 2.0 basePath and produces', async () => {
    const noBasePath = withDefect(baseline('2.0'), (d) => delete d.basePath);
    expect(await findings(ID, noBasePath)).toEqual([[ID, 'warn', '/paths/~1vehicles']]);

    const vendorType = withDefect(baseline('2.0'), (d) => {
      d.paths['/vehicles'].get.produces = ['application/vnd.vehicles+json; version=1'];
    });
    expect(await findings(ID, vendorType)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/produces/0']]);
  });
});
