import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-no-x-headers';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns about an X- header parameter', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].get.parameters.push({ name: 'X-Correlation-Id', in: 'header', description: 'Traces the request.', schema: { type: 'string', format: 'uuid' } });
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/1/name']]);
    expect((await messages(ID, doc))[0]).toContain('RFC 6648');
  });

  it('warns about an X- response header but not about X-RateLimit headers', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      const headers = d.components.responses.TooManyRequests.headers;
      headers['X-Request-Id'] = { description: 'Traces the request.', schema: { type: 'string' } };
      headers['X-RateLimit-Remaining'] = { description: 'Requests left.', schema: { type: 'integer' } };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/responses/TooManyRequests/headers/X-Request-Id']]);
  });

  it('ignores X- names that are not headers', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].get.parameters.push({ name: 'x-ray', in: 'query', description: 'Not a header.', schema: { type: 'boolean' } });
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('checks Swagger 2.0 parameters and response headers', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.paths['/vehicles'].get.parameters.push({ name: 'x-api-client', in: 'header', description: 'The client.', type: 'string' });
      d.responses.TooManyRequests.headers['X-Quota'] = { description: 'The quota.', type: 'integer' };
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/paths/~1vehicles/get/parameters/1/name'],
      [ID, 'warn', '/responses/TooManyRequests/headers/X-Quota'],
    ]);
  });
});
