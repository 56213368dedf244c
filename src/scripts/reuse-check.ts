/**
 * The "Before you build" page's script. An architect describes what they need; the page finds, in
 * the browser:
 *  - the data items the words name (the same recognition of names and phrases as the build's,
 *    src/reuse/recognise.ts), with how many entries carry each;
 *  - entries, from the search index (Pagefind), then the entries that carry those data items;
 *  - operations, from the reuse index: the words of their summaries and paths, and the data items
 *    they accept or return.
 * Searches can be kept in a record (this browser's localStorage), printed as a page and downloaded
 * as JSON (src/reuse/record.ts defines its shape). Without JavaScript the page explains and links
 * to the browse pages instead.
 */
import type { BrowserIndex } from '../reuse/browser-index.ts';
import type { FoundDataItem, FoundEntry, FoundOperation, ReuseCheckRecord, Search } from '../reuse/record.ts';
import { RECORD_KIND, RECORD_LIMITS, RECORD_VERSION } from '../reuse/record-constants.ts';
import { itemsInText } from '../reuse/recognise.ts';
import { contentTerms, contentWords } from '../reuse/words.ts';
import { RESULT_TYPES, searchableQuery } from '../site/search-words.ts';
import { urls } from '../site/urls.ts';

const STORE = 'gov-api-catalogue.reuse-check';
const MAX_ENTRIES = 8;
const MAX_OPERATIONS = 10;
/** Words of a need searched one by one: a description is longer than a search, and no page has every word. */
const MAX_WORDS = 8;
/** How much a data item the need names counts for an operation that carries it, against a word. */
const ITEM_WEIGHT = 3;

interface Draft {
  title: string;
  notes: string;
  searches: Search[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] }>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', 'govuk-link', text);
  a.href = href;
  return a;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const absolute = (href: string) => new URL(href, window.location.origin).toString();

function loadDraft(): Draft {
  try {
    const raw = JSON.parse(window.localStorage.getItem(STORE) ?? 'null') as Partial<Draft> | null;
    if (raw && Array.isArray(raw.searches)) return { title: String(raw.title ?? ''), notes: String(raw.notes ?? ''), searches: raw.searches };
  } catch {
    // A record that cannot be read is started again.
  }
  return { title: '', notes: '', searches: [] };
}

function saveDraft(draft: Draft): void {
  try {
    window.localStorage.setItem(STORE, JSON.stringify(draft));
  } catch {
    // Storage may be full or turned off: the record still works until the page is left.
  }
}

interface RankedOperation {
  found: FoundOperation;
  entry: number;
  score: number;
}

/** Operations ranked by the words of the need they share (rarer words count more) and the data items they carry. */
function rankOperations(index: BrowserIndex, need: string, items: readonly string[]): RankedOperation[] {
  // Words and the pairs of them ("text message"): a phrase both share counts on top of its words.
  const words = new Set(contentTerms(need));
  const opWords = index.operations.map((op) => new Set([...contentTerms(op.t), ...contentTerms(op.w)]));
  const df = new Map<string, number>();
  for (const set of opWords) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log((1 + index.operations.length) / (1 + (df.get(w) ?? 0))) + 1;
  return index.operations
    .map((op, i) => {
      let score = 0;
      for (const w of words) if (opWords[i]?.has(w)) score += idf(w);
      for (const item of items) if (op.a.includes(item) || op.r.includes(item)) score += ITEM_WEIGHT;
      return { op, score };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_OPERATIONS)
    .map(({ op, score }) => {
      const entry = index.entries[op.e];
      return { entry: op.e, score, found: { entry: entry?.id ?? '', entryName: entry?.name ?? '', method: op.m, path: op.p, title: op.t, url: absolute(op.u), accepts: op.a, returns: op.r } };
    });
}

async function loadPagefind(): Promise<Pagefind | undefined> {
  try {
    const pagefind = (await import(/* @vite-ignore */ urls.pagefind())) as Pagefind;
    await pagefind.options({ noWorker: true, excerptLength: 0 });
    return pagefind;
  } catch {
    return undefined;
  }
}

/**
 * Entries ranked by three kinds of evidence: the search index (each word of the need searched on
 * its own, an entry scoring for each word it matches, best first), the operations that matched,
 * and the data items of the need that the entry carries.
 */
async function findEntries(pagefind: Pagefind | undefined, index: BrowserIndex, need: string, items: readonly string[], operations: readonly RankedOperation[]): Promise<FoundEntry[]> {
  const scores = new Map<number, number>();
  const add = (entry: number, score: number) => scores.set(entry, (scores.get(entry) ?? 0) + score);
  if (pagefind) {
    const byUrl = new Map(index.entries.map((e, i) => [e.url, i]));
    const perResult = new Map<string, { result: PagefindResult; score: number }>();
    for (const word of [...new Set(contentWords(searchableQuery(need)))].slice(0, MAX_WORDS)) {
      const response = await pagefind.search(word, { filters: { type: { any: [RESULT_TYPES.entry] } } });
      response.results.slice(0, MAX_ENTRIES).forEach((result, rank) => {
        const seen = perResult.get(result.id) ?? { result, score: 0 };
        seen.score += MAX_ENTRIES - rank;
        perResult.set(result.id, seen);
      });
    }
    const best = [...perResult.values()].sort((a, b) => b.score - a.score).slice(0, MAX_ENTRIES);
    for (const { result, score } of best) {
      const at = byUrl.get(new URL((await result.data()).url, window.location.origin).pathname);
      if (at !== undefined) add(at, score);
    }
  }
  for (const op of operations) add(op.entry, op.score);
  index.entries.forEach((e, i) => {
    const carried = items.filter((item) => e.dataItems.includes(item)).length;
    if (carried) add(i, ITEM_WEIGHT * carried);
  });
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_ENTRIES)
    .flatMap(([i]) => {
      const e = index.entries[i];
      return e ? [{ id: e.id, name: e.name, organisation: e.organisation, summary: e.summary, url: absolute(e.url) }] : [];
    });
}

