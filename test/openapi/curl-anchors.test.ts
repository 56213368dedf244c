import { describe, expect, it } from 'vitest';
import { AnchorRegistry, LinkRegistry, slugify } from '../../src/openapi/anchors.ts';
import { buildCurl, shellQuote } from '../../src/openapi/curl.ts';

describe('slugify and anchors', () => {
  it('makes readable, stable ids', () => {
    expect(slugify('getPetById')).toBe('get-pet-by-id');
    expect(slugify('GET /pets/{petId}/photos')).toBe('get-pets-pet-id-photos');
    expect(slugify('HTTPServerError')).toBe('http-server-error');
    expect(slugify('Café au lait')).toBe('cafe-au-lait');
    expect(slugify('<script>')).toBe('script');
    expect(slugify('***')).toBe('');
  });

  it('never repeats an id and keeps page ids free', () => {
    const anchors = new AnchorRegistry();
    expect(anchors.claim('listPets', 'operation')).toBe('list-pets');
    expect(anchors.claim('list_pets', 'operation')).toBe('list-pets-2');
    expect(anchors.claim('overview', 'operation')).toBe('overview-2');
    expect(anchors.claim('!!!', 'operation')).toBe('operation');
  });

  it('sets hrefs relative to the page showing the link', () => {
    const links = new LinkRegistry();
    const same = links.make('Pet', 'schema-pet', 'get-pet');
    const other = links.make('Pet', 'schema-pet', 'list-pets');
    const pages: Record<string, string> = { 'schema-pet': '/r/schemas/', 'get-pet': '/r/schemas/', 'list-pets': '/r/pets/' };
    links.resolve((a) => pages[a]);
    expect(same.href).toBe('#schema-pet');
    expect(other.href).toBe('/r/schemas/#schema-pet');
  });
});

describe('buildCurl', () => {
  it('quotes everything from the document for the shell', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    const curl = buildCurl({
      method: 'post',
      baseUrl: 'https://api.example.gov.uk/$(rm -rf ~)',
      path: '/items/{id}',
      parameters: [
        { name: 'id', location: 'path', required: true, example: 'a b' },
        { name: 'q', location: 'query', required: true, example: '`whoami`' },
        { name: 'X-Trace', location: 'header', required: true, example: "'; echo pwned" },
      ],
      body: { mediaType: 'application/json', example: { note: "it's $HOME" } },
      auth: [{ kind: 'header', name: 'X-"Key"', variable: 'API_KEY' }],
    });
    expect(curl).toBe(
      [
        'curl --request POST "https://api.example.gov.uk/\\$(rm -rf ~)/items/a%20b?q=%60whoami%60"',
        `--header 'X-Trace: '\\''; echo pwned'`,
        '--header "X-\\"Key\\": $API_KEY"',
        "--header 'Content-Type: application/json'",
        `--data '{"note":"it'\\''s $HOME"}'`,
      ].join(' \\\n  '),
    );
  });

  it('uses placeholders, form fields and files', () => {
    const curl = buildCurl({
      method: 'put',
      baseUrl: '',
      path: '/files/{name}',
      parameters: [{ name: 'name', location: 'path', required: true }],
      body: { mediaType: 'multipart/form-data', example: { file: '<binary data>', title: 'Report' } },
      auth: [{ kind: 'basic' }],
    });
    expect(curl).toBe(['curl --request PUT "https://<host>/files/<name>"', '--user "$USERNAME:$PASSWORD"', "--form 'file=@<file>'", "--form 'title=Report'"].join(' \\\n  '));
  });
});
