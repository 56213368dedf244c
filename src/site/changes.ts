/**
 * The changelog as pages show it: each change in words (src/changelog/describe.ts) with its day,
 * anchor and links; the catalogue-wide list in pages; and what the history covers, said plainly
 * ("history starts at …" on a shallow clone, why nothing is shown without history).
 */
import { describeChange, type ChangeTag, type DescribedChange } from '../changelog/describe.ts';
import type { Changelog, EntryChange } from '../changelog/index.ts';
import { londonToday } from '../checks/today.ts';
import { catalogueChangeAnchor, changeAnchor } from '../exports/feeds.ts';
import { formatDate } from './labels.ts';
import { splitIntoPages, type ListPage } from './list-pages.ts';
import type { SiteModel } from './build-model.ts';
import { repositoryLinks } from './repository.ts';
import { urls } from './urls.ts';

export interface ChangeView {
  change: EntryChange;
  described: DescribedChange;
  /** The day of the change in the UK, YYYY-MM-DD. */
  day: string;
  /** Its anchor on the entry's changelog page, and on the catalogue-wide page. */
  anchor: string;
  catalogueAnchor: string;
  /** The change on the entry's changelog, when the entry is still in the catalogue. */
  entryChanges?: string;
  /** The commit on the repository's site. */
  commitUrl: string;
}

/** GOV.UK tag colours of the change tags, breaking changes red. */
export const CHANGE_TAG_CLASSES: Record<ChangeTag, string> = {
  breaking: 'govuk-tag--red',
  deprecated: 'govuk-tag--orange',
  retired: 'govuk-tag--grey',
  removed: 'govuk-tag--grey',
  added: 'govuk-tag--green',
  lifecycle: 'govuk-tag--purple',
  document: 'govuk-tag--blue',
  details: 'govuk-tag--grey',
};

/** The tags a list shows: the kind of change, without the ones another tag implies. */
export function shownTags(tags: readonly ChangeTag[]): ChangeTag[] {
  return tags.filter((t) => !(t === 'lifecycle' && (tags.includes('deprecated') || tags.includes('retired'))) && !(t === 'document' && tags.includes('breaking')));
}

export function changeView(change: EntryChange, model: SiteModel): ChangeView {
  const exists = model.entries.some((v) => v.entry.id === change.entry);
  return {
    change,
    described: describeChange(change),
    day: londonToday(new Date(change.date)),
    anchor: changeAnchor(change),
    catalogueAnchor: catalogueChangeAnchor(change),
    ...(exists ? { entryChanges: `${urls.entryChanges(change.entry)}#${changeAnchor(change)}` } : {}),
    commitUrl: repositoryLinks(model.repository).commit(change.commit),
  };
}

export function entryChangeViews(model: SiteModel, id: string): ChangeView[] {
  return (model.changelog.byEntry.get(id) ?? []).map((c) => changeView(c, model));
}

/** The catalogue-wide list in pages of 50 changes, newest first. */
export function changePages(model: SiteModel): ListPage<ChangeView>[] {
  return splitIntoPages(model.changelog.changes.map((c) => changeView(c, model)));
}

/** Changes grouped by day, in order. */
export function byDay(views: readonly ChangeView[]): { day: string; views: ChangeView[] }[] {
  const groups: { day: string; views: ChangeView[] }[] = [];
  for (const v of views) {
    const last = groups.at(-1);
    if (last?.day === v.day) last.views.push(v);
    else groups.push({ day: v.day, views: [v] });
  }
  return groups;
}

/** What the history covers, in a sentence for the changelog pages. */
export function coverageText(changelog: Changelog): string {
  const c = changelog.coverage;
  if (c.state === 'unavailable') return `No changes are shown: ${c.reason}.`;
  const since = formatDate(londonToday(new Date(c.since)));
  if (c.state === 'shallow') return `History starts at ${since}: the copy of the repository this site was built from holds no earlier history, so earlier changes are not shown and entries that were already there are not listed as new.`;
  return `The changelog covers the catalogue's whole history, since ${since}.`;
}
