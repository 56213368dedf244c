import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-deprecation-documented';
const sunset = { Sunset: { description: 'When the operation retires.', schema: { type: 'string' } } };

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns about a bare deprecated operation and its success response', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].get.deprecated = true;
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/paths/~1vehicles/get/deprecated'],
      [ID, 'warn', '/paths/~1vehicles/get/responses/200'],
    ]);
    const [text] = await messages(ID, doc);
    expect(text).toContain('when it will be retired');
    expect(text).toContain('what to use instead');
  });

  it('accepts a description with a date and a replacement, and a Sunset header', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      const get = d.paths['/vehicles'].get;
      get.deprecated = true;
      get.description = 'Deprecated: use GET /v2/vehicles instead. This operation retires on 31 March 2026.';
      get.responses['200'].headers = sunset;
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('accepts an x-sunset date', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const get = d.paths['/vehicles'].get;
      get.deprecated = true;
      get['x-sunset'] = '2026-03-31';
      get.description = 'Replaced by the fleet search.';
      get.responses['200'].headers = sunset;
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('checks deprecated parameters and schema properties', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].get.parameters[0].deprecated = true;
      d.components.schemas.Vehicle.properties.colour.deprecated = true;
      d.components.schemas.Vehicle.properties.colour.description = 'The main colour. Removed after 2026-03-31.';
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/components/schemas/Vehicle/properties/colour/deprecated'],
      [ID, 'warn', '/paths/~1vehicles/get/parameters/0/deprecated'],
    ]);
    expect(await messages(ID, doc)).toContainEqual(expect.stringMatching(/^Property `colour` is `deprecated` but its description does not say what to use instead/));
  });

  it('checks Swagger 2.0 operations', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.paths['/vehicles/{registrationNumber}'].get.deprecated = true;
      d.paths['/vehicles/{registrationNumber}'].get.description = 'Use GET /v2/vehicles/{registrationNumber} instead, before 2026-03-31.';
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles~1{registrationNumber}/get/responses/200']]);
  });
});
