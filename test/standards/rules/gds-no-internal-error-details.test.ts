import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-no-internal-error-details';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns once about a stack trace in the shared error schema', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.schemas.Problem.properties.stackTrace = { type: 'string' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/Problem/properties/stackTrace']]);
    expect((await messages(ID, doc))[0]).toContain('`stackTrace`');
  });

  it('finds internal details in nested objects, in any casing', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.components.schemas.Problem.properties.errors = {
        type: 'array',
        items: { type: 'object', properties: { internal_message: { type: 'string' }, field: { type: 'string' } } },
      };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/schemas/Problem/properties/errors/items/properties/internal_message']]);
  });

  it('ignores such names in success responses', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.schemas.Vehicle.properties.trace = { type: 'string' };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('checks Swagger 2.0 error schemas', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.definitions.Problem.properties.exception = { type: 'string' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/definitions/Problem/properties/exception']]);
  });
});
