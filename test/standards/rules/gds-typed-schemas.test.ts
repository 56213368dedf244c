import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-typed-schemas';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns about a parameter schema without a type', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const schema = d.paths['/vehicles/{registrationNumber}'].get.parameters[0].schema;
      delete schema.type;
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles~1{registrationNumber}/get/parameters/0/schema']]);
  });

  it('warns about a parameter with a content schema without a type', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      const parameter = d.paths['/vehicles'].get.parameters[0];
      delete parameter.schema;
      delete parameter.example;
      parameter.content = { 'application/json': { schema: { description: 'Paging options.' } } };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/0/content/application~1json/schema']]);
  });

  it.each(['3.0', '3.1'] as const)('warns about a property without a type (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.components.schemas.Vehicle.properties.make.type);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/Vehicle/properties/make']]);
  });

  it('accepts a property typed by $ref or composition', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.schemas.Vehicle.properties.owner = { allOf: [{ $ref: '#/components/schemas/Problem' }], description: 'Composed.' };
      d.components.schemas.Vehicle.properties.related = { $ref: '#/components/schemas/Vehicle' };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('warns about array items without a type', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.components.schemas.VehicleList.properties.vehicles.items = { description: 'A vehicle.' }));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/VehicleList/properties/vehicles/items']]);
  });

  it('warns about numbers without a format, including 3.1 type lists', async () => {
    const doc30 = withDefect(baseline('3.0'), (d) => delete d.paths['/vehicles'].get.parameters[0].schema.format);
    expect(await findings(ID, doc30)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/0/schema']]);

    const doc31 = withDefect(baseline('3.1'), (d) => (d.components.schemas.Problem.properties.status = { type: ['integer', 'null'], description: 'Status.' }));
    expect(await findings(ID, doc31)).toEqual([[ID, 'warn', '/components/schemas/Problem/properties/status']]);
  });

  it('checks Swagger 2.0 parameters, body schemas and definitions', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      delete d.paths['/vehicles'].get.parameters[0].format;
      delete d.definitions.NewVehicle.properties.make.type;
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/definitions/NewVehicle/properties/make'],
      [ID, 'warn', '/paths/~1vehicles/get/parameters/0'],
    ]);

    const body = withDefect(baseline('2.0'), (d) => (d.paths['/vehicles'].post.parameters[0].schema = { description: 'A vehicle.' }));
    expect(await findings(ID, body)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/parameters/0/schema']]);
  });

  it('names the property of a number without a format, and asks for its precision rather than a float', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.components.schemas.Vehicle.properties.price = { type: 'number', description: 'The price paid, in pounds.' }));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/Vehicle/properties/price']]);
    const [message] = await messages(ID, doc);
    expect(message).toBe('Property `price` is `type: number` with no precision: money needs an exact one, such as `multipleOf: 0.01` (or whole pence as `type: integer`).');
  });

  it('tells a count to be an integer, not to state a float precision', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.components.schemas.VehicleList.properties.totalCount = { type: 'number', description: 'How many vehicles match.' }));
    expect(await messages(ID, doc)).toEqual(['Property `totalCount` is `type: number`, but it counts something: make it `type: integer` with `format: int32` (or `int64`).']);
  });

  it('accepts a number whose precision is given by `multipleOf`', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.components.schemas.Vehicle.properties.price = { type: 'number', multipleOf: 0.01, description: 'The price paid, in pounds.' }));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('names the parameter of an integer without a format', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.paths['/vehicles'].get.parameters[0].schema.format);
    expect((await messages(ID, doc))[0]).toMatch(/^Parameter `limit` .*`format: int32`/);
  });
});
