import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, addCallback, callbackOperation, type Doc } from '../fixtures/mutate.ts';

const ID = 'gds-input-constraints';
const newVehicle = '/components/schemas/NewVehicle';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns about an unbounded string in a request body', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.components.schemas.NewVehicle.properties.make.maxLength);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', `${newVehicle}/properties/make`]]);
    expect((await messages(ID, doc))[0]).toContain('`make` is a string with no `maxLength`');
  });

  it('warns about a request object that accepts unknown properties, but not about responses', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.components.schemas.NewVehicle.additionalProperties);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', newVehicle]]);
  });

  it('warns about unbounded arrays and skips read-only properties', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      Object.assign(d.components.schemas.NewVehicle.properties, {
        previousPlates: { type: 'array', items: { type: 'string', maxLength: 7 } },
        recordId: { type: 'string', readOnly: true },
      });
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', `${newVehicle}/properties/previousPlates`]]);
  });

  it('warns about an unbounded number parameter', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const schema = d.paths['/vehicles'].get.parameters[0].schema;
      delete schema.minimum;
      delete schema.maximum;
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/0/schema']]);
  });

  it('asks 3.1 composed bodies for unevaluatedProperties: false, and leaves 3.0 ones alone', async () => {
    const compose = (d: Doc) => {
      d.paths['/vehicles'].post.requestBody.content['application/json'].schema = {
        allOf: [{ $ref: '#/components/schemas/NewVehicle' }],
        properties: { note: { type: 'string', maxLength: 200 } },
      };
    };
    const body = '/paths/~1vehicles/post/requestBody/content/application~1json/schema';
    expect(await findings(ID, withDefect(baseline('3.1'), compose))).toEqual([[ID, 'warn', body]]);
    expect((await messages(ID, withDefect(baseline('3.1'), compose)))[0]).toContain('`unevaluatedProperties: false`');
    expect(await findings(ID, withDefect(baseline('3.0'), compose))).toEqual([]);
  });

  it('leaves a free-form object (no `properties`) alone: it is a map, not a closed record', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.schemas.NewVehicle.properties.attributes = { type: 'object', description: 'Anything else the garage records.' };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('says that `additionalProperties: <schema>` is fine for a dictionary', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.components.schemas.NewVehicle.additionalProperties);
    expect((await messages(ID, doc))[0]).toContain('`additionalProperties: <schema>`');
  });

  it('names the member of a `oneOf` that accepts unknown properties', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].post.requestBody.content['application/json'].schema = {
        oneOf: [{ $ref: '#/components/schemas/NewVehicle' }, { type: 'object', properties: { vin: { type: 'string', maxLength: 17 } } }],
      };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/requestBody/content/application~1json/schema/oneOf/1']]);
    expect((await messages(ID, doc))[0]).toMatch(/^Member 2 of `oneOf` accepts unknown properties/);
  });

  const wrapInAllOf = (schema: string) => (d: Doc) => {
    d.paths['/vehicles'].post.requestBody.content['application/json'].schema = {
      allOf: [{ $ref: `#/components/schemas/${schema}` }, { example: { registrationNumber: 'AB12CDE', make: 'Ford', registeredDate: '2019-09-01' } }],
    };
  };
  const body = '/paths/~1vehicles/post/requestBody/content/application~1json/schema';

  it('warns about an open object wrapped in `allOf` with an example (3.0)', async () => {
    const doc = withDefect(baseline('3.0'), wrapInAllOf('Vehicle'));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', body]]);
    expect((await messages(ID, doc))[0]).toContain('set `additionalProperties: false` on `Vehicle`');
  });

  it('warns about an open object wrapped in `allOf` with an example (3.1)', async () => {
    const doc = withDefect(baseline('3.1'), wrapInAllOf('Vehicle'));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', body]]);
    expect((await messages(ID, doc))[0]).toContain('`unevaluatedProperties: false`');
  });

  it.each(['3.0', '3.1'] as const)('accepts a closed object wrapped in `allOf` with an example (%s)', async (version) => {
    expect(await findings(ID, withDefect(baseline(version), wrapInAllOf('NewVehicle')))).toEqual([]);
  });

  it('checks Swagger 2.0 body and query parameters', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      delete d.definitions.NewVehicle.properties.make.maxLength;
      delete d.paths['/vehicles'].get.parameters[0].maximum;
      delete d.paths['/vehicles'].get.parameters[0].minimum;
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/definitions/NewVehicle/properties/make'],
      [ID, 'warn', '/paths/~1vehicles/get/parameters/0'],
    ]);
  });

  it('leaves the payload of a callback alone: the API sends it, it is not input', async () => {
    const doc = withDefect(baseline('3.0'), (d) => addCallback(d));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('leaves a callback payload defined in components alone when the callback refers to it', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      const operation = callbackOperation();
      d.components.requestBodies = { VehicleRegistered: operation.requestBody };
      operation.requestBody = { $ref: '#/components/requestBodies/VehicleRegistered' };
      addCallback(d, operation);
    });
    expect(await findings(ID, doc)).toEqual([]);
  });
});
