import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-terms-and-licence';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '3.1', '2.0'] as const)('warns about a missing licence (%s), at info', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.info.license);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/info']]);
  });

  it('warns about an OpenAPI 3.0 licence without a url', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.info.license = { name: 'Open Government Licence v3.0' }));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/info/license']]);
  });

  it('accepts an SPDX identifier in OpenAPI 3.1 but not a bare name', async () => {
    // the 3.1 baseline uses `identifier: OGL-UK-3.0`
    const doc = withDefect(baseline('3.1'), (d) => delete d.info.license.identifier);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/info/license']]);
  });

  it('warns about missing terms of service, and accepts an x- terms link', async () => {
    const missing = withDefect(baseline('2.0'), (d) => delete d.info.termsOfService);
    expect(await findings(ID, missing)).toEqual([[ID, 'warn', '/info']]);

    const extension = withDefect(baseline('3.0'), (d) => {
      d.info['x-terms-of-use'] = d.info.termsOfService;
      delete d.info.termsOfService;
    });
    expect(await findings(ID, extension)).toEqual([]);
  });

  it('reports an empty termsOfService as empty, at the field', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.info.termsOfService = ''));
    expect(await findings('gds-terms-and-licence', doc)).toEqual([['gds-terms-and-licence', 'warn', '/info/termsOfService']]);
    expect(await messages('gds-terms-and-licence', doc)).toEqual(['`info.termsOfService` is empty: link to the terms and conditions of using the API.']);
  });
});
