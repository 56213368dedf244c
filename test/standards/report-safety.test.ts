/**
 * The report formats print a document's own text (paths, names, exemption reasons): a hostile
 * document cannot put an escape sequence, a line break or a forged annotation into the terminal or
 * the CI log through them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessSpecs } from '../../src/standards/assess.ts';
import { formatReport } from '../../src/standards/report/index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'report-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A path and a tag with escape sequences and a line break that starts a fake annotation, and an
// exemption whose reason carries a right-to-left override.
const doc = `openapi: 3.0.3
info:
  title: Hostile
  version: 1.0.0
  description: "Forged \\e[2K\\r\\n::error file=README.md::all good"
servers:
  - url: https://api.example.gov.uk/v1
paths:
  "/Things\\e[31m\\n::error::forged":
    get:
      operationId: getThings
      x-gds-ignore:
        gds-operation-documented: "Reason \\u202Ewith an override"
      responses:
        "200":
          description: OK
`;

describe('report formats on a hostile document', async () => {
  const file = path.join(dir, 'openapi.yaml');
  writeFileSync(file, doc);
  const results = await assessSpecs([{ id: 'x', file, root: dir }], { cache: false });
  const report = { results: [...results.values()], inputProblems: [] };

  it.each(['human', 'github'] as const)('%s: no control character, and every line is ours', (format) => {
    const out = formatReport(report, format);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('<U+001B>[31m<U+000A>::error::forged');
    for (const line of out.split('\n')) expect(line.startsWith('::error::') || line.startsWith('::error file=README')).toBe(false);
  });

  it('json: the text is kept, escaped by JSON itself', () => {
    const out = formatReport(report, 'json');
    expect(JSON.stringify(JSON.parse(out))).toContain('\\u001b[31m\\n::error::forged');
    expect(out.split('\n').some((l) => l.startsWith('::'))).toBe(false);
  });
});
