/** `robots.txt`: every page may be crawled except the search index's files; names the sitemap. */
import { absoluteUrl, urls } from '../site/urls.ts';

export function robotsTxt(site: string): string {
  return ['# Government API catalogue', 'User-agent: *', 'Disallow: /pagefind/', 'Allow: /', '', `Sitemap: ${absoluteUrl(site, urls.sitemap())}`, ''].join('\n');
}