function itemNames(index: BrowserIndex, ids: readonly string[]): string {
  return ids.map((id) => index.dataItems.find((d) => d.id === id)?.name ?? id).join(', ');
}

/** The found items of one search as lists of links (on screen and in the printed record). */
function foundLists(index: BrowserIndex, search: Search, headingLevel: 'h3' | 'h4'): HTMLElement {
  const box = el('div');
  const { dataItems, entries, operations } = search.found;
  const section = (title: string, empty: string, items: HTMLElement[]) => {
    box.append(el(headingLevel, 'govuk-heading-s', title));
    if (!items.length) {
      box.append(el('p', 'govuk-body app-muted', empty));
      return;
    }
    const list = el('ul', 'govuk-list govuk-list--spaced');
    list.append(...items);
    box.append(list);
  };
  section(`Data items (${dataItems.length})`, 'Your words name no data item the catalogue recognises.', dataItems.map((d) => {
    const li = el('li');
    li.append(link(d.url, d.name), el('span', 'app-muted', `: carried by ${plural(d.entries, 'entry', 'entries')}`));
    return li;
  }));
  section(`APIs, components and registers (${entries.length})`, 'No entry matches.', entries.map((e) => {
    const li = el('li');
    li.append(link(e.url, e.name), el('span', 'app-muted', ` from ${e.organisation}`), el('br'), el('span', 'govuk-body-s', e.summary));
    return li;
  }));
  section(`Operations (${operations.length})`, 'No operation matches.', operations.map((o) => {
    const li = el('li');
    const a = link(o.url, '');
    a.append(el('code', 'app-inline-code', `${o.method} ${o.path}`), document.createTextNode(o.title ? `: ${o.title}` : ''));
    li.append(a, el('span', 'app-muted', ` in ${o.entryName}`));
    const carried = [...new Set([...o.accepts, ...o.returns])];
    if (carried.length) li.append(el('br'), el('span', 'govuk-body-s', `Carries ${itemNames(index, carried)}`));
    return li;
  }));
  return box;
}

