import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-query-parameters';

const query = (name: string) => ({ name, in: 'query', description: 'A query parameter.', schema: { type: 'string', maxLength: 20 } });
const query2 = (name: string) => ({ name, in: 'query', description: 'A query parameter.', type: 'string', maxLength: 20 });

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns about a GET query parameter that identifies the resource', async () => {
    const doc = withDefect(baseline('3.0'), (d) => d.paths['/vehicles'].get.parameters.push(query('vehicleId'), query('id')));
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/paths/~1vehicles/get/parameters/1'],
      [ID, 'warn', '/paths/~1vehicles/get/parameters/2'],
    ]);
    expect((await messages(ID, doc))[0]).toContain('`/vehicles/{vehicleId}`');
  });

  it('allows foreign keys as filters', async () => {
    const doc = withDefect(baseline('3.0'), (d) => d.paths['/vehicles'].get.parameters.push(query('keeperId'), query('dealer_id')));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('warns about query parameters that select behaviour', async () => {
    const doc = withDefect(baseline('3.1'), (d) => d.paths['/vehicles'].get.parameters.push(query('action')));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/1']]);
    expect((await messages(ID, doc))[0]).toContain('changes what the API does');
  });

  it('warns about query parameters on writes, where they are listed', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.parameters = { DryRun: query('dryRun') };
      d.paths['/vehicles'].post.parameters = [{ $ref: '#/components/parameters/DryRun' }];
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/parameters/0']]);
    expect((await messages(ID, doc))[0]).toContain('used with POST');
  });

  it('reports a path-level query parameter once', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].parameters = [query('notify')];
      d.paths['/vehicles'].put = { ...d.paths['/vehicles'].post, operationId: 'replaceVehicles' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/parameters/0']]);
  });

  it('checks Swagger 2.0 operations', async () => {
    const doc = withDefect(baseline('2.0'), (d) => d.paths['/vehicles'].post.parameters.push(query2('notify')));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/parameters/1']]);
  });
});
