/** The service's name and the links in its header and footer, in one place. */
import { CATALOGUE_EXPORTS } from '../exports/list.ts';
import { SECTIONS, urls } from './urls.ts';

export const SERVICE_NAME = 'Government API catalogue';

export interface NavigationLink {
  href: string;
  text: string;
  /** Path prefixes that belong to this section, so that its link shows as the current one there. */
  section?: readonly string[];
}

export const HEADER_NAVIGATION: readonly NavigationLink[] = [
  { href: urls.search(), text: 'Search', section: SECTIONS.search },
  { href: urls.browse(), text: 'Browse', section: SECTIONS.browse },
  { href: urls.aToZ(), text: 'A to Z', section: SECTIONS.aToZ },
  { href: urls.beforeYouBuild(), text: 'Before you build', section: SECTIONS.reuse },
  { href: urls.standards(), text: 'API standards', section: SECTIONS.standards },
];

export const FOOTER_LINKS: readonly NavigationLink[] = [
  { href: urls.about(), text: 'About this catalogue' },
  { href: urls.listYourApi(), text: 'List your API' },
  { href: urls.dataItems(), text: 'Data items' },
  { href: urls.reuseReport(), text: 'Reuse report' },
  { href: urls.standards(), text: 'API standards' },
  { href: urls.accessibility(), text: 'Accessibility statement' },
];

/** The footer's open data section: the page that explains the exports, the changes, and every export. */
export const FOOTER_OPEN_DATA: readonly NavigationLink[] = [
  { href: urls.useThisData(), text: 'Use this data' },
  { href: urls.changes(), text: 'What\'s changed' },
  ...CATALOGUE_EXPORTS.map((e) => ({ href: e.path, text: e.name })),
  { href: urls.sitemap(), text: 'sitemap-index.xml' },
];

/** True when `path` is the link's page or in its section (entry pages belong to none). */
export function inSection(link: NavigationLink, path: string): boolean {
  return path === link.href || (link.section ?? []).some((prefix) => path.startsWith(prefix));
}
