import { describe, expect, it } from 'vitest';
import { findings, lintSource, messages } from '../fixtures/findings.ts';
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

  it.each(['3.0', '3.1', '2.0'] as const)('fails a path parameter that is not required (%s)', async (version) => {
    const optional = withDefect(baseline(version), (d) => (d.paths['/vehicles/{registrationNumber}'].get.parameters[0].required = false));
    expect(await findings('gds-valid-openapi', optional)).toEqual([['gds-valid-openapi', 'error', '/paths/~1vehicles~1{registrationNumber}/get/parameters/0/required']]);
    expect(await messages('gds-valid-openapi', optional)).toEqual([
      'Path parameter `registrationNumber` has `required: false`: a path parameter is always required, so write `required: true`.',
    ]);
  });

  it('fails a 3.x path parameter without `required`', async () => {
    const missing = withDefect(baseline('3.0'), (d) => delete d.paths['/vehicles/{registrationNumber}'].get.parameters[0].required);
    expect(await findings('gds-valid-openapi', missing)).toEqual([['gds-valid-openapi', 'error', '/paths/~1vehicles~1{registrationNumber}/get/parameters/0']]);
  });

  it.each(['3.0', '3.1', '2.0'] as const)('reports a framework regex path template once, naming the syntax and the fix (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => {
      d.paths['/vehicles/{registrationNumber:[A-Z0-9]{2,7}}'] = d.paths['/vehicles/{registrationNumber}'];
      delete d.paths['/vehicles/{registrationNumber}'];
    });
    const found = await lintSource(doc);
    expect(found.filter((f) => f.severity === 'error').map((f) => [f.rule, f.pointer])).toEqual([['gds-valid-openapi', '/paths/~1vehicles~1{registrationNumber:[A-Z0-9]{2,7}}']]);
    expect(found.find((f) => f.rule === 'gds-valid-openapi')?.message).toBe(
      "Path `/vehicles/{registrationNumber:[A-Z0-9]{2,7}}` writes its parameter as `{registrationNumber:[A-Z0-9]{2,7}}`, a framework's regular-expression syntax (Spring, JAX-RS) that OpenAPI does not have: write `{registrationNumber}` and give the parameter `schema: { type: string, pattern: '^[A-Z0-9]{2,7}$' }`.",
    );
    expect(found.filter((f) => f.rule === 'gds-path-depth' || f.rule === 'gds-paths-kebab-case')).toEqual([]);
  });

  it.each(['3.0', '3.1'] as const)('leaves whatever is under an x- extension alone (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => {
      d.paths['/vehicles'].get['x-code-samples'] = { lang: 'shell' };
      d.components.schemas.Vehicle['x-examples'] = { big: { type: 42, properties: 'not a map' } };
    });
    expect(await findings('gds-valid-openapi', doc)).toEqual([]);
  });

  it('reports each unresolvable target once, covering every $ref to it', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.paths['/vehicles'].get.responses['404'] = { $ref: '#/components/responses/Missing' };
      d.paths['/vehicles/{registrationNumber}'].get.responses['404'] = { $ref: '#/components/responses/Missing' };
    });
    const found = (await lintSource(doc, { only: ['gds-valid-openapi'] })).filter((f) => f.source === 'no-unresolved-refs');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('`$ref` `#/components/responses/Missing` points at nothing in this document: correct the pointer, or add what it names.');
    expect(found[0]!.covers).toHaveLength(1);
  });
});
