/**
 * The search page's script (progressive enhancement of its GET form, with Pagefind):
 *  - entries first, ranked among themselves, then operations and schemas of API references, each
 *    linking to the operation that matched; an entry's own matching operations sit under it;
 *  - a query word the catalogue does not know is corrected from its own vocabulary ("did you mean");
 *    a query that finds nothing is tried again without its most generic word;
 *  - filter counts follow the query; the URL keeps the query and filters, so results can be shared;
 *  - with no query and no filter, the page shows its ways to browse instead.
 * Without JavaScript the page says that search needs it and offers the browse pages.
 */
import { RESULT_TYPES, correctQuery, relaxedQueries, searchableQuery, words, type Vocabulary } from '../site/search-words.ts';
import { urls } from '../site/urls.ts';

interface SubResult {
  title: string;
  url: string;
  plain_excerpt?: string;
  weighted_locations?: { weight: number }[];
}
interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  plain_excerpt?: string;
  sub_results?: SubResult[];
}
interface Result {
  score: number;
  data(): Promise<ResultData>;
}
type Counts = Record<string, Record<string, number>>;
interface Response {
  results: Result[];
  filters?: Counts;
  totalFilters?: Counts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: PagefindFilters }): Promise<Response>;
  filters(): Promise<Counts>;
}

/**
 * Entries shown at first (a screen or two), and added by each "Show more results": each one is a
 * download, so the first search loads only what the first screens show.
 */
const FIRST_RESULTS = 6;
const PAGE_SIZE = 10;
/** Reference pages whose matching operations are shown. */
const REFERENCE_PAGES = 4;
/** Operations shown under one entry or one reference page. */
const OPERATIONS_EACH = 3;

type Filters = Record<string, string[]>;
/** Pagefind's filter argument: values any of which a result must have, or none of. */
type PagefindFilters = Record<string, { any: string[] } | { none: string[] }>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string, className = 'govuk-link'): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The sub-results (operations, schemas) that matched best, strongest first. */
function bestSections(data: ResultData): SubResult[] {
  const weight = (s: SubResult) => (s.weighted_locations ?? []).reduce((n, l) => n + l.weight, 0);
  return (data.sub_results ?? []).filter((s) => s.url.includes('#')).sort((a, b) => weight(b) - weight(a)).slice(0, OPERATIONS_EACH);
}

function operationList(sections: SubResult[]): HTMLUListElement {
  const list = el('ul', 'govuk-list govuk-body-s app-search-results__operations');
  for (const s of sections) {
    const item = el('li');
    item.append(link(s.url, s.title));
    list.append(item);
  }
  return list;
}

function entryItem(data: ResultData, operations: SubResult[]): HTMLLIElement {
  const li = el('li', 'app-entry-list__item');
  const h = el('h2', 'govuk-heading-s app-entry-list__title');
  h.append(link(data.url, data.meta['title'] ?? data.url));
  const meta = el('p', 'govuk-body-s app-entry-list__meta');
  if (data.meta['status']) meta.append(el('strong', `govuk-tag ${data.meta['statusTag'] ?? ''}`.trim(), data.meta['status']), document.createTextNode(' '));
  meta.append(document.createTextNode([data.meta['kind'], data.meta['organisation'] ? `from ${data.meta['organisation']}` : ''].filter(Boolean).join(' ')));
  li.append(h, meta, el('p', 'govuk-body app-entry-list__summary', data.meta['summary'] ?? ''));
  if (operations.length > 0) {
    li.append(el('p', 'govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-1 app-muted', 'Matching operations and schemas:'), operationList(operations));
  }
  return li;
}

function referenceItem(data: ResultData, sections: SubResult[]): HTMLLIElement {
  const li = el('li', 'app-entry-list__item');
  const h = el('h3', 'govuk-heading-s app-entry-list__title');
  h.append(link(data.url, data.meta['title'] ?? data.url));
  const meta = el('p', 'govuk-body-s app-entry-list__meta');
  meta.append(document.createTextNode('API reference of '));
  meta.append(link(data.meta['entryUrl'] ?? data.url, data.meta['entry'] ?? ''));
  if (data.meta['organisation']) meta.append(document.createTextNode(` from ${data.meta['organisation']}`));
  li.append(h, meta, operationList(sections));
  return li;
}

