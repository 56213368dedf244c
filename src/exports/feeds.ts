/**
 * Atom feeds of the changelog, written with the `feed` library: the whole catalogue (new and
 * changed entries), each organisation, and each entry (its document changes with their breaking
 * changes, lifecycle changes and deprecations). Each feed links to the page it follows, and each
 * page links back to its feed with `<link rel="alternate" type="application/atom+xml">`.
 *
 * Ids are stable: a feed's id is its URL, an entry's a tag URI of the site's host, the day of the
 * change, the entry's id and the commit (`tag:host,2026-11-23:vat-api/<commit>`), so a reader never
 * shows a change twice. A feed's `updated` is its newest change, not the build time, so an
 * unchanged feed is byte for byte the same.
 */
import { Feed } from 'feed';
import markdownIt from 'markdown-it';
import { describeChange, CHANGE_TAGS, type DescribedChange } from '../changelog/describe.ts';
import type { EntryChange } from '../changelog/index.ts';
import { londonToday } from '../checks/today.ts';
import { escapeHtml } from '../openapi/markdown.ts';
import type { EntryView, SiteModel } from '../site/build-model.ts';
import { OGL } from './catalogue-json.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

export const ATOM_MEDIA_TYPE = 'application/atom+xml';
/** Most changes a catalogue-wide or organisation feed carries (the newest). */
export const FEED_LIMIT = 100;

export interface FeedDefinition {
  title: string;
  description: string;
  /** The feed's own path, and the path of the page it follows. */
  path: string;
  page: string;
  changes: readonly EntryChange[];
}

/** The anchor of a change on its entry's changelog page. */
export const changeAnchor = (change: Pick<EntryChange, 'commit'>): string => `change-${change.commit.slice(0, 12)}`;

/** The anchor of a change on the catalogue-wide page, where several entries share a commit. */
export const catalogueChangeAnchor = (change: Pick<EntryChange, 'commit' | 'entry'>): string => `${changeAnchor(change)}-${change.entry}`;

/** Feed readers style HTML themselves: the diff's Markdown (code spans, emphasis) as plain inline HTML, raw HTML escaped. */
const inline = markdownIt('default', { html: false, linkify: false });

/** The change's body as HTML: plain text escaped, the diff's Markdown rendered safely. */
export function changeHtml(described: DescribedChange): string {
  const html: string[] = [`<p>${escapeHtml(described.summary)}</p>`];
  for (const section of described.sections) {
    if (section.heading) html.push(`<h3>${escapeHtml(section.heading)}</h3>`);
    html.push('<ul>');
    for (const item of section.items) html.push(`<li>${item.markdown !== undefined ? inline.renderInline(item.markdown) : escapeHtml(item.text ?? '')}</li>`);
    html.push('</ul>');
  }
  // The feed library writes HTML in CDATA sections, which "]]>" would end.
  return html.join('\n').replaceAll(']]>', ']]&gt;');
}

function changeLink(change: EntryChange, model: SiteModel, site: string): string {
  const exists = model.entries.some((v) => v.entry.id === change.entry);
  return exists ? absoluteUrl(site, `${urls.entryChanges(change.entry)}#${changeAnchor(change)}`) : absoluteUrl(site, `${urls.changes()}#${catalogueChangeAnchor(change)}`);
}

/** When the feed last changed: its newest change; without any, the newest review date in the catalogue. */
function updated(changes: readonly EntryChange[], model: SiteModel): Date {
  if (changes[0]) return new Date(changes[0].date);
  const newest = model.entries.map((v) => v.entry.dates.lastReviewed).sort().at(-1);
  return new Date(`${newest ?? '2026-01-01'}T00:00:00Z`);
}

export function atomFeed(definition: FeedDefinition, model: SiteModel, site: string): string {
  const host = new URL(site).host;
  const self = absoluteUrl(site, definition.path);
  const feed = new Feed({
    id: self,
    title: definition.title,
    description: definition.description,
    link: absoluteUrl(site, definition.page),
    feedLinks: { atom: self },
    updated: updated(definition.changes, model),
    generator: false,
    language: 'en-GB',
    author: { name: 'Government API catalogue', link: absoluteUrl(site, '/') },
    copyright: `Crown copyright. ${OGL.name}: ${OGL.url}`,
  });
  for (const change of definition.changes) {
    const described = describeChange(change);
    const date = new Date(change.date);
    feed.addItem({
      id: `tag:${host},${londonToday(date)}:${change.entry}/${change.commit}`,
      title: escapeHtml(described.title),
      link: changeLink(change, model, site),
      date,
      published: date,
      description: escapeHtml(described.summary),
      content: changeHtml(described),
      category: described.tags.map((t) => ({ term: t, name: CHANGE_TAGS[t] })),
    });
  }
  return feed.atom1();
}

export function catalogueFeed(model: SiteModel, site: string): string {
  return atomFeed(
    {
      title: 'Government API catalogue: what\'s changed',
      description: 'New entries, and changes to entries: breaking changes to APIs, deprecations, retirements and updated details.',
      path: urls.changesFeed(),
      page: urls.changes(),
      changes: model.changelog.changes.slice(0, FEED_LIMIT),
    },
    model,
    site,
  );
}

export function organisationFeed(model: SiteModel, slug: string, site: string): string {
  const organisation = model.organisations.find((o) => o.organisation.slug === slug)!.organisation;
  return atomFeed(
    {
      title: `${organisation.name}: changes in the Government API catalogue`,
      description: `New and changed APIs, components and registers of ${organisation.name}.`,
      path: urls.organisationFeed(slug),
      page: urls.organisation(slug),
      changes: model.changelog.changes.filter((c) => c.organisation === slug).slice(0, FEED_LIMIT),
    },
    model,
    site,
  );
}

export function entryFeed(model: SiteModel, view: EntryView, site: string): string {
  return atomFeed(
    {
      title: `${view.entry.name}: changes`,
      description: `Changes to ${view.entry.name}: its OpenAPI documents (breaking changes first), lifecycle and deprecation, and its details in the catalogue.`,
      path: urls.entryFeed(view.entry.id),
      page: urls.entryChanges(view.entry.id),
      changes: (model.changelog.byEntry.get(view.entry.id) ?? []).slice(0, FEED_LIMIT),
    },
    model,
    site,
  );
}
