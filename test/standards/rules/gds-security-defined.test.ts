import { describe, expect, it } from 'vitest';
import { findings, lintSource, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-security-defined';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '2.0'] as const)('reports operations without a security decision as one root cause (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.security);
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get']]);
    const [finding] = await lintSource(doc, { only: [ID] });
    expect(finding?.covers?.map((c) => c.where)).toEqual(['GET /vehicles/{registrationNumber}']);
  });

  it('gives one finding for a missing root security over 30 operations, listing them, and counts one error', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      delete d.security;
      delete d.paths['/vehicles'].post.security;
      for (let i = 1; i <= 27; i++) d.paths[`/fleets/${i}`] = { get: { ...d.paths['/vehicles/{registrationNumber}'].get, operationId: `getFleet${i}`, parameters: [] } };
    });
    const found = await lintSource(doc, { only: [ID] });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      '30 operations (`GET /vehicles`, `POST /vehicles`, `GET /vehicles/{registrationNumber}`, `GET /fleets/1`, `GET /fleets/2` and 25 more) have no `security`, and the document has no root `security`: add a root `security` requirement that covers them all, and override it on operations that differ (`security: []` marks an operation as open to anyone).',
    );
    expect(found[0]!.covers).toHaveLength(29);
    expect(found[0]!.group).toBe('gds-security-defined:no-security');
  });

  it('accepts security: [] as a decision to allow anonymous access', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      delete d.security;
      d.paths['/vehicles'].get.security = [];
      d.paths['/vehicles/{registrationNumber}'].get.security = [];
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('fails a requirement that names an undefined scheme', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].post.security = [{ apiKey: [] }];
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/post/security/0/apiKey']]);
  });

  it('says which operation has no security, and which scheme is not defined', async () => {
    const open = withDefect(baseline('3.0'), (d) => {
      delete d.security;
      d.paths['/vehicles/{registrationNumber}'].get.security = [];
    });
    expect(await messages(ID, open)).toEqual([
      '`GET /vehicles` has no `security`, and the document has no root `security`: state how clients authenticate, on the operation or at the root (`security: []` marks an operation as open to anyone).',
    ]);
    const undefinedScheme = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles'].post.security = [{ apiKey: [] }]));
    expect(await messages(ID, undefinedScheme)).toEqual(['Security scheme `apiKey` is not defined in `components.securitySchemes`: define it there, or correct the name.']);
  });
});
