import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
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

  it('has the home, A to Z, search and 404 pages and a Pagefind index', () => {
    for (const p of ['index.html', 'entries/index.html', 'search/index.html', '404.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
      expect(existsSync(path.join(DIST, p)), p).toBe(true);
    }
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBeGreaterThanOrEqual(catalogue.entries.length);
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

  it('keeps every HTML page under 600 KB', () => {
    const big: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = path.join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.html') && statSync(p).size > 600 * 1024) big.push(path.relative(DIST, p));
      }
    };
    walk(DIST);
    expect(big).toEqual([]);
  });
});
