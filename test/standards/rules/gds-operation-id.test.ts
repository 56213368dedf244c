import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, addCallback } from '../fixtures/mutate.ts';

const ID = 'gds-operation-id';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '3.1', '2.0'] as const)('fails an operation without an operationId (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.paths['/vehicles'].post.operationId);
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/post/operationId']]);
  });

  it('fails an empty operationId', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles'].get.operationId = ''));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/operationId']]);
  });

  it('fails an operationId with characters that are not URL-safe', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.paths['/vehicles'].get.operationId = 'List vehicles'));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/operationId']]);
  });

  it('leaves callbacks alone: the client serves them', async () => {
    const doc = withDefect(baseline('3.0'), (d) => addCallback(d));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('says which operation lacks an operationId, and which characters of one are not URL-safe', async () => {
    const missing = withDefect(baseline('3.0'), (d) => delete d.paths['/vehicles'].post.operationId);
    expect(await messages(ID, missing)).toEqual(['`POST /vehicles` has no `operationId`: add one, unique in the document, such as `listVehicles` or `getVehicle`.']);
    const unsafe = withDefect(baseline('3.1'), (d) => (d.paths['/vehicles'].get.operationId = 'List vehicles|all'));
    expect(await messages(ID, unsafe)).toEqual(['`operationId` `List vehicles|all` has characters that cannot appear in a URL (a space, `|`): write it without them, for example in camelCase as `listVehiclesAll`.']);
  });
});
