/** Report facts built by hand, for tests of rendering, the verdict and posting. */
import type { DocumentReport, EntryReport, PrReport } from '../../src/pr-report/model.ts';
import { withVerdict } from '../../src/pr-report/policy.ts';

export const BASE_SHA = '1'.repeat(40);
export const HEAD_SHA = '2'.repeat(40);

export function doc(id: string, over: Partial<DocumentReport> = {}): DocumentReport {
  return {
    file: `catalogue/entries/${id}/openapi.yaml`,
    change: 'changed',
    level: { before: 'baseline', after: 'baseline' },
    score: { before: 90, after: 90 },
    version: { before: '1.0.0', after: '1.0.0' },
    newVersion: false,
    changes: { total: 0, items: [] },
    breaking: 0,
    newFindings: { total: 0, items: [] },
    fixedFindings: { total: 0, items: [] },
    ...over,
  };
}

export function entry(id: string, over: Partial<EntryReport> = {}): EntryReport {
  return {
    id,
    name: `The ${id}`,
    kind: 'api',
    organisation: 'government-digital-service',
    change: 'changed',
    status: { before: 'live', after: 'live' },
    files: { total: 1, items: [`catalogue/entries/${id}/openapi.yaml`] },
    level: { before: 'baseline', after: 'baseline' },
    score: { before: 90, after: 90 },
    conformance: { minimumLevel: 'baseline', meetsMinimum: true, held: true, waiver: { state: 'none' } },
    documents: [doc(id)],
    newProblems: { total: 0, items: [] },
    ...over,
  };
}

export function report(entries: EntryReport[], over: Partial<Omit<PrReport, 'failures'>> = {}): PrReport {
  return withVerdict({
    schema: 'gov-api-catalogue/pr-report@1',
    base: { ref: 'main', commit: BASE_SHA },
    head: { ref: 'pull request #5 merged into main', commit: HEAD_SHA },
    pullRequest: { number: 5 },
    today: '2026-12-01',
    minimumLevel: 'baseline',
    entries,
    otherProblems: { total: 0, items: [] },
    errorsAlreadyOnBase: 0,
    ...over,
  });
}

/** A removed operation in a live API. */
export const breakingChange = {
  kind: 'operation-removed',
  group: 'breaking',
  breaking: true,
  where: 'POST /v2/notifications/sms',
  message: 'Removed the operation `POST /v2/notifications/sms`: clients calling it will get errors.',
} as const;
