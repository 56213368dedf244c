import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, addCallback } from '../fixtures/mutate.ts';

const ID = 'gds-rate-limit-documented';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns about an operation without a 429 response', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.paths['/vehicles'].get.responses['429']);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/responses']]);
    expect((await messages(ID, doc))[0]).not.toContain('Anonymous');
  });

  it('stresses anonymous operations', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.paths['/vehicles'].get.security = [];
      delete d.paths['/vehicles'].get.responses['429'];
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/responses']]);
    expect((await messages(ID, doc))[0]).toContain('Anonymous endpoints must be rate limited');
  });

  it('accepts a 4XX range instead of 429', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const responses = d.paths['/vehicles'].get.responses;
      responses['4XX'] = responses['429'];
      delete responses['429'];
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('warns once about a shared 429 response without rate-limit headers', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.components.responses.TooManyRequests.headers);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/responses/TooManyRequests']]);
  });

  it('accepts RateLimit and X-RateLimit headers', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const headers = d.components.responses.TooManyRequests.headers;
      headers['X-RateLimit-Remaining'] = headers['Retry-After'];
      delete headers['Retry-After'];
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('checks Swagger 2.0 operations', async () => {
    const doc = withDefect(baseline('2.0'), (d) => delete d.paths['/vehicles'].post.responses['429']);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/responses']]);
  });

  it('leaves callbacks alone: the client serves them', async () => {
    const doc = withDefect(baseline('3.0'), (d) => addCallback(d));
    expect(await findings(ID, doc)).toEqual([]);
  });
});
