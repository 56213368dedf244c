/**
 * Calibrates the duplicate threshold (docs/adr/0010-reuse-index.md): prints the similarity of
 * every pair of real catalogue entries (none of which duplicates another), of deliberate near-copies
 * added as new entries, and of real published documents (../shared/corpus) written by other hands
 * for APIs the catalogue already describes, each set as an unlisted new entry.
 *
 *   npm run calibrate:reuse
 */
import '../../src/pipeline/safe-process.ts';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCapabilityIndex } from '../../src/reuse/capability-index.ts';
import { SimilarityModel, type Comparison } from '../../src/reuse/similarity.ts';
import { declaredRelation, DUPLICATE_THRESHOLD } from '../../src/reuse/duplicates.ts';
import { notifyNearCopy, writeNearCopy } from './near-copy.ts';
import { catalogueSources, CORPUS as CORPUS_ROOT, documentSource, ROOT } from './support.ts';

const CORPUS = path.join(CORPUS_ROOT, 'specs');

/** Real published documents and the catalogue entries that describe the same API (the first is the one with an OpenAPI document). */
export const CORPUS_TWINS: [string, string | string[]][] = [
  ['alphagov__notifications-tech-docs/openapi/publicapi_spec.json', 'govuk-notify-api'],
  ['GSA__notifications-api/docs/openapi.yml', 'govuk-notify-api'],
  ['alphagov__pay-publicapi/openapi/publicapi_spec.json', 'govuk-pay-api'],
  ['alphagov__pay-publicapi/swagger/swagger.json', 'govuk-pay-api'],
  ['NHSDigital__personal-demographics-service-api/specification/personal-demographics.yaml', 'nhs-pds-fhir-api'],
  ['NHSDigital__NRLF/api/producer/swagger.yaml', 'nhs-nrl-api'],
  ['hmrc__vat-api/resources/public/api/conf/1.0/application.yaml', 'hmrc-vat-mtd-api'],
  ['hmrc__common-transit-convention-traders/resources/public/api/conf/3.0/application.yaml', 'hmrc-ctc-traders-api'],
  // Listed twice: the entry with a document and the one imported from api.gov.uk.
  ['hmrc__push-pull-notifications-api/resources/public/api/conf/1.0/application.yaml', ['hmrc-push-pull-notifications-api', 'push-pull-notifications']],
  ['hmrc__obligations-api/resources/public/api/conf/3.0/application.yaml', 'hmrc-obligations-api'],
  ['DFE-Digital__publish-teacher-training/swagger/public_v1/api_spec.json', 'dfe-publish-teacher-training-api'],
  ['ONSdigital__dp-dataset-api/swagger.yaml', 'ons-api'],
  ['dwp__ms-identity-status/api-spec/openapi-spec-v1.yaml', 'dwp-identity-status-api'],
  ['LandRegistry__dm-deed-api/application/deed/schemas/deed-api.json', 'hmlr-digital-mortgage-deed-api'],
  ['UKHomeOffice__callisto-timecard-restapi/src/main/resources/openapi.yaml', 'home-office-callisto-timecard-api'],
  ['alphagov__verify-service-provider/docs/api/verify-service-provider-api.swagger.yml', 'verify-service-provider'],
  ['NHSDigital__electronic-prescription-service-api/packages/specification/speccy/electronic-prescription-service-api.resolved.yaml', 'nhs-eps-fhir-api'],
];

