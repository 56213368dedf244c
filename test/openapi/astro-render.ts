/** Renders the reference components to HTML in a test (see test/astro-container.ts), and reads what came out. */
import type { ReferenceModel, ReferencePage } from '../../src/openapi/reference-types.ts';
import { createComponentRenderer } from '../astro-container.ts';

/** Bytes the page frame (head, header, footer, breadcrumbs of Base.astro) adds to every page, measured generously. */
export const FRAME_BYTES = 30_000;

export interface ReferenceRenderer {
  render(model: ReferenceModel, page: ReferencePage): Promise<string>;
  close(): Promise<void>;
}

export async function createReferenceRenderer(): Promise<ReferenceRenderer> {
  const renderer = await createComponentRenderer();
  return {
    render: (model, page) =>
      renderer.render('src/components/reference/ReferenceBody.astro', {
        model,
        page,
        downloads: { yaml: `/entries/${model.entryId}/openapi.yaml`, json: `/entries/${model.entryId}/openapi.json` },
        organisation: 'Test organisation',
      }),
    close: () => renderer.close(),
  };
}

/** Heading levels in document order. */
export function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

/** Places where headings skip a level going down (h2 → h4). */
export function headingSkips(html: string): string[] {
  const levels = headingLevels(html);
  const skips: string[] = [];
  for (let i = 1; i < levels.length; i += 1) {
    const prev = levels[i - 1] ?? 1;
    const cur = levels[i] ?? 1;
    if (cur > prev + 1) skips.push(`h${prev} → h${cur} at heading ${i + 1}`);
  }
  return skips;
}

/** Active content in rendered HTML: script elements, event handler attributes, dangerous URLs, frames, styles. */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<(script|iframe|object|embed|style|link|meta|base|form|img|svg(?![^>]*govuk-pagination__icon))\b[^>]*>/gi)) found.push(m[0].slice(0, 80));
  // Attributes are only looked for inside tags: escaped text such as `&lt;img onerror=…&gt;` is inert.
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*(\s[^>]*)?>/gi)) {
    const attributes = tag[1] ?? '';
    for (const a of attributes.matchAll(/([^\s=/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = (a[1] ?? '').toLowerCase();
      const value = (a[2] ?? '').replace(/^["']|["']$/g, '').replace(/&#0*58;|&colon;/gi, ':').replace(/[\u0000-\u0020]/g, '');
      if (/^on|^(style|srcdoc|formaction)$/.test(name)) found.push(`${name} on ${tag[0].slice(0, 60)}`);
      if (/^(href|src|action|xlink:href)$/.test(name) && /^(javascript|data|vbscript):/i.test(value)) found.push(`${name}=${value.slice(0, 60)}`);
    }
  }
  return found;
}
