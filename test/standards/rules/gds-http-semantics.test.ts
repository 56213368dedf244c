import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-http-semantics';
const body = { content: { 'application/json': { schema: { $ref: '#/components/schemas/NewVehicle' } } } };

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('fails a GET operation with a request body', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].get.requestBody = body;
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/requestBody']]);
    expect((await messages(ID, doc))[0]).toContain('GET requests must not have a body');
  });

  it('only warns about a DELETE operation with a request body', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.paths['/vehicles/{registrationNumber}'].delete = {
        operationId: 'deleteVehicle',
        summary: 'Remove a vehicle',
        requestBody: body,
        responses: { '204': { description: 'Removed.' } },
      };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles~1{registrationNumber}/delete/requestBody']]);
  });

  it('fails a query string written into the path (built-in path-not-include-query)', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles?colour=blue'] = { get: { ...d.paths['/vehicles'].get, operationId: 'listBlueVehicles' } };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles?colour=blue']]);
  });

  it('fails a Swagger 2.0 GET with a body parameter', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.paths['/vehicles'].get.parameters.push({ name: 'filter', in: 'body', schema: { $ref: '#/definitions/NewVehicle' } });
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/parameters/1']]);
  });

  it('names the query parameters written into a path', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles?colour=blue&make=ford'] = { get: { ...d.paths['/vehicles'].get, operationId: 'listBlueVehicles' } };
    });
    expect(await messages(ID, doc)).toEqual(['Path `/vehicles?colour=blue&make=ford` contains a query string: declare `colour`, `make` as parameters with `in: query` instead.']);
  });
});
