import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { PAGE_LIMIT_BYTES } from '../../src/openapi/reference-model.ts';
import { DIST } from './site.ts';

const { catalogue } = loadCatalogue('catalogue');

describe('the built site', () => {
  it('has a page for every entry, organisation and topic', () => {
    for (const e of catalogue.entries) expect(existsSync(path.join(DIST, 'entries', e.entry.id, 'index.html')), e.entry.id).toBe(true);
    for (const o of catalogue.organisations) expect(existsSync(path.join(DIST, 'organisations', o.organisation.slug, 'index.html')), o.organisation.slug).toBe(true);
    for (const t of catalogue.topics) expect(existsSync(path.join(DIST, 'topics', t.id, 'index.html')), t.id).toBe(true);
    const entryPages = readdirSync(path.join(DIST, 'entries')).filter((d) => existsSync(path.join(DIST, 'entries', d, 'index.html')));
    expect(entryPages.length).toBeGreaterThanOrEqual(40);
  });

  it('has the home, A to Z, search and 404 pages, a Pagefind index and the search vocabulary', () => {
    for (const p of ['index.html', 'entries/index.html', 'search/index.html', '404.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'search/vocabulary.json']) {
      expect(existsSync(path.join(DIST, p)), p).toBe(true);
    }
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const records = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    // One record per entry, and one per API reference page with operations or schemas.
    expect(records).toBeGreaterThan(catalogue.entries.length);
    const vocabulary = JSON.parse(readFileSync(path.join(DIST, 'search/vocabulary.json'), 'utf8')) as { words: string[] };
    expect(vocabulary.words).toContain('notify');
  });

  it('has a page per imported entry that says where it came from, that it awaits its owners, and that it has no OpenAPI document', () => {
    const imported = catalogue.entries.filter((e) => e.entry.provenance);
    expect(imported.length).toBeGreaterThanOrEqual(200);
    for (const e of imported) {
      const html = readFileSync(path.join(DIST, 'entries', e.entry.id, 'index.html'), 'utf8');
      expect(html, e.entry.id).toContain(`(catalogue.csv, row ${e.entry.provenance!.row})`);
      expect(html, e.entry.id).toContain('Crown copyright, Open Government Licence v3.0');
      if (!e.entry.dates.lastReviewed) expect(html, e.entry.id).toContain('Awaiting review by');
      if (e.entry.specs.length === 0) expect(html, e.entry.id).toContain('No OpenAPI document published; the GDS standards ask for one');
    }
    // Search and browse find the APIs without a document.
    const none = readFileSync(path.join(DIST, 'openapi-documents', 'none', 'index.html'), 'utf8');
    expect(none).toContain('No OpenAPI document yet');
    expect(none).toContain(`href="/entries/${imported.find((e) => e.entry.specs.length === 0)!.entry.id}/"`);
  });

  it('leaves retired entries out of the A to Z and organisation lists, and lists them under Retired and on the roadmap', () => {
    const retired = catalogue.entries.filter((e) => e.entry.status === 'retired').map((e) => e.entry.id);
    expect(retired.length).toBeGreaterThan(0);
    // The A to Z: one page, or (at this catalogue's size) a page per letter.
    const letters = path.join(DIST, 'a-to-z');
    const aToZPages = existsSync(letters)
      ? (readdirSync(letters, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html')).map((f) => path.join(letters, f))
      : [path.join(DIST, 'entries', 'index.html')];
    const aToZ = aToZPages.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(aToZ).toContain('href="/entries/govuk-notify/"');
    const gds = readFileSync(path.join(DIST, 'organisations', 'government-digital-service', 'index.html'), 'utf8');
    const list = readFileSync(path.join(DIST, 'statuses', 'retired', 'index.html'), 'utf8');
    const roadmap = readFileSync(path.join(DIST, 'roadmap', 'index.html'), 'utf8');
    for (const id of retired) {
      expect(aToZ, id).not.toContain(`href="/entries/${id}/"`);
      expect(gds, id).not.toContain(`href="/entries/${id}/"`);
      expect(list, id).toContain(`href="/entries/${id}/"`);
      expect(roadmap, id).toContain(`href="/entries/${id}/"`);
    }
    expect(roadmap).toContain('Registers the Transformation Strategy planned');
    expect(readFileSync(path.join(DIST, 'review', 'index.html'), 'utf8')).toContain('Entries due for review');
  });

  it('shows the lifecycle and successor of a retired entry', () => {
    const retired = catalogue.entries.find((e) => e.entry.status === 'retired' && e.entry.successor);
    expect(retired).toBeDefined();
    const html = readFileSync(path.join(DIST, 'entries', retired!.entry.id, 'index.html'), 'utf8');
    expect(html).toContain('was retired');
    expect(html).toContain(`href="/entries/${retired!.entry.successor}/"`);
  });

  it('publishes a conformance report for every API entry, exemptions with their reasons, and a page per rule', () => {
    for (const e of catalogue.entries.filter((x) => x.entry.specs.length > 0)) {
      expect(existsSync(path.join(DIST, 'entries', e.entry.id, 'conformance', 'index.html')), e.entry.id).toBe(true);
      expect(readFileSync(path.join(DIST, 'entries', e.entry.id, 'index.html'), 'utf8')).toContain('id="conformance"');
    }
    const pds = readFileSync(path.join(DIST, 'entries', 'nhs-pds-fhir-api', 'conformance', 'index.html'), 'utf8');
    expect(pds).toContain('Exempt findings');
    expect(pds).toContain('HL7 FHIR fixes resource names');
    const rulePages = readdirSync(path.join(DIST, 'standards', 'rules'));
    expect(rulePages.length).toBeGreaterThanOrEqual(40);
    expect(existsSync(path.join(DIST, 'standards', 'dashboard', 'index.html'))).toBe(true);
  });

  it('keeps every page under 150 KB of HTML, and API references under their page limit', () => {
    const big: string[] = [];
    for (const file of htmlFiles(DIST)) {
      const bytes = statSync(file).size;
      const reference = /\/reference\//.test(file);
      if (bytes > (reference ? PAGE_LIMIT_BYTES : 150 * 1024)) big.push(`${path.relative(DIST, file)} (${Math.round(bytes / 1024)} KB)`);
    }
    expect(big).toEqual([]);
  });

  it('has a browse page for every kind, status, access level, topic and organisation, and the browse hub', () => {
    for (const p of ['browse/index.html', 'kinds/api/index.html', 'statuses/live/index.html', 'statuses/retired/index.html', 'access/open/index.html', 'topics/payments/index.html', 'organisations/hm-revenue-customs/index.html']) {
      expect(existsSync(path.join(DIST, p)), p).toBe(true);
    }
  });

  it('links only to pages and files that exist (every URL comes from the routes module)', () => {
    const broken = new Set<string>();
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\shref="(\/[^"#?]*)/g)) {
        const target = decodeURIComponent(m[1]!);
        const onDisk = path.join(DIST, target);
        const ok = target.endsWith('/') ? existsSync(path.join(onDisk, 'index.html')) : existsSync(onDisk);
        if (!ok) broken.add(`${target} (from ${path.relative(DIST, file)})`);
      }
    }
    expect([...broken].slice(0, 20)).toEqual([]);
  });
});

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) found.push(...htmlFiles(p));
    else if (p.endsWith('.html')) found.push(p);
  }
  return found;
}
