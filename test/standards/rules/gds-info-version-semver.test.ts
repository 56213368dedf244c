import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-info-version-semver';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['2.1.0-beta.1', '1.0.0+20240301', '10.20.30'])('passes the semantic version %s', async (version) => {
    const doc = withDefect(baseline('3.0'), (d) => (d.info.version = version));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it.each(['v1.0.0', '1.0', 'v1', '2024-03-01', '01.0.0', 'latest'])('warns about the version %s', async (version) => {
    const doc = withDefect(baseline('3.1'), (d) => (d.info.version = version));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/info/version']]);
  });

  it('suggests the three-number form', async () => {
    const doc = withDefect(baseline('2.0'), (d) => (d.info.version = 'v2'));
    expect(await messages(ID, doc)).toEqual([
      '`info.version` `v2` is not a semantic version (MAJOR.MINOR.PATCH): write it as three whole numbers, for example `2.0.0`.',
    ]);
  });

  it('warns about a missing version, at info', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.info.version);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/info']]);
  });
});
