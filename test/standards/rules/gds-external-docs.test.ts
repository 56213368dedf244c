import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-external-docs';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '2.0'] as const)('warns about missing externalDocs (%s), at the root', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.externalDocs);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/']]);
  });

  it('warns about externalDocs without a url', async () => {
    const doc = withDefect(baseline('3.1'), (d) => delete d.externalDocs.url);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/externalDocs']]);
  });

  it.each([
    ['over http', 'http://vehicle-records.api.gov.uk/docs'],
    ['relative', '/docs'],
    ['to the OpenAPI file', 'https://vehicle-records.api.gov.uk/openapi.yaml'],
  ])('warns about a url %s', async (_case, url) => {
    const doc = withDefect(baseline('3.0'), (d) => (d.externalDocs.url = url));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/externalDocs/url']]);
  });

  it('says what is missing, at the document', async () => {
    const doc = withDefect(baseline('3.1'), (d) => delete d.externalDocs);
    expect(await messages('gds-external-docs', doc)).toEqual([
      'The document has no `externalDocs`: link to the documentation written for people (guides, onboarding, support), such as `https://name-of-api.api.gov.uk/docs`.',
    ]);
  });
});
