/**
 * Stable, unique HTML ids for operations, schemas, tags and security schemes, and the links between
 * them. An id depends only on the document (operationId, or method and path; schema name), never on
 * which page it lands on; links are given their `href` once pages are known.
 */
import type { LinkRef } from './reference-types.ts';

/** `getPetById` → `get-pet-by-id`; `GET /pets/{id}` → `get-pets-id`. Empty input gives ''. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Ids used by the page frame and the overview; document-derived ids never take them. */
export const RESERVED_IDS = [
  'main-content',
  'overview',
  'contents',
  'servers',
  'authentication',
  'rate-limits',
  'versioning',
  'deprecation',
  'downloads',
  'warnings',
  'operations',
  'schemas',
];

export class AnchorRegistry {
  readonly #used = new Set<string>(RESERVED_IDS);

  /** A unique id from `base` (slugified, with `fallback` when empty); repeats get `-2`, `-3` … */
  claim(base: string, fallback: string): string {
    const slug = slugify(base) || fallback;
    let id = slug;
    for (let n = 2; this.#used.has(id); n += 1) id = `${slug}-${n}`;
    this.#used.add(id);
    return id;
  }
}

/** Records every link with the anchor of the section showing it, so hrefs can be set per page. */
export class LinkRegistry {
  readonly #links: { link: LinkRef; owner: string }[] = [];

  make(label: string, anchor: string, owner: string): LinkRef {
    const link: LinkRef = { label, anchor, href: `#${anchor}` };
    this.#links.push({ link, owner });
    return link;
  }

  /**
   * Sets each link's href: `#anchor` when the target is on the same page as the link, otherwise the
   * target page's URL with the anchor. `pageOf` maps an anchor (target or owner) to its page URL.
   */
  resolve(pageOf: (anchor: string) => string | undefined): void {
    for (const { link, owner } of this.#links) {
      const target = pageOf(link.anchor);
      const here = pageOf(owner);
      link.href = target === undefined || target === here ? `#${link.anchor}` : `${target}#${link.anchor}`;
    }
  }
}
