import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-error-schema';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns once about a shared error response without content', async () => {
    const doc = withDefect(baseline('3.0'), (d) => delete d.components.responses.BadRequest.content);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/responses/BadRequest']]);
    expect((await messages(ID, doc))[0]).toContain('`400` response has no `content`');
  });

  it('warns about an inline error response without content', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.paths['/vehicles/{registrationNumber}'].get.responses['404'] = { description: 'No such vehicle.' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles~1{registrationNumber}/get/responses/404']]);
  });

  it('warns about an error media type without a schema', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.responses.InternalServerError.content['application/problem+json'] = {};
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/responses/InternalServerError/content/application~1problem+json']]);
  });

  it('leaves out HEAD operations, which have no body', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles/{registrationNumber}'].head = {
        operationId: 'checkVehicle',
        summary: 'Check a vehicle exists',
        responses: { '200': { description: 'It exists.' }, '404': { description: 'It does not.' } },
      };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('warns about a Swagger 2.0 error response without a schema', async () => {
    const doc = withDefect(baseline('2.0'), (d) => delete d.responses.NotFound.schema);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/responses/NotFound']]);
  });
});
