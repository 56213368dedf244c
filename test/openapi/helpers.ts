/** Shared helpers for the OpenAPI reference tests. */
import * as path from 'node:path';
import { bundleSpec } from '../../src/openapi/bundle.ts';
import { buildReference, type BuildReferenceOptions } from '../../src/openapi/reference-model.ts';
import type { OperationModel, ReferenceModel } from '../../src/openapi/reference-types.ts';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');

export async function referenceOf(dir: string, file = 'openapi.yaml', options: Partial<BuildReferenceOptions> = {}): Promise<ReferenceModel> {
  const b = await bundleSpec(file, path.join(FIXTURES, dir));
  return buildReference(b.document, {
    entryId: dir,
    baseUrl: `/entries/${dir}/reference/`,
    family: b.family,
    version: b.version,
    converted: b.converted,
    problems: b.problems,
    ...options,
  });
}

export function operations(model: ReferenceModel): OperationModel[] {
  return model.tags.flatMap((t) => t.operations);
}

export function operation(model: ReferenceModel, anchor: string): OperationModel {
  const op = operations(model).find((o) => o.anchor === anchor);
  if (!op) throw new Error(`no operation ${anchor}; have ${operations(model).map((o) => o.anchor).join(', ')}`);
  return op;
}

const ALLOWED_TAGS = new Set(['p', 'a', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'hr', 'br', 'span', 'div', 's']);
const ALLOWED_ATTRIBUTES = new Set(['class', 'href', 'rel', 'scope', 'tabindex', 'start']);

/**
 * Problems with an HTML fragment that should be inert: unknown elements, attributes other than a
 * short list (so no event handlers or styles), and links other than http(s), mailto, relative and
 * fragment URLs.
 */
export function unsafeHtml(html: string): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const tag = (m[1] ?? '').toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) problems.push(`element <${tag}>`);
    for (const a of (m[2] ?? '').matchAll(/([^\s=/"']+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = (a[1] ?? '').toLowerCase();
      if (!ALLOWED_ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${tag}>`);
      if (name === 'href') {
        const value = (a[2] ?? '').replace(/^["']|["']$/g, '');
        if (!/^(https?:\/\/|mailto:|\/|#|[a-z0-9._~-]+(?:[/?#]|$))/i.test(value)) problems.push(`href ${value}`);
      }
    }
  }
  return problems;
}

/** Every `…Html` field in a model with the problems of its HTML. */
export function unsafeHtmlFields(value: unknown, at = '$', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  for (const [key, v] of Object.entries(value)) {
    const where = `${at}.${key}`;
    if (key.endsWith('Html') && typeof v === 'string') for (const p of unsafeHtml(v)) out.push(`${where}: ${p}`);
    else if (key.endsWith('Html') && Array.isArray(v)) v.forEach((h, i) => { if (typeof h === 'string') for (const p of unsafeHtml(h)) out.push(`${where}[${i}]: ${p}`); });
    else unsafeHtmlFields(v, where, out, seen);
  }
  return out;
}

/** Every `url` of a SafeLink and `href` of a LinkRef in a model. */
export function urlsIn(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o['url'] === 'string' && typeof o['external'] === 'boolean') out.push(o['url']);
  if (typeof o['href'] === 'string') out.push(o['href']);
  for (const v of Object.values(o)) urlsIn(v, out, seen);
  return out;
}
