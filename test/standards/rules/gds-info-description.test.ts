import { describe, expect, it } from 'vitest';
import { findings, lintSource, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-info-description';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '2.0'] as const)('fails a missing description (%s), at info', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.info.description);
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/info']]);
  });

  it.each([
    ['empty', '   '],
    ['too short', 'Vehicle lookups.'],
    ['only the title again', 'Vehicle records API.'],
  ])('fails a description that is %s', async (_case, description) => {
    const doc = withDefect(baseline('3.1'), (d) => (d.info.description = description));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/info/description']]);
  });

  it('fails a long title repeated as the description', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.info.title = 'Vehicle Records Lookup and Registration API';
      d.info.description = 'Vehicle records lookup and registration API';
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/info/description']]);
  });

  it('says the description is empty, at the description', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.info.description = ''));
    expect(await messages('gds-info-description', doc)).toEqual(['`info.description` is empty: say what the API does, who it is for and when to use it.']);
    expect((await lintSource(doc, { only: ['gds-info-description'] }))[0]?.where).toBe('Info');
  });
});
