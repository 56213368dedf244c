import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-oauth2';
const scheme = '/components/securitySchemes/oauth2';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['implicit', 'password'])('fails the %s flow', async (flow) => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.securitySchemes.oauth2.flows[flow] = {
        ...(flow === 'implicit' ? { authorizationUrl: 'https://vehicle-records.api.gov.uk/oauth2/authorize' } : { tokenUrl: 'https://vehicle-records.api.gov.uk/oauth2/token' }),
        scopes: { 'vehicles:read': 'Read vehicle records.' },
      };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', `${scheme}/flows/${flow}`]]);
    expect((await messages(ID, doc))[0]).toContain('clientCredentials');
  });

  it('accepts the authorisation code flow and OpenID Connect', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.components.securitySchemes.oauth2.flows.authorizationCode = {
        authorizationUrl: 'https://vehicle-records.api.gov.uk/oauth2/authorize',
        tokenUrl: 'https://vehicle-records.api.gov.uk/oauth2/token',
        scopes: { 'vehicles:read': 'Read vehicle records.' },
      };
      d.components.securitySchemes.oidc = { type: 'openIdConnect', openIdConnectUrl: 'https://vehicle-records.api.gov.uk/.well-known/openid-configuration' };
      d.paths['/vehicles'].get.security = [{ oidc: [] }];
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('warns about a scope without a description', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.securitySchemes.oauth2.flows.clientCredentials.scopes['vehicles:read'] = '';
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', `${scheme}/flows/clientCredentials/scopes/vehicles:read`]]);
  });

  it('warns about an OAuth requirement without scopes and about an undefined scope', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.security = [{ oauth2: [] }];
      d.paths['/vehicles'].post.security = [{ oauth2: ['vehicles:delete'] }];
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/paths/~1vehicles/post/security/0/oauth2/0'],
      [ID, 'warn', '/security/0/oauth2'],
    ]);
  });

  it('checks Swagger 2.0 flows and scopes', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.securityDefinitions.oauth2.flow = 'password';
      d.securityDefinitions.oauth2.scopes['vehicles:write'] = '';
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'error', '/securityDefinitions/oauth2/flow'],
      [ID, 'warn', '/securityDefinitions/oauth2/scopes/vehicles:write'],
    ]);
  });

  it('names the scope and the scheme of an undefined scope', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.paths['/vehicles'].post.security = [{ oauth2: ['vehicles:delete'] }]));
    expect(await messages(ID, doc)).toEqual([
      'Scope `vehicles:delete` is not defined in security scheme `oauth2`: add it to the scheme\'s `scopes`, or correct the name.',
    ]);
  });
});
