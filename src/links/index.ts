/**
 * `runLinkCheck`: every documentation, endpoint, contact and access URL in the catalogue, checked
 * once each (however many entries name it) with at most `concurrency` requests at a time and a
 * timeout each, into the report the build shows (report-file.ts). Retired entries are left out:
 * they were switched off and advertise no access.
 */
import { loadCatalogue } from '../catalogue/load.ts';
import type { Entry } from '../catalogue/schema.ts';
import { checkLink, type CheckOptions } from './check.ts';
import type { LinkField, LinkReport, LinkResult } from './report-file.ts';

export interface LinkCheckOptions extends Partial<CheckOptions> {
  catalogueDir: string;
  today: string;
  concurrency?: number;
  /** Called as each link is checked (for progress). */
  onResult?: (r: LinkResult) => void;
}

/** Every URL of an entry that a user follows, with the field it is in. */
export function entryLinks(e: Entry): { url: string; field: LinkField }[] {
  return [
    ...(e.documentationUrl ? [{ url: e.documentationUrl, field: 'documentationUrl' as const }] : []),
    ...e.endpoints.map((ep) => ({ url: ep.url, field: 'endpoint' as const })),
    ...(e.contact?.url ? [{ url: e.contact.url, field: 'contact' as const }] : []),
    ...(e.access?.url ? [{ url: e.access.url, field: 'access' as const }] : []),
  ];
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of the results. */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export async function runLinkCheck(options: LinkCheckOptions): Promise<LinkReport> {
  const { catalogue } = loadCatalogue(options.catalogueDir);
  const byUrl = new Map<string, { entry: string; field: LinkField }[]>();
  for (const l of catalogue.entries) {
    if (l.entry.status === 'retired') continue;
    for (const { url, field } of entryLinks(l.entry)) {
      const users = byUrl.get(url) ?? [];
      if (!users.some((u) => u.entry === l.entry.id && u.field === field)) users.push({ entry: l.entry.id, field });
      byUrl.set(url, users);
    }
  }
  const urls = [...byUrl.keys()].sort();
  const check: CheckOptions = { timeoutMs: options.timeoutMs ?? 15_000, ...(options.ca ? { ca: options.ca } : {}) };
  const links = await inPool(urls, options.concurrency ?? 8, async (url) => {
    const usedBy = byUrl.get(url) ?? [];
    const outcome = await checkLink(url, usedBy.map((u) => u.field), check);
    const result: LinkResult = { url, ...outcome, usedBy };
    options.onResult?.(result);
    return result;
  });
  return { checked: options.today, links };
}