/** Copies the catalogue and adds the deliberate near-copies as new entries. */
export function catalogueWithNearCopies(): { dir: string; copies: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reuse-calibrate-'));
  fs.cpSync(path.join(ROOT, 'catalogue'), dir, { recursive: true });
  const source = path.join(ROOT, 'catalogue');
  notifyNearCopy(source, dir);
  writeNearCopy({
    from: path.join(source, 'entries', 'govuk-notify-api'), into: dir, id: 'notify-sending-subset', name: 'Text and email sender',
    organisation: 'home-office', summary: 'Send a text message or an email from a template and check on it later.',
    description: 'A small sending service for caseworking teams.', topics: ['notifications'],
    paths: [[/^\/v2\//, '/v1/']], drop: [/letter/, /template/, /received/], title: 'Sender', documentDescription: 'Sends texts and emails.', host: 'https://sender.homeoffice.gov.uk',
  });
  writeNearCopy({
    from: path.join(source, 'entries', 'govuk-pay-api'), into: dir, id: 'council-card-payments-api', name: 'Council card payments API',
    organisation: 'department-for-transport', summary: 'Take card payments from the public, refund them and see what was paid.',
    description: 'A payments service that our teams call to create a payment, send the payer to a card page, then check the result and refund it.',
    topics: ['payments'], paths: [[/^\/v1\/payments/, '/api/v2/card-payments']], camelCase: true,
    title: 'Card payments', documentDescription: 'Create, check and refund card payments.', host: 'https://card-payments.dft.gov.uk',
  });
  return { dir, copies: { 'dwp-citizen-messaging-api': 'govuk-notify-api', 'notify-sending-subset': 'govuk-notify-api', 'council-card-payments-api': 'govuk-pay-api' } };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const fmt = (n: number) => n.toFixed(3);
const line = (c: Comparison) => `${fmt(c.score)}  ${c.a} ~ ${c.b}  [${Object.entries(c.components).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}]`;

async function main(): Promise<void> {
  const real = await catalogueSources(path.join(ROOT, 'catalogue'));
  const realModel = new SimilarityModel(buildCapabilityIndex(real).entries);
  const pairs = realModel.pairs().sort((a, b) => b.score - a.score);
  const scores = pairs.map((p) => p.score).sort((a, b) => a - b);
  console.log(`Real catalogue: ${real.length} entries, ${pairs.length} pairs`);
  console.log(`  median ${fmt(percentile(scores, 0.5))}, 90th ${fmt(percentile(scores, 0.9))}, 99th ${fmt(percentile(scores, 0.99))}, max ${fmt(scores[scores.length - 1] ?? 0)}`);
  const buckets = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
  console.log(`  histogram: ${buckets.map((b, i) => `${b.toFixed(1)}–${(buckets[i + 1] ?? 1).toFixed(1)}: ${scores.filter((s) => s >= b && s < (buckets[i + 1] ?? 1.01)).length}`).join(', ')}`);
  console.log('  highest pairs:');
  for (const p of pairs.slice(0, 12)) console.log(`    ${line(p)}`);
  const undeclared = pairs.filter((p) => !declaredRelation(realModel, p.a, p.b));
  const onDocuments = undeclared.filter((p) => p.components.operations !== undefined);
  console.log(`  compared on their documents, no declared relation (${onDocuments.length} pairs), highest:`);
  for (const p of onDocuments.slice(0, 8)) console.log(`    ${line(p)}`);
  const wordsOnly = undeclared.filter((p) => p.components.operations === undefined);
  console.log(`  compared on words only (an entry without a document), no declared relation (${wordsOnly.length} pairs), at or over the threshold:`);
  for (const p of wordsOnly.filter((q) => q.score >= DUPLICATE_THRESHOLD)) console.log(`    ${line(p)}${p.namesNest ? '  names nest: flagged' : ''}`);

  const { dir, copies } = catalogueWithNearCopies();
  try {
    const withCopies = await catalogueSources(dir);
    const model = new SimilarityModel(buildCapabilityIndex(withCopies).entries);
    console.log('\nNear-copies added as new entries (top 3):');
    for (const [copy, original] of Object.entries(copies)) {
      const ranked = model.rank(copy);
      console.log(`  ${copy} (copy of ${original}): rank of original ${ranked.findIndex((c) => c.b === original) + 1}`);
      for (const c of ranked.slice(0, 3)) console.log(`    ${line(c)}`);
      console.log(`    reasons: ${ranked[0]?.reasons.join('; ')}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  if (!fs.existsSync(CORPUS)) return;
  console.log('\nReal published documents set as new entries, against the entry for the same API:');
  for (const [file, twin] of CORPUS_TWINS) {
    const source = await documentSource(path.join(CORPUS, file));
    if (!source) {
      console.log(`  ${file}: cannot be read`);
      continue;
    }
    const model = new SimilarityModel(buildCapabilityIndex([...real, source]).entries);
    const ranked = model.rank(source.entry.id);
    const twins = [twin].flat();
    const twinAt = ranked.findIndex((c) => twins.includes(c.b));
    const other = ranked.find((c) => !twins.includes(c.b));
    console.log(`  ${fmt(ranked[twinAt]?.score ?? 0)} rank ${twinAt + 1}  ${file} ~ ${ranked[twinAt]?.b}; best other ${fmt(other?.score ?? 0)} (${other?.b})`);
  }
}

if (import.meta.main) await main();
