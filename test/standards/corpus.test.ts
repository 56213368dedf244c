/**
 * Every real root document in ../shared/corpus gets a level or a clear "not assessable" result,
 * none crashes, and each is done within 10 s. Skipped when the corpus is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessSpecs } from '../../src/standards/assess.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const corpus = path.resolve(repo, '../shared/corpus');
const manifest = path.join(corpus, 'MANIFEST.tsv');

describe.skipIf(!existsSync(manifest))('the shared corpus of real OpenAPI documents', () => {
  it('assesses every root document: a level or a clear reason, each within 10 s', { timeout: 300_000 }, async () => {
    const rows = readFileSync(manifest, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split('\t'));
    const header = readFileSync(manifest, 'utf8').split('\n')[0]!.split('\t');
    const col = (name: string) => header.indexOf(name);
    const roots = rows.filter((r) => r[col('role')] === 'root').map((r) => r[col('local_path')]!);
    expect(roots.length).toBeGreaterThan(30);

    const items = roots.map((p) => ({ id: p, file: path.join(corpus, p), root: path.join(corpus, p.split('/').slice(0, 2).join('/')) }));
    // Each document gets at most 10 s in its worker; one that takes longer ends as a timeout and fails below.
    const results = await assessSpecs(items, { cache: false, limits: { timeoutMs: 10_000 } });

    const assessed = [...results.values()].filter((r) => r.assessable);
    for (const [id, r] of results) {
      if (r.assessable) {
        expect(['baseline', 'silver', 'gold', 'none'], id).toContain(r.level);
        expect(r.score, id).toBeGreaterThanOrEqual(0);
        for (const f of r.findings) expect(f.line, `${id} ${f.rule} ${f.pointer}`).toBeGreaterThanOrEqual(1);
      } else {
        // Only real input problems may be "not assessable", never a crash or a timeout.
        expect(['yaml-syntax', 'not-openapi', 'unsupported-version', 'too-large', 'too-deep'], `${id}: ${r.problem.message}`).toContain(r.code);
        expect(r.problem.hint, id).toBeTruthy();
      }
    }
    // HMRC push-pull notifications is valid YAML 1.2 that Redocly's own parser rejects: we assess it.
    expect(results.get('specs/hmrc__push-pull-notifications-api/resources/public/api/conf/1.0/application.yaml')?.assessable).toBe(true);
    // GOV.UK content store's is not valid YAML: not assessable, located at its opening quote.
    const store = results.get('specs/alphagov__content-store/openapi.yaml');
    expect(store).toMatchObject({ assessable: false, code: 'yaml-syntax', problem: { line: 289, column: 24 } });
    // The NHS demographics spec spans dozens of files through relative $refs.
    const pds = results.get('specs/NHSDigital__personal-demographics-service-api/specification/personal-demographics.yaml');
    expect(pds?.assessable && pds.files.length).toBeGreaterThan(10);
    expect(assessed.length).toBeGreaterThanOrEqual(roots.length - 2);
  });
});
