/** Long lists of entries split into numbered pages, with GOV.UK pagination items. */
export const LIST_PAGE_SIZE = 50;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** Number of pages. */
  count: number;
  items: T[];
  /** 1-based position of the first item in the whole list, and the list's length. */
  first: number;
  total: number;
}

/** The items in pages of `size` (one empty page for no items). */
export function splitIntoPages<T>(items: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size), first: i * size + 1, total: items.length }));
}

export type PaginationItem = { number: number; href: string; current: boolean } | { ellipsis: true };

/**
 * GOV.UK pagination items for page `current` of `count`: the first and last pages, the current
 * one and its neighbours, and ellipses for the gaps.
 */
export function paginationItems(current: number, count: number, href: (page: number) => string): PaginationItem[] {
  const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  shown.forEach((n, i) => {
    const previous = shown[i - 1];
    if (previous !== undefined && n - previous > 1) items.push({ ellipsis: true });
    items.push({ number: n, href: href(n), current: n === current });
  });
  return items;
}
