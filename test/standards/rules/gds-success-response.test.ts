import { describe, expect, it } from 'vitest';
import { findings, lintSource } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-success-response';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '3.1', '2.0'] as const)('fails an operation with only error responses (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.paths['/vehicles'].post.responses['201']);
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/post/responses']]);
  });

  it('does not count a default response as the success response', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const responses = d.paths['/vehicles'].get.responses;
      responses.default = responses['200'];
      delete responses['200'];
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/responses']]);
  });

  it('accepts a 2XX range or a redirect', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      const get = d.paths['/vehicles'].get.responses;
      get['2XX'] = get['200'];
      delete get['200'];
      const post = d.paths['/vehicles'].post.responses;
      post['303'] = { description: 'See the stored vehicle.' };
      delete post['201'];
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('fails an OpenAPI 3.1 operation without responses, at the operation', async () => {
    const doc = withDefect(baseline('3.1'), (d) => delete d.paths['/vehicles/{registrationNumber}'].get.responses);
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles~1{registrationNumber}/get']]);
  });

  it('names the operation that has no success response', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.paths['/vehicles'].get.responses['200']);
    const [finding] = await lintSource(doc, { only: ['gds-success-response'] });
    expect(finding?.message).toBe('`responses` has no 2xx (or 3xx) response: document what the operation returns when it succeeds.');
    expect(finding?.where).toBe('GET /vehicles');
  });
});
