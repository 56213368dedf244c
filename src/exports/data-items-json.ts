/**
 * /data-items.json: every data item the catalogue recognises, with the entries that carry it, the
 * operations that accept and return it (with links to the API reference), and the evidence of each
 * recognition (the field, its JSON pointer, the reasons). Open data, built from the reuse model.
 */
import type { ReuseModel } from '../reuse/build.ts';
import { urls } from '../site/urls.ts';

export function dataItemsJson(reuse: ReuseModel) {
  return {
    catalogue: reuse.version,
    dataItems: reuse.dataItems.map((page) => ({
      id: page.item.id,
      name: page.item.name,
      description: page.item.description,
      url: urls.dataItem(page.item.id),
      entries: page.carriers.map((c) => ({
        id: c.entry.id,
        name: c.entry.name,
        organisation: c.entry.organisationName,
        url: urls.entry(c.entry.id),
        accepts: c.accepts.map((op) => ({ method: op.method, path: op.path, title: op.title, url: op.href })),
        returns: c.returns.map((op) => ({ method: op.method, path: op.path, title: op.title, url: op.href })),
        evidence: c.evidence.map((e) => ({
          direction: e.direction,
          location: e.location,
          field: e.field,
          ...(e.pointer ? { pointer: e.pointer } : {}),
          document: urls.openapiJson(c.entry.id, e.spec),
          strength: e.strength,
          why: e.why,
        })),
      })),
    })),
  };
}
