/**
 * Every export of the real catalogue as the build wrote it, read back by independent readers:
 * ajv for catalogue.json against the published schema, csv-parse, a JSON-LD processor offline, a
 * strict XML parser and a feed reader, Backstage's own catalogue model. And every page links to
 * every export from its footer.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  EntityPolicies,
  DefaultNamespaceEntityPolicy,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  type Entity,
} from '@backstage/catalog-model';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { CATALOGUE_EXPORTS } from '../../src/exports/list.ts';
import { licenceUri } from '../../src/exports/dataservice.ts';
import { importApiGovUk } from '../../src/import/api-gov-uk/index.ts';
import { parseXml } from '../support/xml.ts';
import { DIST } from './site.ts';

const SITE = 'https://api-catalogue.example.gov.uk/';
const { catalogue } = loadCatalogue('catalogue');
const ids = catalogue.entries.map((e) => e.entry.id).sort();
const read = (p: string) => readFileSync(path.join(DIST, p), 'utf8');
const json = (p: string) => JSON.parse(read(p)) as Record<string, unknown>;
/** The file in the build that an absolute URL of the site names. */
const fileOf = (url: string) => {
  const p = decodeURIComponent(new URL(url).pathname);
  return path.join(DIST, p.endsWith('/') ? `${p}index.html` : p);
};

