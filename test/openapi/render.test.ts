/**
 * The reference components rendered to HTML from the fixture models (and the largest corpus
 * documents when ../shared/corpus is present): structure, accessibility basics, inert hostile
 * content and real page sizes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec } from '../../src/openapi/bundle.ts';
import { buildReference, PAGE_LIMIT_BYTES } from '../../src/openapi/reference-model.ts';
import { activeContent, createReferenceRenderer, FRAME_BYTES, headingSkips, type ReferenceRenderer } from './astro-render.ts';
import { operations, referenceOf } from './helpers.ts';

let renderer: ReferenceRenderer;
beforeAll(async () => {
  renderer = await createReferenceRenderer();
}, 120_000);
afterAll(async () => {
  await renderer?.close();
});

const FIXTURES: [string, string][] = [
  ['v20', 'swagger.yaml'],
  ['v30', 'openapi.yaml'],
  ['v31', 'openapi.yaml'],
  ['multi', 'openapi.yaml'],
  ['circular', 'openapi.yaml'],
  ['hostile', 'openapi.yaml'],
];

describe('rendered reference pages', () => {
  it.each(FIXTURES)('%s renders every page with its anchors, captions and headings in order', async (dir, file) => {
    for (const budget of [undefined, 30_000]) {
      const model = await referenceOf(dir, file, budget ? { pageBudget: budget } : {});
      for (const page of model.pages) {
        const html = await renderer.render(model, page);
        expect(headingSkips(html), page.slug).toEqual([]);
        expect(html.match(/<h1[\s>]/g), page.slug).toHaveLength(1);
        for (const section of page.sections) for (const op of section.operations) expect(html).toContain(` id="${op.anchor}"`);
        for (const s of page.schemas) expect(html).toContain(` id="${s.anchor}"`);
        // Every table has a caption, and every row header its scope.
        expect((html.match(/<table/g) ?? []).length).toBe((html.match(/<caption/g) ?? []).length);
        expect(html.match(/<th(?=[\s>])(?![^>]*scope=)[^>]*>/g)).toBeNull();
        // Ids are unique on the page.
        const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
        expect(new Set(ids).size, page.slug).toBe(ids.length);
        // Links within the page point at ids that exist (`#main-content` is the page frame's <main>).
        for (const m of html.matchAll(/href="#([^"]+)"/g)) if (m[1] !== 'main-content') expect(ids, `#${m[1]} on ${page.slug || 'index'}`).toContain(m[1]);
      }
    }
  }, 60_000);

  it('shows an operation with its method, path, a full example, parameters and responses', async () => {
    const model = await referenceOf('v30');
    const html = await renderer.render(model, model.pages[0]!);
    expect(html).toContain('<strong class="govuk-tag govuk-tag--blue app-method">GET</strong> List plots</h3>');
    expect(html).toContain('<code>GET /plots</code>');
    expect(html).toContain('<caption class="govuk-table__caption govuk-table__caption--s">Query parameters</caption>');
    expect(html).toContain('<code>uprn</code><span class="app-required">required</span>');
    expect(html).toContain('Fields of the 200 response body (application/json)');
    expect(html).toContain('<th scope="row" class="govuk-table__header app-fields__name app-d1"><code>plots[].uprn</code>');
    expect(html).toContain('curl --request GET &quot;https://api.allotments.example.gov.uk/v2/plots?uprn=100023336956&quot;');
    expect(html).toContain('<details class="govuk-details">');
    // The example comes first: the request, then a response with its status line and content type.
    const listPlots = html.slice(html.indexOf('id="list-plots"'), html.indexOf('id="get-plot"'));
    expect(listPlots.indexOf('>Example</h4>')).toBeLessThan(listPlots.indexOf('>Parameters</h4>'));
    expect(listPlots).toContain('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{');
    expect(html).toContain('href="/entries/v30/openapi.yaml" download');
  });

  it('links circular schemas instead of nesting them', async () => {
    const model = await referenceOf('circular');
    const html = await renderer.render(model, model.pages[0]!);
    expect(html).toContain('Contains itself: <a class="govuk-link" href="#schema-unit">see the Unit schema</a>');
  });

  it('detects active content (a check of the check)', () => {
    expect(activeContent('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(activeContent('<a href=" JAVASCRIPT&#58;alert(1)">x</a>')).toHaveLength(1);
    expect(activeContent('<p onclick="x()">x</p><div style="color:red"></div><script>x</script><iframe src="/"></iframe>')).toHaveLength(4);
    expect(activeContent('<p class="govuk-body">&lt;script&gt; &lt;img src=x onerror=alert(1)&gt;</p>')).toEqual([]);
  });

  it('produces no active content from a hostile document', async () => {
    for (const budget of [undefined, 20_000]) {
      const model = await referenceOf('hostile', 'openapi.yaml', budget ? { pageBudget: budget } : {});
      expect(operations(model)).toHaveLength(2);
      for (const page of model.pages) {
        const html = await renderer.render(model, page);
        expect(activeContent(html), page.slug).toEqual([]);
        expect(html).toContain('&lt;script&gt;');
      }
    }
  });
});

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');

function largestRootSpecs(n: number): string[] {
  if (!fs.existsSync(MANIFEST)) return [];
  const [header, ...rows] = fs.readFileSync(MANIFEST, 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const col = (name: string) => header?.indexOf(name) ?? -1;
  return rows
    .filter((r) => r[col('role')] === 'root' && /^(openapi|swagger)/.test(r[col('spec_version')] ?? ''))
    .sort((a, b) => Number(b[col('bytes')]) - Number(a[col('bytes')]))
    .slice(0, n)
    .map((r) => path.join(CORPUS, r[col('local_path')] ?? ''));
}

describe.skipIf(!fs.existsSync(MANIFEST))('rendered corpus references', () => {
  it.each(largestRootSpecs(4).map((f) => [path.relative(CORPUS, f), f]))('%s: every page is under 600 KB', async (_, file) => {
    const bundled = await bundleSpec(path.basename(file), path.dirname(file));
    const model = buildReference(bundled.document, { entryId: 'corpus', baseUrl: '/entries/corpus/reference/', family: bundled.family, converted: bundled.converted });
    const started = performance.now();
    let largest = 0;
    for (const page of model.pages) {
      const bytes = Buffer.byteLength(await renderer.render(model, page)) + FRAME_BYTES;
      largest = Math.max(largest, bytes);
      expect(bytes, page.slug).toBeLessThan(PAGE_LIMIT_BYTES);
    }
    console.log(
      `${path.relative(CORPUS, file)}: ${fs.statSync(file).size} bytes, model ${model.stats.buildMs} ms, render ${Math.round(performance.now() - started)} ms, ` +
        `${model.stats.pages} pages, largest page ${largest} bytes (with ${FRAME_BYTES} for the page frame)`,
    );
  }, 120_000);
});
