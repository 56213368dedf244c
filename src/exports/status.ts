/**
 * `entries/<id>/status.json`: where one entry is in its life and whether it meets the standards,
 * small enough to poll: its status and lifecycle dates, its successor, when its owners last
 * reviewed it (or that an imported entry still awaits their review) and whether a review is due, when it last changed, its conformance level, and links
 * to its changelog and feed. The API catalog (api-catalog.ts) links it as each API's `status`.
 */
import { awaitingOwnerReview } from '../catalogue/schema.ts';
import type { EntryView, SiteModel } from '../site/build-model.ts';
import { lastChanged } from './catalogue-json.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

export function entryStatus(view: EntryView, model: SiteModel, site: string): Record<string, unknown> {
  const { entry, verdict } = view;
  const changed = lastChanged(model.changelog, entry.id);
  return {
    id: entry.id,
    name: entry.name,
    page: absoluteUrl(site, urls.entry(entry.id)),
    status: entry.status,
    ...(entry.dates.deprecated ? { deprecated: entry.dates.deprecated } : {}),
    ...(entry.dates.retired ? { retired: entry.dates.retired } : {}),
    ...(view.successor ? { successor: { id: view.successor.id, page: absoluteUrl(site, urls.entry(view.successor.id)) } } : {}),
    ...(entry.dates.lastReviewed ? { lastReviewed: entry.dates.lastReviewed } : {}),
    ...(awaitingOwnerReview(entry) ? { awaitingOwnerReview: true } : {}),
    reviewDue: view.reviewDue,
    ...(changed ? { lastChanged: changed } : {}),
    conformance: {
      minimumLevel: model.minimumLevel,
      ...(verdict?.level !== undefined ? { level: verdict.level } : {}),
      ...(verdict?.score !== undefined ? { score: verdict.score } : {}),
      ...(verdict?.meetsMinimum !== undefined ? { meetsMinimum: verdict.meetsMinimum } : {}),
      ...(verdict && verdict.waiver.state !== 'none' ? { waiverUntil: verdict.waiver.until } : {}),
    },
    changes: absoluteUrl(site, urls.entryChanges(entry.id)),
    feed: absoluteUrl(site, urls.entryFeed(entry.id)),
  };
}
