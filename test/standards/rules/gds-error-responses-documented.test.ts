import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, addCallback } from '../fixtures/mutate.ts';

const ID = 'gds-error-responses-documented';
const responses = '/paths/~1vehicles/get/responses';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '2.0'] as const)('warns about an operation with no 4xx response (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => {
      d.security = [{}];
      for (const code of ['400', '401', '403', '429']) delete d.paths['/vehicles'].get.responses[code];
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', responses]]);
    expect((await messages(ID, doc))[0]).toContain('no 4xx');
  });

  it.each(['401', '403'])('warns about a secured operation without %s', async (code) => {
    const doc = withDefect(baseline('3.1'), (d) => delete d.paths['/vehicles'].get.responses[code]);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', responses]]);
    expect((await messages(ID, doc))[0]).toContain(`\`${code}\``);
  });

  it('uses the operation security over the root security', async () => {
    const anonymous = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].get.security = [];
      delete d.paths['/vehicles'].get.responses['401'];
      delete d.paths['/vehicles'].get.responses['403'];
    });
    expect(await findings(ID, anonymous)).toEqual([]);

    const secured = withDefect(baseline('2.0'), (d) => {
      d.security = [];
      d.paths['/vehicles'].post.security = [{ oauth2: ['vehicles:write'] }];
      delete d.paths['/vehicles'].post.responses['403'];
    });
    expect(await findings(ID, secured)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/responses']]);
  });

  it('accepts 4XX for 401 and 403', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const get = d.paths['/vehicles'].get.responses;
      get['4XX'] = get['401'];
      delete get['401'];
      delete get['403'];
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('warns about an operation without a 5xx or default response', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.paths['/vehicles'].get.responses['500']);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', responses]]);
    expect((await messages(ID, doc))[0]).toContain('5xx');

    const withDefault = withDefect(baseline('3.0'), (d) => {
      const get = d.paths['/vehicles'].get.responses;
      get.default = get['500'];
      delete get['500'];
    });
    expect(await findings(ID, withDefault)).toEqual([]);
  });

  it('leaves callbacks alone: the client serves them', async () => {
    const doc = withDefect(baseline('3.0'), (d) => addCallback(d));
    expect(await findings(ID, doc)).toEqual([]);
  });
});
