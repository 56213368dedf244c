import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, addCallback, type Doc } from '../fixtures/mutate.ts';

const ID = 'gds-paths-kebab-case';

const renamePath = (d: Doc, from: string, to: string): void => {
  d.paths[to] = d.paths[from];
  delete d.paths[from];
};

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '2.0'] as const)('warns about underscores in a path segment (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => renamePath(d, '/vehicles', '/vehicle_records'));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicle_records']]);
  });

  it('warns about camelCase segments but not about camelCase path parameters', async () => {
    const doc = withDefect(baseline('3.1'), (d) => renamePath(d, '/vehicles/{registrationNumber}', '/vehicleRecords/{registrationNumber}'));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicleRecords~1{registrationNumber}']]);
  });

  it('leaves the expression keys of callbacks, such as `{$callback_url}`, alone', async () => {
    const doc = withDefect(baseline('3.0'), (d) => addCallback(d));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('leaves the names of 3.1 webhooks alone', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.webhooks = { vehicle_registered: d.paths['/vehicles'] }));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('shows the path in kebab-case', async () => {
    const doc = withDefect(baseline('3.0'), (d) => renamePath(d, '/vehicles/{registrationNumber}', '/vehicleRecords/{registrationNumber}/MOT_tests'));
    expect(await messages(ID, doc)).toEqual(['Path `/vehicleRecords/{registrationNumber}/MOT_tests` is not kebab-case: write it as `/vehicle-records/{registrationNumber}/mot-tests`.']);
  });
});
