/** Groups items under their first letter (A–Z, then "0–9" for digits and others). */
export interface Group<T> {
  key: string;
  items: T[];
}

export function groupByInitial<T>(items: readonly T[], name: (item: T) => string): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const first = name(item).trim().charAt(0).toUpperCase();
    const key = /[A-Z]/.test(first) ? first : '0–9';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '0–9' ? -1 : b === '0–9' ? 1 : a.localeCompare(b)))
    .map(([key, list]) => ({ key, items: list }));
}

/** Catalogues up to this size show the whole A to Z on one page; larger ones get a page per letter. */
export const A_TO_Z_ONE_PAGE = 150;

export interface AToZ<T> {
  /** True when each letter has its own page. */
  split: boolean;
  groups: Group<T>[];
}

export function aToZ<T>(items: readonly T[], name: (item: T) => string): AToZ<T> {
  return { split: items.length > A_TO_Z_ONE_PAGE, groups: groupByInitial(items, name) };
}
