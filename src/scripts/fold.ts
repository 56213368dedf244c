/**
 * Details elements marked `data-fold` (the API reference's contents, the search filters) are open
 * beside the content on wide screens and folded away on narrow ones, following the window's width.
 * Without JavaScript they keep the state written in the page.
 */
export const WIDE = '(min-width: 48.0625em)';

export function foldOnNarrowScreens(root: ParentNode = document): void {
  const wide = window.matchMedia(WIDE);
  const all = [...root.querySelectorAll<HTMLDetailsElement>('details[data-fold]')];
  const apply = () => {
    for (const details of all) details.open = wide.matches;
  };
  apply();
  wide.addEventListener('change', apply);
}
