import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-parameter-description';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '3.1', '2.0'] as const)('warns about a parameter without a description (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.paths['/vehicles'].get.parameters[0].description);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/0']]);
  });

  it('names the parameter in the message', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.paths['/vehicles'].get.parameters[0].description);
    expect(await messages(ID, doc)).toEqual(['Parameter `limit` (in query) has no `description`: say what it is for and what values it accepts.']);
  });

  it('warns about a blank description, at the description', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles/{registrationNumber}'].get.parameters[0].description = ' '));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles~1{registrationNumber}/get/parameters/0/description']]);
  });

  it('warns about a Swagger 2.0 body parameter without a description', async () => {
    const doc = withDefect(baseline('2.0'), (d) => delete d.paths['/vehicles'].post.parameters[0].description);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/parameters/0']]);
  });
});
