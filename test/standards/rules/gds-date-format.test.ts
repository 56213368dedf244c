import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-date-format';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns about a time given as an epoch number', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.schemas.Vehicle.properties.updatedAt = { type: 'integer', format: 'int64', description: 'Milliseconds since 1970.' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/Vehicle/properties/updatedAt']]);
    expect((await messages(ID, doc))[0]).toContain('epoch');
  });

  it('handles 3.1 type arrays', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.components.schemas.Vehicle.properties.updatedAt = { type: ['integer', 'null'], description: 'Seconds since 1970.' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/Vehicle/properties/updatedAt']]);
  });

  it('warns about a date string without format date or date-time', async () => {
    const missing = withDefect(baseline('3.0'), (d) => delete d.components.schemas.NewVehicle.properties.registeredDate.format);
    expect(await findings(ID, missing)).toEqual([[ID, 'warn', '/components/schemas/NewVehicle/properties/registeredDate']]);

    const wrong = withDefect(baseline('3.0'), (d) => {
      d.components.schemas.NewVehicle.properties.registeredDate.format = 'datetime';
    });
    expect(await findings(ID, wrong)).toEqual([[ID, 'warn', '/components/schemas/NewVehicle/properties/registeredDate']]);
    expect((await messages(ID, wrong))[0]).toContain('`format: datetime`');
  });

  it('recognises other date-like names but not look-alikes', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      Object.assign(d.components.schemas.Vehicle.properties, {
        dateOfBirth: { type: 'string', maxLength: 10 },
        first_used_on: { type: 'string', format: 'date' },
        basedOn: { type: 'string' },
        lookupKey: { type: 'string' },
      });
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/Vehicle/properties/dateOfBirth']]);
  });

  it('warns about a date-time example without an offset, and a malformed date example', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.components.schemas.Vehicle.properties.updatedAt.example = '2024-03-01T10:15:00';
      d.components.schemas.NewVehicle.properties.registeredDate.examples = ['2019-09-01', '01/09/2019'];
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/components/schemas/NewVehicle/properties/registeredDate/examples/1'],
      [ID, 'warn', '/components/schemas/Vehicle/properties/updatedAt/example'],
    ]);
  });

  it('checks query parameters with date-like names', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].get.parameters.push({ name: 'updatedSince', in: 'query', description: 'Only vehicles changed since then.', schema: { type: 'string' } });
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/1/name']]);
  });

  it('checks Swagger 2.0 parameters and definitions', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.paths['/vehicles'].get.parameters.push({ name: 'updated_since', in: 'query', description: 'Seconds since 1970.', type: 'integer' });
      d.definitions.Vehicle.properties.updatedAt = { type: 'number' };
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/definitions/Vehicle/properties/updatedAt'],
      [ID, 'warn', '/paths/~1vehicles/get/parameters/1/name'],
    ]);
  });
});
