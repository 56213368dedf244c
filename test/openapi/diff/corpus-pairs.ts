/** The real documents of ../shared/corpus used by the corpus test and the diff benchmark. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `../shared/corpus` beside the repository (as in CI), or the folder named by `SPEC_CORPUS`. */
export const CORPUS = process.env['SPEC_CORPUS'] ?? path.resolve(import.meta.dirname, '../../../../shared/corpus');
export const corpusPresent = fs.existsSync(path.join(CORPUS, 'MANIFEST.tsv'));

export interface CorpusSpec {
  file: string;
  bytes: number;
}

/** Root OpenAPI/Swagger documents, largest first. */
export function corpusRoots(): CorpusSpec[] {
  if (!corpusPresent) return [];
  const [header, ...lines] = fs.readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const col = (name: string) => header?.indexOf(name) ?? -1;
  return lines
    .filter((r) => r[col('role')] === 'root' && /^(openapi|swagger)/.test(r[col('spec_version')] ?? ''))
    .map((r) => ({ file: path.join(CORPUS, r[col('local_path')] ?? ''), bytes: Number(r[col('bytes')]) }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** Two versions of one API published side by side. */
export const CORPUS_PAIRS = [
  { name: 'GOV.UK Pay public API: Swagger 2.0 → OpenAPI 3.0', before: 'specs/alphagov__pay-publicapi/swagger/swagger.json', after: 'specs/alphagov__pay-publicapi/openapi/publicapi_spec.json' },
  {
    name: 'NHS EPS: the resolved YAML → the resolved JSON',
    before: 'specs/NHSDigital__electronic-prescription-service-api/packages/specification/speccy/electronic-prescription-service-api.resolved.yaml',
    after: 'specs/NHSDigital__electronic-prescription-service-api/packages/specification/speccy/electronic-prescription-service-api.resolved.json',
  },
] as const;
