import { describe, expect, it } from 'vitest';
import { findings, lintSource, messages } from '../fixtures/findings.ts';
import { addCallback, baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-no-test-endpoints';

const operation = (summary: string) => ({ post: { summary, responses: { '201': { description: 'Created.' } } } });

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['/test-support/vehicles', '/smoke-tests', '/actuator/health', '/_debug/cache', '/vehicles/stubs', '/testing'])('warns about %s', async (path) => {
    const doc = withDefect(baseline('3.1'), (d) => (d.paths[path] = operation('Test support')));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', `/paths/${path.replace(/\//g, '~1')}`]]);
  });

  it('reports one finding per test segment, covering every path under it', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.paths['/test-support/vehicles'] = operation('Create test vehicles');
      d.paths['/test-support/keepers'] = operation('Create test keepers');
    });
    const found = await lintSource(doc, { only: [ID] });
    expect(found).toHaveLength(1);
    expect(found[0]!.covers?.map((c) => c.where)).toEqual(['Path `/test-support/keepers`']);
    expect(found[0]!.message).toBe(
      'Path `/test-support/vehicles` is a test, diagnostic or stub endpoint (`test-support`): remove it from the published document, and from the live API unless users need it.',
    );
  });

  it('warns about operations tagged as test support', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles'].post.tags = ['Test Support']));
    expect(await messages(ID, doc)).toEqual([
      'Operations tagged `Test Support` are test, diagnostic or stub endpoints: remove them from the published document, and from the live API unless users need them.',
    ]);
  });

  it('leaves business names that contain a test word, and callbacks, alone', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/services/{serviceId}/request-stripe-test-account'] = operation('Ask for a test account');
      d.paths['/healthcheck'] = operation('Check health');
      addCallback(d);
      d.paths['/vehicles'].post.callbacks.vehicleRegistered['{$callback_url}/test'] = d.paths['/vehicles'].post.callbacks.vehicleRegistered['{$callback_url}'];
    });
    expect(await findings(ID, doc)).toEqual([]);
  });
});
