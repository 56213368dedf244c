import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, type Doc } from '../fixtures/mutate.ts';

const ID = 'gds-paths-no-verbs';

const addPath = (d: Doc, path: string): void => {
  d.paths[path] = { get: { ...d.paths['/vehicles'].get, operationId: `op${Object.keys(d.paths).length}` } };
};

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns about an HTTP verb in camelCase', async () => {
    const doc = withDefect(baseline('3.0'), (d) => addPath(d, '/getVehicles'));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1getVehicles']]);
    expect((await messages(ID, doc))[0]).toContain('the verb `get`');
  });

  it('warns about an action verb in a kebab-case sub-resource', async () => {
    const doc = withDefect(baseline('3.1'), (d) => addPath(d, '/vehicles/{registrationNumber}/update-keeper'));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles~1{registrationNumber}~1update-keeper']]);
  });

  it('does not flag nouns that contain or look like verbs', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      for (const path of ['/post-offices', '/postcodes', '/budgets', '/targets', '/updates', '/documents/{listId}']) addPath(d, path);
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('checks Swagger 2.0 paths', async () => {
    const doc = withDefect(baseline('2.0'), (d) => addPath(d, '/search_vehicles'));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1search_vehicles']]);
  });

  it.each(['/vehicles/{id}/archive', '/start', '/accounts/{id}/disable', '/recalculate', '/agreements/{id}/cancel', '/send-otp-notification'])('warns about the verb in %s', async (path) => {
    const doc = withDefect(baseline('3.1'), (d) => (d.paths[path] = { post: { summary: 'Act', responses: { '204': { description: 'Done.' } } } }));
    expect(await findings('gds-paths-no-verbs', doc)).toEqual([['gds-paths-no-verbs', 'warn', `/paths/${path.replace(/\//g, '~1')}`]]);
  });

  it.each(['/refunds', '/password-reset', '/health-check', '/.well-known/jwks.json', '/authorize', '/registers/{id}/records', '/FHIR/R4/$process-message', '/instances/{id}/import-tasks'])('leaves the nouns and standard names in %s alone', async (path) => {
    const doc = withDefect(baseline('3.1'), (d) => (d.paths[path] = { post: { summary: 'Act', responses: { '204': { description: 'Done.' } } } }));
    expect(await findings('gds-paths-no-verbs', doc)).toEqual([]);
  });
});
