/**
 * A fixture catalogue with a history of three commits, for the changelog, its pages and its feeds:
 *
 * 1. two live APIs are added (Vehicle Records API, Vehicle History API);
 * 2. Vehicle Records API gains an optional parameter (version 1.1.0); Vehicle History API is
 *    deprecated with a successor, and its description is edited;
 * 3. the operation `POST /vehicles` is removed from Vehicle Records API: a breaking change.
 */
import { makeTestRepo, replaceOnce, type TestRepo } from '../support/git-repo.ts';
import { baseline, catalogueSettings, entry } from '../support/fixture-entries.ts';

export const E = 'catalogue/entries';

export interface FixtureHistory {
  repo: TestRepo;
  commits: { added: string; changed: string; removed: string };
}

export function fixtureHistory(): FixtureHistory {
  const repo = makeTestRepo({
    ...catalogueSettings(),
    [`${E}/vehicle-records-api/entry.yaml`]: entry('vehicle-records-api', { name: 'Vehicle Records API', status: 'live' }),
    [`${E}/vehicle-records-api/openapi.yaml`]: baseline('3.1', 'Vehicle Records API'),
    [`${E}/vehicle-history-api/entry.yaml`]: entry('vehicle-history-api', { name: 'Vehicle History API', status: 'live' }),
    [`${E}/vehicle-history-api/openapi.yaml`]: baseline('3.0', 'Vehicle History API'),
  });
  const added = repo.commit('Add the vehicle APIs');
  const changed = repo.commit('Optional colour filter; Vehicle History API deprecated', {
    [`${E}/vehicle-records-api/openapi.yaml`]: (t) =>
      replaceOnce('  version: 1.0.0', '  version: 1.1.0')(
        replaceOnce(
          '      parameters:\n        - name: limit',
          '      parameters:\n        - name: colour\n          in: query\n          description: Only vehicles of this colour.\n          required: false\n          schema:\n            type: string\n            maxLength: 20\n          example: red\n        - name: limit',
        )(t),
      ),
    [`${E}/vehicle-history-api/entry.yaml`]: (t) =>
      replaceOnce('status: live', 'status: deprecated\nsuccessor: vehicle-records-api')(
        replaceOnce('  lastReviewed: 2026-11-23', '  lastReviewed: 2026-11-23\n  deprecated: 2026-11-23\n  retired: 2027-06-30')(
          replaceOnce('lets services work with vehicle records.', 'lets services read the history of vehicle records.')(t),
        ),
      ),
  });
  const removed = repo.commit('Remove POST /vehicles', {
    [`${E}/vehicle-records-api/openapi.yaml`]: replaceOnce(/\n {4}post:\n {6}operationId: createVehicle[\s\S]*?(?=\n {2}\/vehicles\/\{registrationNumber\}:)/, ''),
  });
  return { repo, commits: { added, changed, removed } };
}
