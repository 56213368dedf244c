import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, addCallback, callbackOperation } from '../fixtures/mutate.ts';

const ID = 'gds-operation-documented';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '3.1', '2.0'] as const)('fails an operation without a summary (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.paths['/vehicles'].get.summary);
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/summary']]);
  });

  it('fails an empty summary', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles'].post.summary = ''));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/post/summary']]);
  });

  it.each(['3.0', '2.0'] as const)('only warns about an operation without a description (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.paths['/vehicles/{registrationNumber}'].get.description);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles~1{registrationNumber}/get/description']]);
  });

  it('leaves a callback without a summary or description alone: the client serves it', async () => {
    const doc = withDefect(baseline('3.0'), (d) => addCallback(d));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('leaves a 3.1 webhook without a summary or description alone', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.webhooks = { vehicleRegistered: { post: callbackOperation() } }));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('says which operation lacks a summary or has an empty one', async () => {
    const missing = withDefect(baseline('3.0'), (d) => delete d.paths['/vehicles'].get.summary);
    expect(await messages(ID, missing)).toEqual(['`GET /vehicles` has no `summary`: add a few words that name the operation, such as "List vehicles".']);
    const empty = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles'].post.summary = ''));
    expect(await messages(ID, empty)).toEqual(['`POST /vehicles` has an empty `summary`: add a few words that name the operation, such as "List vehicles".']);
  });

  it('says which operation lacks a description', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.paths['/vehicles/{registrationNumber}'].get.description);
    expect(await messages(ID, doc)).toEqual(['`GET /vehicles/{registrationNumber}` has no `description`: say what the operation does, when to use it and what it returns.']);
  });
});
