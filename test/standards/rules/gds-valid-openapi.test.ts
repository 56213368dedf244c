import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-valid-openapi';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('fails a field that the specification does not allow', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles'].get.summaryText = 'List vehicles'));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/summaryText']]);
  });

  it('fails a missing required field', async () => {
    const doc = withDefect(baseline('3.1'), (d) => delete d.info.title);
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/info']]);
  });

  it('fails a $ref that does not resolve', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].get.responses['400'].$ref = '#/components/responses/Missing';
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/responses/400']]);
  });

  it('fails an undeclared path parameter', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles/{registrationNumber}'].get.parameters = []));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles~1{registrationNumber}/get/parameters']]);
  });

  it('fails identical paths', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const item = structuredClone(d.paths['/vehicles/{registrationNumber}']);
      item.get.operationId = 'getVehicleById';
      item.get.parameters[0].name = 'vehicleId';
      d.paths['/vehicles/{vehicleId}'] = item;
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles~1{vehicleId}']]);
  });

  it('fails a duplicate operationId and a parameter listed twice', async () => {
    const duplicateId = withDefect(baseline('3.1'), (d) => (d.paths['/vehicles'].post.operationId = 'listVehicles'));
    expect(await findings(ID, duplicateId)).toEqual([[ID, 'error', '/paths/~1vehicles/post/operationId']]);
    expect(await messages(ID, duplicateId)).toEqual(['`operationId` `listVehicles` is already used by `GET /vehicles`: every operation needs its own.']);

    const repeatedParameter = withDefect(baseline('3.0'), (d) => {
      const parameters = d.paths['/vehicles'].get.parameters;
      parameters.push(structuredClone(parameters[0]));
    });
    expect(await findings(ID, repeatedParameter)).toEqual([[ID, 'error', '/paths/~1vehicles/get/parameters/1']]);
  });

  it('fails an invalid Swagger 2.0 document', async () => {
    const doc = withDefect(baseline('2.0'), (d) => (d.schemes = 'https'));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/schemes']]);
  });
});
