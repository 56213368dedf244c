/**
 * Everything the reuse pages show, built once per build from the checked catalogue (the pipeline
 * puts it in the site model): the capability index, the similar entries of every entry, the data
 * item pages, the consumers, the reuse report and the catalogue's version. Pages take this model;
 * they never compute it.
 */
import type { Catalogue } from '../catalogue/load.ts';
import { buildCapabilityIndex, type CapabilityIndex, type EntryCapabilities, type Evidence, type OperationRef } from './capability-index.ts';
import { catalogueVersion, type CatalogueVersion } from './catalogue-version.ts';
import { buildConsumers, type ConsumersModel } from './consumers.ts';
import { DATA_ITEMS, type DataItem } from './data-items.ts';
import { allSimilarEntries, type SimilarEntry } from './duplicates.ts';
import { buildReuseReport, type EntryRef, type ReuseReport } from './report.ts';
import { SimilarityModel } from './similarity.ts';
import { catalogueViews, indexSources } from './sources.ts';

export interface DataItemCarrier {
  entry: EntryRef & { kind: EntryCapabilities['kind']; status: EntryCapabilities['status'] };
  /** Operations that take the item in a request, and that return it. */
  accepts: OperationRef[];
  returns: OperationRef[];
  /** Schemas that define it without an operation using it. */
  definedIn: { name: string; href: string }[];
  evidence: Evidence[];
}

export interface DataItemPage {
  item: DataItem;
  carriers: DataItemCarrier[];
  organisations: string[];
  /** Operations across the catalogue that accept or return it. */
  operations: number;
}

export interface ReuseModel {
  index: CapabilityIndex;
  similarity: SimilarityModel;
  /** Similar entries of every entry, with duplicates flagged. */
  similar: Map<string, SimilarEntry[]>;
  dataItems: DataItemPage[];
  consumers: ConsumersModel;
  report: ReuseReport;
  version: CatalogueVersion;
  /** Milliseconds the reuse model took on top of the reference models. */
  buildMs: number;
}

const opKey = (op: OperationRef) => `${op.spec}#${op.anchor}`;
function uniqueOperations(evidence: readonly Evidence[]): OperationRef[] {
  return [...new Map(evidence.flatMap((e) => (e.operation ? [[opKey(e.operation), e.operation] as const] : []))).values()];
}

function dataItemPages(index: CapabilityIndex): DataItemPage[] {
  return DATA_ITEMS.map((item) => {
    const carriers: DataItemCarrier[] = index.entries.flatMap((e) => {
      const found = e.dataItems.find((d) => d.id === item.id);
      if (!found) return [];
      const accepts = uniqueOperations(found.evidence.filter((ev) => ev.direction === 'accepts'));
      const returns = uniqueOperations(found.evidence.filter((ev) => ev.direction === 'returns'));
      const used = new Set([...accepts, ...returns].map((op) => op.href));
      const definedIn = found.evidence.some((ev) => ev.direction !== 'defines')
        ? []
        : [...new Map(found.evidence.flatMap((ev) => (ev.schema ? [[ev.schema.href, ev.schema] as const] : []))).values()];
      return [{
        entry: { id: e.id, name: e.name, organisation: e.organisation, organisationName: e.organisationName, kind: e.kind, status: e.status },
        accepts,
        returns,
        definedIn: used.size ? [] : definedIn,
        evidence: found.evidence,
      }];
    });
    const operations = new Set(carriers.flatMap((c) => [...c.accepts, ...c.returns].map((op) => `${c.entry.id}|${opKey(op)}`))).size;
    return { item, carriers, organisations: [...new Set(carriers.map((c) => c.entry.organisation))], operations };
  });
}

export async function buildReuseModel(catalogue: Catalogue, now: Date = new Date()): Promise<ReuseModel> {
  const views = catalogueViews(catalogue);
  const sources = await indexSources(views);
  const started = performance.now();
  const index = buildCapabilityIndex(sources);
  const similarity = new SimilarityModel(index.entries, { topicNames: new Map(catalogue.topics.map((t) => [t.id, t.name])) });
  const consumers = buildConsumers(views.map((v) => ({ entry: v.entry, organisationName: v.organisation.name })));
  const model: ReuseModel = {
    index,
    similarity,
    similar: allSimilarEntries(similarity),
    dataItems: dataItemPages(index),
    consumers,
    report: buildReuseReport(index, similarity, consumers),
    version: catalogueVersion(
      [catalogue.entries.map((l) => l.entry), catalogue.organisations.map((o) => o.organisation), catalogue.topics, sources.map((s) => s.documents.map((d) => d.original))],
      now,
    ),
    buildMs: 0,
  };
  model.buildMs = Math.round(performance.now() - started);
  return model;
}
