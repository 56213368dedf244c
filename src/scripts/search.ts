/**
 * Progressive enhancement of the search form with Pagefind: reads the query and filters from the
 * URL, shows results in GOV.UK style, and keeps the URL in step so results can be shared.
 * Without JavaScript the form still submits and the page offers the A to Z instead.
 */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  sub_results?: PagefindSubResult[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const FILTER_NAMES = ['type', 'organisation', 'kind', 'status', 'access', 'topic'];
const PAGE_SIZE = 30;

function readState(form: HTMLFormElement): { q: string; filters: Record<string, string[]> } {
  const data = new FormData(form);
  const filters: Record<string, string[]> = {};
  for (const name of FILTER_NAMES) {
    const values = data.getAll(name).map(String).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { q: String(data.get('q') ?? '').trim(), filters };
}

function writeStateToForm(form: HTMLFormElement, params: URLSearchParams): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (input) input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = el('li', 'app-entry-list__item');
  const h = el('h2', 'govuk-heading-s app-entry-list__title');
  const a = el('a', 'govuk-link', data.meta['title'] ?? data.url);
  a.href = data.url;
  h.append(a);
  const meta = el('p', 'govuk-body-s app-entry-list__meta');
  const parts = [data.meta['kind'], data.meta['organisation'] ? `from ${data.meta['organisation']}` : undefined].filter(Boolean).join(' ');
  if (data.meta['status']) {
    meta.append(el('strong', 'govuk-tag govuk-tag--grey', data.meta['status']), document.createTextNode(' '));
  }
  meta.append(document.createTextNode(parts));
  const summary = el('p', 'govuk-body app-entry-list__summary', data.meta['summary'] ?? '');
  li.append(h, meta, summary);
  // On reference pages, link straight to the operations and schemas that matched.
  const anchors = (data.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
  if (anchors.length > 0) {
    const list = el('ul', 'govuk-list govuk-body-s');
    for (const sub of anchors) {
      const item = el('li', '');
      const link = el('a', 'govuk-link', sub.title);
      link.href = sub.url;
      item.append(link);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

export async function enhanceSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !status || !list) return;

  let pagefind: Pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 30 });
  } catch {
    status.textContent = 'Search is not available on this copy of the site. Browse the A to Z instead.';
    return;
  }

  let generation = 0;
  const run = async (): Promise<void> => {
    const mine = ++generation;
    const { q, filters } = readState(form);
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [name, values] of Object.entries(filters)) for (const v of values) params.append(name, v);
    history.replaceState(null, '', params.toString() ? `?${params}` : location.pathname);
    if (!q && Object.keys(filters).length === 0) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const pfFilters = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }]));
    const search = await pagefind.search(q || null, { filters: pfFilters });
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    const total = search.results.length;
    status.textContent = total === 0
      ? `No results${q ? ` for “${q}”` : ''}. Check the spelling or remove some filters.`
      : `${total} result${total === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}${total > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}`;
    list.replaceChildren(...data.map(renderResult));
  };

  writeStateToForm(form, new URLSearchParams(location.search));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.querySelector('input[name="q"]')?.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
  await run();
}
