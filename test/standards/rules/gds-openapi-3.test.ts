import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline } from '../fixtures/mutate.ts';

const ID = 'gds-openapi-3';

describe(ID, () => {
  it.each(['3.0', '3.1'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns once about a Swagger 2.0 document, on its swagger field', async () => {
    expect(await findings(ID, baseline('2.0'))).toEqual([[ID, 'warn', '/swagger']]);
  });

  it('says which version the document uses and which to use', async () => {
    expect(await messages('gds-openapi-3', baseline('2.0'))).toEqual([
      "The document uses Swagger 2.0 (`swagger: '2.0'`): describe the API in OpenAPI 3, the version the Open Standards Board recommends.",
    ]);
  });
});
