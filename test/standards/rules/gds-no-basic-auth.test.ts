import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-no-basic-auth';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['basic', 'Basic'])('fails an http scheme `%s`', async (scheme) => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.securitySchemes.basicAuth = { type: 'http', scheme };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/components/securitySchemes/basicAuth/scheme']]);
    expect((await messages(ID, doc))[0]).toContain('encoded but not encrypted');
  });

  it('accepts bearer tokens', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.components.securitySchemes.bearer = { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('fails Swagger 2.0 basic authentication', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.securityDefinitions.basicAuth = { type: 'basic' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/securityDefinitions/basicAuth/type']]);
  });
});