function recordOf(draft: Draft, index: BrowserIndex, now: Date): ReuseCheckRecord {
  return {
    kind: RECORD_KIND,
    version: RECORD_VERSION,
    title: draft.title,
    createdAt: now.toISOString(),
    catalogue: { version: index.catalogue.version, ...(index.catalogue.commit ? { commit: index.catalogue.commit } : {}), builtAt: index.catalogue.builtAt, url: absolute(urls.home()) },
    searches: draft.searches,
    notes: draft.notes,
    limits: [...RECORD_LIMITS],
  };
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function renderRecord(draft: Draft, index: BrowserIndex): void {
  const section = document.getElementById('reuse-record');
  const body = document.getElementById('reuse-record-body');
  if (!section || !body) return;
  section.hidden = draft.searches.length === 0;
  body.replaceChildren();
  const facts = el('dl', 'govuk-summary-list');
  const row = (key: string, value: string | HTMLElement) => {
    const r = el('div', 'govuk-summary-list__row');
    const dd = el('dd', 'govuk-summary-list__value');
    dd.append(value);
    r.append(el('dt', 'govuk-summary-list__key', key), dd);
    facts.append(r);
  };
  if (draft.title) row('Project or service', draft.title);
  row('Record kept on', DATE_TIME.format(new Date()));
  row('Catalogue', absolute(urls.home()));
  row('Catalogue version', `${index.catalogue.version}${index.catalogue.commit ? ` (commit ${index.catalogue.commit.slice(0, 12)})` : ''}, built ${DATE_TIME.format(new Date(index.catalogue.builtAt))}`);
  row('Searches', String(draft.searches.length));
  body.append(facts);
  draft.searches.forEach((search, i) => {
    const block = el('div', 'app-reuse-record__search');
    block.append(el('h3', 'govuk-heading-m', `Search ${i + 1}: “${search.query}”`), el('p', 'govuk-body-s app-muted', `Searched on ${DATE_TIME.format(new Date(search.at))}`), foundLists(index, search, 'h4'));
    body.append(block);
  });
  if (draft.notes) {
    body.append(el('h3', 'govuk-heading-m app-reuse-record__print-only', 'Notes'), el('p', 'govuk-body app-reuse-record__print-only app-reuse-record__notes', draft.notes));
  }
  // On paper, the record says what the check cannot know; on screen, the page does.
  const limits = el('ul', 'govuk-list govuk-list--bullet');
  limits.append(...RECORD_LIMITS.map((l) => el('li', '', l)));
  const box = el('div', 'app-reuse-record__print-only');
  box.append(el('h3', 'govuk-heading-m', 'What this check cannot know'), limits);
  body.append(box);
}

function download(record: ReuseCheckRecord): void {
  const blob = new Blob([`${JSON.stringify(record, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  const slug = record.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  a.href = URL.createObjectURL(blob);
  a.download = `reuse-check${slug ? `-${slug}` : ''}-${record.createdAt.slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export async function enhanceReuseCheck(): Promise<void> {
  const root = document.getElementById('reuse-check');
  const form = document.getElementById('reuse-check-form') as HTMLFormElement | null;
  const status = document.getElementById('reuse-status');
  const results = document.getElementById('reuse-results');
  const found = document.getElementById('reuse-found');
  const notes = document.getElementById('reuse-notes') as HTMLTextAreaElement | null;
  const title = document.getElementById('reuse-title') as HTMLInputElement | null;
  const need = document.getElementById('reuse-need') as HTMLTextAreaElement | null;
  if (!root || !form || !status || !results || !found || !notes || !title || !need) return;

  let index: BrowserIndex;
  try {
    const response = await fetch(urls.reuseIndexJson());
    if (!response.ok) throw new Error(String(response.status));
    index = (await response.json()) as BrowserIndex;
  } catch {
    status.textContent = 'The reuse index could not be loaded, so the check cannot run. Use the browse pages below instead.';
    root.hidden = false;
    form.hidden = true;
    return;
  }
  const pagefind = loadPagefind();
  const draft = loadDraft();
  title.value = draft.title;
  notes.value = draft.notes;
  root.hidden = false;
  renderRecord(draft, index);

  let current: Search | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = need.value.trim();
    if (!query) {
      status.textContent = 'Describe what you need, then check the catalogue.';
      need.focus();
      return;
    }
    status.textContent = 'Checking the catalogue…';
    void (async () => {
      const items = itemsInText(query).map((i) => i.id);
      const dataItems: FoundDataItem[] = items.flatMap((id) => {
        const d = index.dataItems.find((x) => x.id === id);
        return d ? [{ id: d.id, name: d.name, entries: d.entries, url: absolute(d.url) }] : [];
      });
      const ranked = rankOperations(index, query, items);
      const entries = await findEntries(await pagefind, index, query, items, ranked);
      const operations = ranked.map((r) => r.found);
      current = { query, at: new Date().toISOString(), found: { entries, operations, dataItems } };
      found.replaceChildren(foundLists(index, current, 'h3'));
      results.hidden = false;
      status.textContent = `Found ${plural(dataItems.length, 'data item')}, ${plural(entries.length, 'entry', 'entries')} and ${plural(operations.length, 'operation')} for “${query}”.${(await pagefind) ? '' : ' The search index could not be loaded, so entries were found from data items only.'}`;
    })();
  });

  title.addEventListener('input', () => {
    draft.title = title.value;
    saveDraft(draft);
    renderRecord(draft, index);
  });
  notes.addEventListener('input', () => {
    draft.notes = notes.value;
    saveDraft(draft);
  });
  results.querySelector('[data-reuse-keep]')?.addEventListener('click', () => {
    if (!current) return;
    draft.searches.push(current);
    current = undefined;
    saveDraft(draft);
    renderRecord(draft, index);
    status.textContent = `Added to your record, which now has ${plural(draft.searches.length, 'search', 'searches')}.`;
    results.hidden = true;
  });
  document.querySelector('[data-reuse-print]')?.addEventListener('click', () => {
    renderRecord(draft, index);
    window.print();
  });
  document.querySelector('[data-reuse-download]')?.addEventListener('click', () => download(recordOf(draft, index, new Date())));
  document.querySelector('[data-reuse-clear]')?.addEventListener('click', () => {
    if (!window.confirm('Start a new record? The searches in this one will be deleted from this browser.')) return;
    draft.searches = [];
    draft.notes = '';
    notes.value = '';
    saveDraft(draft);
    renderRecord(draft, index);
    status.textContent = 'Your record was deleted. Searches you keep now start a new one.';
  });
}
