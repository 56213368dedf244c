import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, addCallback, callbackOperation } from '../fixtures/mutate.ts';

const ID = 'gds-tags-described';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '2.0'] as const)('warns about an operation without tags (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.paths['/vehicles'].get.tags);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get']]);
  });

  it('warns about an operation tag that is not declared at the root', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.paths['/vehicles'].post.tags = ['vehicles', 'registrations']));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/tags/1']]);
  });

  it.each(['3.0', '2.0'] as const)('warns about a tag without a description (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.tags[0].description);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/tags/0/description']]);
  });

  it('leaves a callback without tags alone: the client serves it', async () => {
    const doc = withDefect(baseline('3.0'), (d) => addCallback(d));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('leaves a 3.1 webhook without tags alone', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.webhooks = { vehicleRegistered: { post: callbackOperation() } }));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('names the tag without a description', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.tags[0].description);
    expect(await messages(ID, doc)).toEqual(['Tag `vehicles` has no `description`: add a sentence about the resource it groups.']);
  });
});
