/**
 * Precision of data-item recognition on the real documents in ../shared/corpus (skipped when absent):
 * every recognition, per document, field name and item, must have a hand-checked verdict in
 * corpus-judgements.tsv, and every verdict must still match a recognition. The test prints how
 * many were checked and how many were right.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSpec } from '../../src/openapi/bundle.ts';
import { buildReference } from '../../src/openapi/reference-model.ts';
import { UserInputError } from '../../src/problems/problem.ts';
import { documentFields } from '../../src/reuse/fields.ts';
import { recogniseField } from '../../src/reuse/recognise.ts';
import { CORPUS } from './support.ts';

const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');
const present = fs.existsSync(MANIFEST);
/** The same document as the resolved YAML beside it, written as JSON: counted once. */
const SAME_AS_ANOTHER = /electronic-prescription-service-api\.resolved\.json$/;

function rootDocuments(): string[] {
  const [header, ...rows] = fs.readFileSync(MANIFEST, 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const col = (name: string) => header?.indexOf(name) ?? -1;
  return rows
    .filter((r) => r[col('role')] === 'root' && /^(openapi|swagger)/.test(r[col('spec_version')] ?? '') && !SAME_AS_ANOTHER.test(r[col('local_path')] ?? ''))
    .map((r) => (r[col('local_path')] ?? '').replace(/^specs\//, ''));
}

function judgements(): Map<string, { verdict: string; note: string }> {
  const lines = fs.readFileSync(path.join(import.meta.dirname, 'corpus-judgements.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const out = new Map<string, { verdict: string; note: string }>();
  for (const line of lines.slice(1)) {
    const [document = '', field = '', item = '', verdict = '', note = ''] = line.split('\t');
    out.set(`${document}\t${field}\t${item}`, { verdict, note });
  }
  return out;
}

describe.skipIf(!present)('data-item recognition on the corpus', () => {
  it('has a hand-checked verdict for every recognition', async () => {
    const found = new Map<string, number>();
    for (const document of rootDocuments()) {
      const file = path.join(CORPUS, 'specs', document);
      let bundled;
      try {
        bundled = await bundleSpec(path.basename(file), path.dirname(file));
      } catch (e) {
        expect(e).toBeInstanceOf(UserInputError);
        continue;
      }
      const model = buildReference(bundled.document, { entryId: 'corpus', baseUrl: '/entries/corpus/reference/', family: bundled.family, converted: bundled.converted });
      for (const field of documentFields(model, bundled.document)) {
        for (const r of recogniseField(field.facts)) {
          const key = `${document}\t${field.facts.name}\t${r.item.id}`;
          found.set(key, (found.get(key) ?? 0) + 1);
        }
      }
    }
    const judged = judgements();
    expect([...found.keys()].filter((k) => !judged.has(k)), 'recognitions without a verdict: check them and add them to corpus-judgements.tsv').toEqual([]);
    expect([...judged.keys()].filter((k) => !found.has(k)), 'verdicts for recognitions that no longer happen: remove them').toEqual([]);
    expect([...judged.values()].filter((j) => j.verdict !== 'right' && j.verdict !== 'wrong')).toEqual([]);

    const right = [...found].filter(([k]) => judged.get(k)?.verdict === 'right');
    const occurrences = [...found.values()].reduce((a, b) => a + b, 0);
    const rightOccurrences = right.reduce((a, [, n]) => a + n, 0);
    console.log(
      `data-item precision on the corpus: ${right.length} of ${found.size} distinct recognitions right (${((100 * right.length) / found.size).toFixed(1)}%), ` +
        `${rightOccurrences} of ${occurrences} field occurrences (${((100 * rightOccurrences) / occurrences).toFixed(1)}%)`,
    );
  }, 300_000);

  it('finds no data item in the corpus’s look-alike fields', async () => {
    const lookAlikes = new Set(['email_reply_to_id', 'volume_email', 'phone_number_verified', 'email_verified', 'send_payer_email_to_gateway', 'send_payer_ip_address_to_gateway', 'company_number', 'vat_number', 'email_collection_mode', 'takes_payments_over_phone']);
    const hits: string[] = [];
    for (const document of ['alphagov__pay-connector/openapi/connector_spec.yaml', 'GSA__notifications-api/docs/openapi.yml', 'alphagov__notifications-tech-docs/openapi/publicapi_spec.json']) {
      const file = path.join(CORPUS, 'specs', document);
      const bundled = await bundleSpec(path.basename(file), path.dirname(file));
      const model = buildReference(bundled.document, { entryId: 'corpus', baseUrl: '/entries/corpus/reference/' });
      const fields = documentFields(model, bundled.document).filter((f) => lookAlikes.has(f.facts.name));
      expect(fields.length).toBeGreaterThan(0);
      for (const f of fields) for (const r of recogniseField(f.facts)) hits.push(`${document} ${f.field}: ${r.item.id}`);
    }
    expect(hits).toEqual([]);
  }, 120_000);
});