function readState(form: HTMLFormElement): { q: string; filters: Filters } {
  const data = new FormData(form);
  const filters: Filters = {};
  for (const group of form.querySelectorAll<HTMLElement>('[data-filter]')) {
    const name = group.dataset['filter'] ?? '';
    const values = data.getAll(name).map(String).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { q: String(data.get('q') ?? '').trim(), filters };
}

function writeState(form: HTMLFormElement, params: URLSearchParams): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (input) input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = params.getAll(box.name).includes(box.value);
}

function pagefindFilters(filters: Filters, type?: string): PagefindFilters {
  const out: PagefindFilters = {};
  for (const [name, values] of Object.entries(filters)) if (name !== 'type') out[name] = { any: values };
  if (type) out['type'] = { any: [type] };
  return out;
}

export async function enhanceSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const suggestion = document.querySelector<HTMLElement>('#search-suggestion');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const operations = document.querySelector<HTMLElement>('#search-operations');
  const operationResults = document.querySelector<HTMLOListElement>('#search-operation-results');
  const browse = document.querySelector<HTMLElement>('#search-browse');
  const panel = form?.querySelector<HTMLElement>('[data-filter-panel]');
  const toggle = panel?.querySelector<HTMLDetailsElement>('details');
  if (!form || !status || !suggestion || !list || !more || !operations || !operationResults || !browse || !panel || !toggle) return;

  // Filters work only with JavaScript: show them (fold.ts opens them beside the results on wide screens).
  panel.hidden = false;

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ urls.pagefind())) as Pagefind;
    await pagefind.options({ noWorker: true, excerptLength: 20 });
  } catch {
    status.textContent = 'Search is not available on this copy of the site.';
    browse.hidden = false;
    return;
  }

  /** Searches the index: phrases of synonym groups ("sign in") are searched as their group's key. */
  const find = (text: string | null, filters: PagefindFilters) => pagefind.search(text ? searchableQuery(text) : null, { filters });

  let vocabulary: Promise<Vocabulary | undefined> | undefined;
  const loadVocabulary = () =>
    (vocabulary ??= fetch(urls.searchVocabulary())
      .then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : undefined))
      .catch(() => undefined));

  /**
   * Query words that appear nowhere in the catalogue (Pagefind would otherwise match them loosely).
   * The words are those searched for, after synonym phrases become their keys, so that checking
   * them loads no part of the index that the search itself does not.
   */
  const unknownWords = async (q: string): Promise<string[]> => {
    const unknown: string[] = [];
    for (const w of words(searchableQuery(q))) if ((await pagefind.search(`"${w}"`)).results.length === 0) unknown.push(w);
    return unknown;
  };

  const initialCounts = new Map<HTMLElement, string>();
  for (const span of form.querySelectorAll<HTMLElement>('[data-filter-option-count]')) initialCounts.set(span, span.textContent ?? '');

  /**
   * Shows, beside each value of the given filter groups, how many results the query has with it
   * (values with none are hidden); with no counts, the catalogue's own counts from the page.
   */
  const showCounts = (counts: Counts | undefined, names: readonly string[]) => {
    for (const name of names) {
      const group = form.querySelector<HTMLElement>(`[data-filter="${name}"]`);
      // For tests: which query the counts shown are for.
      if (group) group.dataset['countedFor'] = counts ? (last?.query ?? '') : '';
      for (const item of group?.querySelectorAll<HTMLElement>('.govuk-checkboxes__item') ?? []) {
        const box = item.querySelector<HTMLInputElement>('input');
        const span = item.querySelector<HTMLElement>('[data-filter-option-count]');
        if (!box || !span) continue;
        if (!counts) {
          span.textContent = initialCounts.get(span) ?? '';
          item.hidden = false;
          continue;
        }
        const n = counts[name]?.[box.value] ?? 0;
        span.textContent = ` (${n})`;
        item.hidden = n === 0 && !box.checked;
      }
    }
  };

  const showSelected = () => {
    const selected = form.querySelectorAll('[data-filter] input:checked').length;
    const badge = form.querySelector<HTMLElement>('[data-filter-count]');
    if (badge) badge.textContent = selected ? ` (${selected} selected)` : '';
  };

  /** The filter groups whose counts are in view: each facet loads its counts only when open. */
  const groups = [...form.querySelectorAll<HTMLDetailsElement>('details[data-filter-group]')];
  const openGroups = () => (toggle.open ? groups.filter((g) => g.open).map((g) => g.dataset['filterGroup'] ?? '') : []);

  /**
   * Counts for some facets under the query: within a facet, the other facets' selections apply but
   * not its own, so that choosing a second value shows what it would add. Asking for a facet with
   * `none: []` loads its counts (one small file) without narrowing the results.
   */
  const facetCounts = async (q: string | null, filters: Filters, type: string, names: readonly string[]): Promise<Counts> => {
    const counts: Counts = {};
    for (const name of names) {
      const others: Filters = { ...filters };
      delete others[name];
      const found = await find(q, { ...pagefindFilters(others, type), [name]: { none: [] } });
      counts[name] = found.filters?.[name] ?? {};
    }
    return counts;
  };

  let generation = 0;
  let shown = 0;
  let entryResults: Result[] = [];
  let entryOperations = new Map<string, SubResult[]>();
  /** The last search, for counting filters when the filters are opened. */
  let last: { query: string | null; filters: Filters; type: string } | undefined;

  const append = (data: ResultData[]) => {
    list.append(...data.map((d) => entryItem(d, entryOperations.get(d.url) ?? [])));
    shown += data.length;
    more.hidden = shown >= entryResults.length;
  };
  const showMore = async (mine: number) => {
    const next = await Promise.all(entryResults.slice(shown, shown + (shown === 0 ? FIRST_RESULTS : PAGE_SIZE)).map((r) => r.data()));
    if (mine === generation) append(next);
  };
  const updateCounts = async (mine: number) => {
    const names = openGroups();
    if (!last || names.length === 0) return;
    const counts = await facetCounts(last.query, last.filters, last.type, names);
    if (mine === generation) showCounts(counts, names);
  };

  const run = async (): Promise<void> => {
    const mine = ++generation;
    // For tests and benchmarks: `done` once the results and filter counts of this search are shown.
    form.dataset['searchState'] = 'busy';
    const { q, filters } = readState(form);
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [name, values] of Object.entries(filters)) for (const v of values) params.append(name, v);
    history.replaceState(null, '', params.toString() ? `?${params}` : location.pathname);
    suggestion.hidden = true;
    suggestion.replaceChildren();
    if (!q && Object.keys(filters).length === 0) {
      status.textContent = '';
      list.replaceChildren();
      operationResults.replaceChildren();
      operations.hidden = true;
      more.hidden = true;
      browse.hidden = false;
      last = undefined;
      showCounts(undefined, ['type', ...groups.map((g) => g.dataset['filterGroup'] ?? '')]);
      showSelected();
      form.dataset['searchState'] = 'done';
      return;
    }
    browse.hidden = true;
    const types = filters['type'] ?? [];
    const wantEntries = types.length === 0 || types.includes(RESULT_TYPES.entry);
    const wantReferences = Boolean(q) && (types.length === 0 || types.includes(RESULT_TYPES.reference));

    // Correct words the catalogue does not know, and drop generic words when nothing has them all.
    let query = q;
    let note: { kind: 'corrected' | 'relaxed'; used: string } | undefined;
    if (q) {
      const unknown = await unknownWords(q);
      if (unknown.length > 0) {
        const vocab = await loadVocabulary();
        const corrected = vocab && correctQuery(q, vocab, unknown);
        if (corrected) {
          query = corrected;
          note = { kind: 'corrected', used: corrected };
        }
      }
    }
    // With no query, results come in the index's order: entries by name.
    const searchEntries = (text: string | null) => find(text, pagefindFilters(filters, RESULT_TYPES.entry));
    let entries: Response = wantEntries ? await searchEntries(query || null) : { results: [] };
    if (wantEntries && query && entries.results.length === 0) {
      for (const shorter of relaxedQueries(query)) {
        const found = await searchEntries(shorter);
        if (found.results.length > 0) {
          entries = found;
          note = { kind: 'relaxed', used: shorter };
          query = shorter;
          break;
        }
      }
    }
    const references: Response = wantReferences ? await find(query, pagefindFilters(filters, RESULT_TYPES.reference)) : { results: [] };
    const referenceData = await Promise.all(references.results.slice(0, REFERENCE_PAGES).map((r) => r.data()));
    if (mine !== generation) return;

    // An entry's own matching operations go under it; the others are listed after the entries.
    entryResults = entries.results;
    const firstPage = await Promise.all(entryResults.slice(0, FIRST_RESULTS).map((r) => r.data()));
    if (mine !== generation) return;
    const firstUrls = new Set(firstPage.map((d) => d.url));
    entryOperations = new Map();
    const otherReferences: { data: ResultData; sections: SubResult[] }[] = [];
    for (const data of referenceData) {
      const sections = bestSections(data);
      if (sections.length === 0) continue;
      const owner = data.meta['entryUrl'] ?? '';
      if (firstUrls.has(owner) && !entryOperations.has(owner)) entryOperations.set(owner, sections);
      else otherReferences.push({ data, sections });
    }

    const shownQuery = query ? ` for “${query}”` : '';
    const parts = [wantEntries ? plural(entryResults.length, 'API, component or register', 'APIs, components and registers') : '', wantReferences ? plural(references.results.length, 'API reference page', 'API reference pages') : ''].filter(Boolean);
    status.textContent = entryResults.length + references.results.length === 0 ? `No results${shownQuery}. Check the spelling, try fewer words or remove some filters.` : `${parts.join(' and ')}${shownQuery}`;
    if (note && q) {
      const instead = new URLSearchParams(params);
      instead.set('q', note.used);
      suggestion.append(
        document.createTextNode(note.kind === 'corrected' ? 'Showing results for ' : 'No entry has all of your words. Showing results for '),
        link(`?${instead}`, note.used),
        document.createTextNode(note.kind === 'corrected' ? ` instead of “${q}”.` : '.'),
      );
      suggestion.hidden = false;
    }
    shown = 0;
    list.replaceChildren();
    append(firstPage);
    operationResults.replaceChildren(...otherReferences.map((r) => referenceItem(r.data, r.sections)));
    operations.hidden = otherReferences.length === 0;
    last = { query: query || null, filters, type: wantEntries ? RESULT_TYPES.entry : RESULT_TYPES.reference };
    // The result type's counts are the two searches' totals: they need no filter counts.
    const typeCounts = { [RESULT_TYPES.entry]: entries.results.length, [RESULT_TYPES.reference]: references.results.length };
    if (!wantEntries && q) typeCounts[RESULT_TYPES.entry] = (await searchEntries(query)).results.length;
    if (!wantReferences && q) typeCounts[RESULT_TYPES.reference] = (await find(query, pagefindFilters(filters, RESULT_TYPES.reference))).results.length;
    if (mine !== generation) return;
    showCounts({ type: typeCounts }, ['type']);
    showSelected();
    await updateCounts(mine);
    if (mine === generation) form.dataset['searchState'] = 'done';
  };

  writeState(form, new URLSearchParams(location.search));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run();
  });
  toggle.addEventListener('toggle', () => void updateCounts(generation));
  for (const group of groups) {
    // A facet with a value chosen (from a shared URL) starts open.
    if (group.querySelector('input:checked')) group.open = true;
    group.addEventListener('toggle', () => void updateCounts(generation));
  }
  more.addEventListener('click', () => void showMore(generation));
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.querySelector('input[name="q"]')?.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 300);
  });
  await run();
}
