import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-no-credentials-in-url';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['query', 'cookie'])('fails an API key sent in the %s', async (where) => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.securitySchemes.apiKey = { type: 'apiKey', in: where, name: 'api_key' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/components/securitySchemes/apiKey/in']]);
  });

  it('only warns about an API key sent in a header', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.components.securitySchemes.apiKey = { type: 'apiKey', in: 'header', name: 'Api-Key' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/securitySchemes/apiKey/type']]);
    expect((await messages(ID, doc))[0]).toContain('prefer OAuth 2.0');
  });

  it('fails query and path parameters named like credentials, but not pagination tokens', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].get.parameters.push(
        { name: 'access_token', in: 'query', description: 'A token.', schema: { type: 'string', maxLength: 100 } },
        { name: 'pageToken', in: 'query', description: 'Where the next page starts.', schema: { type: 'string', maxLength: 100 } },
        { name: 'Password', in: 'header', description: 'Not in the URL.', schema: { type: 'string', maxLength: 100 } },
      );
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/parameters/1/name']]);
  });

  it('checks Swagger 2.0 security definitions and parameters', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.securityDefinitions.apiKey = { type: 'apiKey', in: 'query', name: 'key' };
      d.paths['/vehicles'].get.parameters.push({ name: 'api-key', in: 'query', description: 'A key.', type: 'string', maxLength: 64 });
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'error', '/paths/~1vehicles/get/parameters/1/name'],
      [ID, 'error', '/securityDefinitions/apiKey/in'],
    ]);
  });
});
