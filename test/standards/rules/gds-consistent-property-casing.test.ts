import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-consistent-property-casing';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('flags a snake_case property among camelCase ones', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.schemas.Vehicle.properties.first_registered = { type: 'string', format: 'date' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/Vehicle/properties/first_registered']]);
    expect((await messages(ID, doc))[0]).toMatch(/`first_registered` is snake_case, but most property names in this document are camelCase \(\d+ of \d+\)/);
  });

  it('does not prefer a style: a snake_case document flags its camelCase outlier', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.components.schemas.Problem.properties = {
        ...d.components.schemas.Problem.properties,
        error_code: { type: 'string' },
        request_id: { type: 'string' },
        retry_after_seconds: { type: 'integer' },
        field_errors: { type: 'array', items: { type: 'string' } },
        registered_date: { type: 'string' },
        update_time: { type: 'string' },
        make_name: { type: 'string' },
      };
    });
    expect(await findings(ID, doc)).toEqual(
      [
        '/components/schemas/NewVehicle/properties/registeredDate',
        '/components/schemas/NewVehicle/properties/registrationNumber',
        '/components/schemas/Vehicle/properties/registeredDate',
        '/components/schemas/Vehicle/properties/registrationNumber',
        '/components/schemas/Vehicle/properties/updatedAt',
      ].map((pointer) => [ID, 'warn', pointer]),
    );
  });

  it('leaves out one-word names, names with a prefix and protocol names', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      Object.assign(d.components.schemas.Vehicle.properties, {
        _links: { type: 'object' },
        $schema: { type: 'string' },
        access_token: { type: 'string' },
        URL: { type: 'string' },
      });
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('compares query parameter names among themselves', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const params = d.paths['/vehicles'].get.parameters;
      for (const name of ['sortBy', 'pageToken', 'make_name']) {
        params.push({ name, in: 'query', description: 'A filter.', schema: { type: 'string', maxLength: 20 } });
      }
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/3/name']]);
  });

  it('checks Swagger 2.0 definitions', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.definitions.NewVehicle.properties['Body-Type'] = { type: 'string' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/definitions/NewVehicle/properties/Body-Type']]);
    expect((await messages(ID, doc))[0]).toContain('mixes naming styles');
  });
});