describe('the exports of the built catalogue', () => {
  it('writes every export in the list', () => {
    for (const e of CATALOGUE_EXPORTS) expect(existsSync(path.join(DIST, e.path)), e.path).toBe(true);
  });

  it('catalogue.json validates against catalogue.schema.json (ajv, strict) and has every entry', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(json('catalogue.schema.json'));
    const data = json('catalogue.json');
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    expect((data.entries as { id: string }[]).map((e) => e.id).sort()).toEqual(ids);
  });

  it('catalogue.csv parses with a row per entry, api.gov.uk\'s columns first', () => {
    const rows = parseCsv(read('catalogue.csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!).slice(0, 12)).toEqual(['dateAdded', 'dateUpdated', 'url', 'name', 'description', 'documentation', 'license', 'maintainer', 'areaServed', 'startDate', 'endDate', 'provider']);
    expect(rows.map((r) => r.id).sort()).toEqual(ids);
    const organisations = parseCsv(read('organisations.csv'), { columns: true }) as Record<string, string>[];
    for (const r of rows) expect(organisations.some((o) => o.id === r.provider), r.provider).toBe(true);
  });

  it('catalogue.csv of the whole catalogue goes through the api.gov.uk importer and gives back every field its columns carry', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'csv-roundtrip-'));
    try {
      for (const f of ['catalogue.csv', 'catalogue.csv-metadata.json', 'organisations.csv', 'organisations.csv-metadata.json']) copyFileSync(path.join(DIST, f), path.join(work, f));
      const target = path.join(work, 'catalogue');
      mkdirSync(path.join(target, 'entries'), { recursive: true });
      mkdirSync(path.join(target, 'organisations'));
      for (const f of ['config.yaml', 'topics.yaml']) cpSync(path.join('catalogue', f), path.join(target, f));
      const report = importApiGovUk({ catalogueCsv: path.join(work, 'catalogue.csv'), organisationCsv: path.join(work, 'organisations.csv'), catalogueDir: target, today: '2026-12-01' });
      expect(report.problems).toEqual([]);
      expect(report.rows.filter((r) => r.outcome.kind !== 'created')).toEqual([]);
      for (const s of report.schemaProblems) expect(s.cells.slice(0, 3), s.file).toEqual([]);
      const back = loadCatalogue(target);
      expect(back.problems.map((p) => p.message).slice(0, 3)).toEqual([]);
      const mismatches: string[] = [];
      for (const { entry: e } of catalogue.entries) {
        const found = back.catalogue.entries.filter((l) => l.entry.name === e.name && l.entry.organisation === e.organisation);
        if (found.length !== 1) {
          mismatches.push(`${e.id}: ${found.length} imported entries`);
          continue;
        }
        const b = found[0]!.entry;
        const production = (x: typeof e) => x.endpoints.filter((p) => p.environment === 'production').map((p) => p.url);
        const checks: [string, unknown, unknown][] = [
          ['description', b.description, e.description.trim()],
          ['documentationUrl', b.documentationUrl, e.documentationUrl],
          ['production URL', production(b), production(e)],
          ['areaServed', b.areaServed, e.areaServed],
          ['released', b.dates.released, e.dates.released],
          ['deprecated', b.dates.deprecated, e.dates.deprecated ?? e.dates.retired],
          ['licence', licenceUri(e) ? b.licence?.url : b.licence?.name, licenceUri(e) ?? e.licence?.name],
          ['contact', e.contact?.email ? b.contact : b.contact?.url, e.contact?.email ? { name: e.contact.name, email: e.contact.email } : e.contact?.url],
        ];
        for (const [field, got, want] of checks) if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${e.id} ${field}: ${JSON.stringify(got)} (was ${JSON.stringify(want)})`);
      }
      expect(mismatches.slice(0, 10)).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('catalogue.jsonld expands offline into a dcat:DataService per entry', async () => {
    const expanded = (await jsonld.expand(json('catalogue.jsonld'), {
      documentLoader: (async (url: string) => {
        throw new Error(`offline: ${url}`);
      }) as never,
    })) as Record<string, unknown>[];
    const services = expanded[0]!['http://www.w3.org/ns/dcat#service'] as { '@type': string[] }[];
    expect(services).toHaveLength(ids.length);
    for (const s of services) expect(s['@type']).toEqual(['http://www.w3.org/ns/dcat#DataService']);
  });

  it('the API catalog links each API to files that exist in the build', () => {
    const { linkset } = json('.well-known/api-catalog') as { linkset: ({ anchor: string } & Record<string, { href: string }[] | string>)[] };
    expect(linkset[0]!.anchor).toBe(`${SITE}.well-known/api-catalog`);
    expect(linkset.length).toBeGreaterThan(20);
    for (const context of linkset.slice(1)) {
      for (const rel of ['service-desc', 'service-meta', 'status'] as const) {
        const links = context[rel] as { href: string }[] | undefined;
        for (const l of links ?? []) expect(existsSync(fileOf(l.href)), l.href).toBe(true);
      }
      expect(context.status, context.anchor).toBeDefined();
    }
  });

  it('apis.json names an image and API pages that exist', () => {
    const index = json('apis.json') as { image: string; apis: { humanURL: string; image: string }[] };
    expect(existsSync(fileOf(index.image)), index.image).toBe(true);
    for (const api of index.apis) expect(existsSync(fileOf(api.humanURL)), api.humanURL).toBe(true);
  });

  it('every Atom feed is well-formed and read by a feed reader', () => {
    const feeds = ['changes.atom', ...ids.map((id) => `entries/${id}/changes.atom`), ...catalogue.organisations.map((o) => `organisations/${o.organisation.slug}/changes.atom`)];
    for (const f of feeds) {
      const xml = read(f);
      parseXml(xml);
      const feed = parseFeed(xml);
      expect(feed.title, f).toBeTruthy();
      for (const item of feed.items) expect(item.id, f).toMatch(/^tag:api-catalogue\.example\.gov\.uk,\d{4}-\d{2}-\d{2}:/);
    }
  });

  it('the sitemap lists every entry page and the pages about the data, and only pages', () => {
    const index = parseXml(read('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string } | { loc: string }[] } };
    const parts = [index.sitemapindex.sitemap].flat().map((s) => s.loc);
    const locs = parts.flatMap((loc) => {
      const doc = parseXml(readFileSync(fileOf(loc), 'utf8')) as { urlset: { url: { loc: string; lastmod?: string }[] } };
      return doc.urlset.url;
    });
    const urls = new Set(locs.map((u) => u.loc));
    for (const id of ids) expect(urls.has(`${SITE}entries/${id}/`), id).toBe(true);
    for (const p of ['use-this-data/', 'changes/']) expect(urls.has(`${SITE}${p}`), p).toBe(true);
    for (const u of urls) expect(u.endsWith('/'), u).toBe(true);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  });

  it('the Backstage entities pass Backstage\'s own checks, with definitions read from the build', async () => {
    const policies = EntityPolicies.allOf([new DefaultNamespaceEntityPolicy(), new NoForeignRootFieldsEntityPolicy(), new FieldFormatEntityPolicy(), new SchemaValidEntityPolicy()]);
    const validators = { API: apiEntityV1alpha1Validator, Component: componentEntityV1alpha1Validator, Group: groupEntityV1alpha1Validator } as const;
    const entities = parseAllDocuments(read('backstage/catalog-info.yaml')).map((d) => d.toJS() as Entity);
    expect(entities.filter((e) => e.kind === 'API').length).toBeGreaterThanOrEqual(30);
    for (const entity of entities) {
      const spec = entity.spec as { definition?: unknown } | undefined;
      // Backstage's placeholder processor reads $text before validating; the file is in the build.
      if (spec?.definition && typeof spec.definition === 'object') spec.definition = readFileSync(fileOf((spec.definition as { $text: string }).$text), 'utf8');
      await policies.enforce(entity);
      await expect(validators[entity.kind as keyof typeof validators].check(entity), `${entity.kind} ${entity.metadata.name}`).resolves.toBe(true);
    }
  });

  it('each entry has its record, its status and a page with its feed and schema.org WebAPI', () => {
    for (const id of ids) {
      expect(json(`entries/${id}/entry.json`).id).toBe(id);
      expect(json(`entries/${id}/status.json`).id).toBe(id);
      const page = read(`entries/${id}/index.html`);
      expect(page).toContain(`<link rel="alternate" type="application/atom+xml" title=`);
      expect(page).toContain(`href="/entries/${id}/changes.atom"`);
      const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page);
      expect(ld, id).not.toBeNull();
      expect(JSON.parse(ld![1]!)).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebAPI', identifier: id });
      expect(existsSync(path.join(DIST, 'entries', id, 'changes', 'index.html')), id).toBe(true);
    }
  });

  it('every page\'s footer links to every export, and the Use this data page describes each', () => {
    const pages = readdirSync(path.join(DIST, 'entries')).slice(0, 5).map((d) => `entries/${d}/index.html`).filter((p) => existsSync(path.join(DIST, p)));
    for (const p of ['index.html', 'changes/index.html', ...pages]) {
      const footer = read(p).split('<footer')[1] ?? '';
      for (const e of CATALOGUE_EXPORTS) expect(footer, `${p} ${e.path}`).toContain(`href="${e.path}"`);
      expect(footer).toContain('href="/use-this-data/"');
    }
    const guide = read('use-this-data/index.html');
    for (const e of CATALOGUE_EXPORTS) expect(guide, e.path).toContain(`href="${e.path}"`);
    expect(guide).toContain('Open Government Licence v3.0');
  });
});
