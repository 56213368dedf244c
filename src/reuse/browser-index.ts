/**
 * The reuse index the "Before you build" page searches in the browser (and an open export of what
 * the catalogue knows about its operations and data items): every entry with its data items, every
 * operation with its words, link and the data items it accepts and returns, every data item with its
 * count, and the catalogue's version for the check record. Short keys keep it small.
 */
import { urls } from '../site/urls.ts';
import type { ReuseModel } from './build.ts';
import { DATA_ITEMS } from './data-items.ts';
import { pathWords } from './shapes.ts';

export interface BrowserIndex {
  catalogue: { version: string; commit?: string; builtAt: string };
  dataItems: { id: string; name: string; entries: number; url: string }[];
  entries: { id: string; name: string; summary: string; organisation: string; url: string; dataItems: string[] }[];
  /** `e`: position of its entry; `m` method; `p` path; `t` title; `u` link; `w` words; `a`/`r` data items accepted and returned. */
  operations: { e: number; m: string; p: string; t: string; u: string; w: string; a: string[]; r: string[] }[];
}

export function browserIndex(reuse: ReuseModel): BrowserIndex {
  const { index, version } = reuse;
  const position = new Map(index.entries.map((e, i) => [e.id, i]));
  return {
    catalogue: { version: version.version, ...(version.commit ? { commit: version.commit } : {}), builtAt: version.builtAt },
    dataItems: DATA_ITEMS.map((item) => ({ id: item.id, name: item.name, entries: index.dataItems.find((d) => d.id === item.id)?.entries.length ?? 0, url: urls.dataItem(item.id) })),
    entries: index.entries.map((e) => ({ id: e.id, name: e.name, summary: e.summary, organisation: e.organisationName, url: urls.entry(e.id), dataItems: e.dataItems.map((d) => d.id) })),
    operations: index.entries.flatMap((e) =>
      e.operations
        .filter((op) => !op.webhook)
        .map((op) => ({
          e: position.get(e.id) ?? 0,
          m: op.method,
          p: op.path,
          t: op.summary || op.title,
          u: op.href,
          w: [...new Set([...pathWords(op.shape.split(' ')[1] ?? '').filter((w) => !w.startsWith('{}')), ...op.tags, e.name].map((w) => w.toLowerCase()))].join(' '),
          a: op.accepts,
          r: op.returns,
        })),
    ),
  };
}
