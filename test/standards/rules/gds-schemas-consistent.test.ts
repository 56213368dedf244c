import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-schemas-consistent';
const colour = '/components/schemas/Vehicle/properties/colour';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '3.1'] as const)('fails enum values that are not of the type (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => d.components.schemas.Vehicle.properties.colour.enum.push(1, true));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', `${colour}/enum`]]);
    expect(await messages(ID, doc)).toEqual([
      '`enum` values `1`, `true` are not of the schema\'s `type: string`, so no value can take them: write them as that type, or correct the type.',
    ]);
  });

  it('fails a Swagger 2.0 parameter whose enum contradicts its type', async () => {
    const doc = withDefect(baseline('2.0'), (d) => (d.paths['/vehicles'].get.parameters[0].enum = ['ten', 'twenty']));
    expect(await messages(ID, doc)).toEqual([
      'The parameter can never be met: none of its `enum` values is of its `type: integer` (`"ten"`, `"twenty"`). Write the values as that type, or correct the type.',
    ]);
  });

  it('accepts null in an enum where 3.0 says nullable, and integers for numbers', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      Object.assign(d.components.schemas.Vehicle.properties.colour, { nullable: true, enum: ['blue', null] });
      d.components.schemas.Vehicle.properties.seats = { type: 'number', format: 'double', enum: [2, 4.5] };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('fails bounds no value can meet and a required property that additionalProperties forbids', async () => {
    const bounds = withDefect(baseline('3.1'), (d) => Object.assign(d.components.schemas.NewVehicle.properties.make, { minLength: 60 }));
    expect(await messages(ID, bounds)).toEqual(['The schema can never be met: `minLength: 60` is above `maxLength: 50`. Correct the bounds or the list.']);
    const required = withDefect(baseline('3.1'), (d) => d.components.schemas.NewVehicle.required.push('model'));
    expect(await findings(ID, required)).toEqual([[ID, 'error', '/components/schemas/NewVehicle']]);
  });

  it('fails allOf members of types with nothing in common', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.components.schemas.Both = { allOf: [{ $ref: '#/components/schemas/Vehicle' }, { type: 'string' }] }));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/components/schemas/Both']]);
  });

  it('warns about a default that does not match its schema, at the default', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles'].get.parameters[0].schema.default = 500));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/0/schema/default']]);
    expect(await messages(ID, doc)).toEqual(['The `default` `500` does not match its schema: it is greater than 100. Correct the default or the schema.']);
  });

  it('does not read values under x- extensions or examples as schemas', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.components.schemas.Vehicle['x-internal'] = { type: 'string', enum: [1, 2], minLength: 5, maxLength: 1 };
      d.components.schemas.Vehicle.properties.make.example = { type: 'integer', enum: ['x'] };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });
});
