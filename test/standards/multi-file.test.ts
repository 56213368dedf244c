import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessSpecs } from '../../src/standards/assess.ts';

const entry = fileURLToPath(new URL('./fixtures/multi-file/entry/', import.meta.url));
const cwd = fileURLToPath(new URL('../../', import.meta.url));

describe('a document split over several files', async () => {
  const results = await assessSpecs([{ id: 'pets', file: path.join(entry, 'openapi.yaml'), root: entry }], { cache: false, cwd });
  const r = results.get('pets')!;
  if (!r.assessable) throw new Error(r.reason);
  const rel = (f: string) => path.relative('test/standards/fixtures/multi-file/entry', f);

  it('reads every referenced file, entry document first, paths relative to the working directory', () => {
    expect(r.files.map(rel)).toEqual(['openapi.yaml', 'paths/pets.yaml', 'schemas/pet.yaml', 'schemas/security.yaml']);
  });

  it('locates findings in the file they are in', () => {
    const https = r.findings.filter((f) => f.rule === 'gds-https-only');
    expect(https.map((f) => [rel(f.file), f.pointer, f.line, f.column])).toEqual(
      expect.arrayContaining([
        ['paths/pets.yaml', '/servers/0/url', 2, 10],
        ['schemas/security.yaml', '/oauth/flows/clientCredentials/tokenUrl', 7, 17],
      ]),
    );
  });

  it('applies an exemption written in a referenced file', () => {
    const token = r.findings.find((f) => f.pointer.endsWith('tokenUrl'));
    expect(token?.exempt).toEqual({ reason: 'The legacy token endpoint is retired on 1 March and is listed for existing clients only.', pointer: '/oauth' });
    const server = r.findings.find((f) => f.rule === 'gds-https-only' && f.pointer === '/servers/0/url');
    expect(server?.exempt).toBeUndefined();
    expect(r.counts.exempt).toBeGreaterThanOrEqual(1);
  });
});
