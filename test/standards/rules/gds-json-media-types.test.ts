import { describe, expect, it } from 'vitest';
import { findings, lintSource, messages } from '../fixtures/findings.ts';
import { baseline, withDefect, type Doc } from '../fixtures/mutate.ts';

const ID = 'gds-json-media-types';
const listResponse = (d: Doc) => d.paths['/vehicles'].get.responses['200'];

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it('warns about a response that offers XML only', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const content = listResponse(d).content;
      content['application/xml'] = content['application/json'];
      delete content['application/json'];
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/responses/200/content']]);
    expect((await messages(ID, doc))[0]).toContain('`application/xml`');
  });

  it('warns about a wildcard media type', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      const content = listResponse(d).content;
      content['*/*'] = content['application/json'];
      delete content['application/json'];
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/responses/200/content']]);
    expect((await messages(ID, doc))[0]).toContain('name `application/json`');
  });

  it('warns about a request body that does not accept JSON', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const content = d.paths['/vehicles'].post.requestBody.content;
      content['text/csv'] = { schema: { type: 'string' } };
      delete content['application/json'];
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/requestBody/content']]);
  });

  it('accepts CSV next to JSON, file downloads and multipart uploads', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      listResponse(d).content['text/csv; charset=utf-8'] = { schema: { type: 'string' } };
      d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content = { 'application/pdf': { schema: { type: 'string', format: 'binary' } } };
      d.paths['/vehicles'].post.requestBody.content = { 'multipart/form-data': { schema: { type: 'object' } } };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('checks Swagger 2.0 produces and consumes', async () => {
    const doc = withDefect(baseline('2.0'), (d) => {
      d.produces = ['application/xml'];
      d.paths['/vehicles'].post.consumes = ['text/plain'];
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'warn', '/paths/~1vehicles/post/consumes'],
      [ID, 'warn', '/produces'],
    ]);
  });

  it('reports a framework default such as springdoc\'s wildcard once, covering every body that has it', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      const star = (media: Record<string, unknown>) => ({ '*/*': Object.values(media)[0] });
      d.paths['/vehicles'].get.responses['200'].content = star(d.paths['/vehicles'].get.responses['200'].content);
      d.paths['/vehicles'].post.responses['201'].content = star(d.paths['/vehicles'].post.responses['201'].content);
      d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content = star(d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content);
    });
    const found = await lintSource(doc, { only: ['gds-json-media-types'] });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('Response `content` offers only `*/*`: name `application/json` (or a `+json` type) so clients know they get JSON.');
    expect(found[0]!.covers?.map((c) => c.where)).toEqual(['POST /vehicles', 'GET /vehicles/{registrationNumber}']);
  });
});
