/**
 * The sitemap, written by `@astrojs/sitemap` after the build (`sitemap-index.xml` and its parts):
 * every HTML page (exports and feeds are listed on the "Use this data" page instead), each entry's
 * pages with the date the entry last changed in the catalogue's history as `lastmod`.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { londonToday } from '../checks/today.ts';
import { getSiteModelOnce } from '../pipeline/run.ts';
import { lastChanged } from './catalogue-json.ts';

/** Pages only: paths ending in `/` (the site builds every page as a folder). */
export function isSitemapPage(url: string): boolean {
  return new URL(url).pathname.endsWith('/');
}

/** `lastmod` of an entry's pages (`/entries/<id>/…`): the day the entry last changed. */
export async function withLastModified(item: SitemapItem): Promise<SitemapItem> {
  const id = /^\/entries\/([^/]+)\//.exec(new URL(item.url).pathname)?.[1];
  if (!id) return item;
  const changed = lastChanged((await getSiteModelOnce()).changelog, id);
  return changed ? { ...item, lastmod: londonToday(new Date(changed)) } : item;
}

export const sitemapOptions = { filter: isSitemapPage, serialize: withLastModified };
