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
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/1/schema']]);
  });

  it('checks Swagger 2.0 parameters and definitions', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.paths['/vehicles'].get.parameters.push({ name: 'updated_since', in: 'query', description: 'Seconds since 1970.', type: 'integer' });
      d.definitions.Vehicle.properties.updatedAt = { type: 'number' };
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/definitions/Vehicle/properties/updatedAt'],
      [ID, 'warn', '/paths/~1vehicles/get/parameters/1'],
    ]);
  });

  it.each(['inspected_time', 'inspectionTime', 'updated', 'created', 'scheduled_for', 'date_sent', 'sent_on', 'valid_from', 'valid_to'])(
    'recognises `%s` as a date or time',
    async (name) => {
      const doc = withDefect(baseline('3.0'), (d) => (d.components.schemas.Vehicle.properties[name] = { type: 'string', maxLength: 30 }));
      expect(await findings(ID, doc)).toEqual([[ID, 'warn', `/components/schemas/Vehicle/properties/${name}`]]);
    },
  );

  it('leaves a number named `…_time` alone: it is usually a duration', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.components.schemas.Vehicle.properties.processing_time = { type: 'integer', format: 'int32' }));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('warns about a string whose example is an ISO 8601 date-time, whatever its name', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.schemas.Vehicle.properties.lastInspection = { type: 'string', maxLength: 30, example: '2024-03-01T10:15:00Z' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/Vehicle/properties/lastInspection']]);
    expect((await messages(ID, doc))[0]).toContain('add `format: date-time`');
  });

  it('warns about a string whose pattern is for ISO 8601 dates, whatever its name', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.components.schemas.NewVehicle.properties.firstUse = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/NewVehicle/properties/firstUse']]);
    expect((await messages(ID, doc))[0]).toContain('add `format: date`');
  });

  it.each([
    ['expiry_date', '12/24'],
    ['appointment_date', '1 January 2018 at 1:00PM'],
  ])('leaves `%s` alone when its example (%s) is not ISO 8601: it is not that kind of date', async (name, example) => {
    const doc = withDefect(baseline('3.0'), (d) => (d.components.schemas.NewVehicle.properties[name] = { type: 'string', maxLength: 30, example }));
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('reads the example of a parameter', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].get.parameters.push({ name: 'since', in: 'query', description: 'Only vehicles changed since then.', schema: { type: 'string', maxLength: 30 }, example: '2024-03-01' });
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/1/schema']]);
  });
});
