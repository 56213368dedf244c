import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-utf8-charset';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('fails a charset other than UTF-8', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const content = d.paths['/vehicles'].get.responses['200'].content;
      content['application/json; charset=ISO-8859-1'] = content['application/json'];
      delete content['application/json'];
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/paths/~1vehicles/get/responses/200/content/application~1json; charset=ISO-8859-1']]);
    expect((await messages(ID, doc))[0]).toContain('`charset=ISO-8859-1`');
  });

  it('warns about text without a charset and accepts utf-8 in any spelling', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      const content = d.paths['/vehicles'].get.responses['200'].content;
      content['text/csv'] = { schema: { type: 'string' } };
      content['text/plain; charset="UTF-8"'] = { schema: { type: 'string' } };
      d.paths['/vehicles'].post.requestBody.content['application/xml; charset=utf8'] = { schema: { type: 'string' } };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/responses/200/content/text~1csv']]);
  });

  it('leaves a response header\'s `content` alone: a header is not a body', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.responses.TooManyRequests.headers['Retry-After'] = { description: 'Seconds to wait.', content: { 'text/plain': { schema: { type: 'string' } } } };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('leaves a parameter\'s `content` alone: a parameter is not a body', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.paths['/vehicles'].get.parameters.push({ name: 'filter', in: 'query', description: 'A filter.', content: { 'text/plain': { schema: { type: 'string' } } } });
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('checks request body content', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles'].post.requestBody.content['text/csv'] = { schema: { type: 'string' } };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/requestBody/content/text~1csv']]);
  });

  it('checks Swagger 2.0 produces and consumes', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.produces = ['application/json; charset=windows-1252', 'application/problem+json'];
      d.paths['/vehicles'].post.consumes = ['text/plain'];
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/paths/~1vehicles/post/consumes/0'],
      [ID, 'error', '/produces/0'],
    ]);
  });
});
