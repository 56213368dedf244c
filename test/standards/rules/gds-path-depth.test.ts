import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, type Doc } from '../fixtures/mutate.ts';

const ID = 'gds-path-depth';

const addPath = (d: Doc, path: string): void => {
  d.paths[path] = { get: { ...d.paths['/vehicles'].get, operationId: `op${Object.keys(d.paths).length}` } };
};

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns about a fourth resource level', async () => {
    const path = '/vehicles/{registrationNumber}/keepers/{keeperId}/addresses/{addressId}/history';
    const doc = withDefect(baseline('3.0'), (d) => addPath(d, path));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles~1{registrationNumber}~1keepers~1{keeperId}~1addresses~1{addressId}~1history']]);
    expect((await messages(ID, doc))[0]).toContain('4 resource levels');
  });

  it('allows three levels, not counting an api or version prefix', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      addPath(d, '/vehicles/{registrationNumber}/keepers/{keeperId}/addresses');
      addPath(d, '/api/v2/vehicles/{registrationNumber}/keepers/{keeperId}/addresses/{addressId}');
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('checks Swagger 2.0 paths', async () => {
    const doc = withDefect(baseline('2.0'), (d) => addPath(d, '/fleets/vehicles/keepers/addresses'));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1fleets~1vehicles~1keepers~1addresses']]);
  });
});
