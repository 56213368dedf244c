import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-standard-status-codes';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['299', '419', '499', '600', '306', '418', 'success'])('fails the response code %s', async (code) => {
    const doc = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles'].get.responses[code] = { description: 'Something.' }));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', `/paths/~1vehicles/get/responses/${code}`]]);
  });

  it('fails a lower-case range and says how to write it', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.paths['/vehicles'].get.responses['4xx'] = { description: 'A client error.' }));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/responses/4xx']]);
    expect(await messages(ID, doc)).toEqual(['Response code `4xx` is a range written in the wrong case: write it as `4XX`.']);
  });

  it('accepts registered codes, ranges, default and extensions', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const get = d.paths['/vehicles'].get.responses;
      for (const code of ['206', '304', '422', '451', '503', '5XX', 'default']) get[code] = { description: 'Documented.' };
      get['x-internal-note'] = 'ignored';
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('checks Swagger 2.0 responses', async () => {
    const doc = withDefect(baseline('2.0'), (d) => (d.paths['/vehicles'].post.responses['250'] = { description: 'Accepted for review.' }));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/post/responses/250']]);
  });
});
