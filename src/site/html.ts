/**
 * HTML that is safe to insert, for the `html` options of the GOV.UK components (table cells, summary
 * list values, banners). Build it with the `html` tag: every interpolated value is escaped unless it
 * is itself SafeHtml, so text from an entry can never become markup.
 *
 *   html`<a class="govuk-link" href="${urls.entry(id)}">${entry.name}</a>`
 *
 * (that one is `entryLink(entry)`). `trustedHtml` marks HTML that was made safe elsewhere (the
 * sanitising Markdown renderer).
 */
import { urls } from './urls.ts';

export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | SafeHtml | readonly HtmlValue[] | false | null | undefined;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function render(value: HtmlValue): string {
  if (value === false || value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** HTML produced by a sanitiser (src/openapi/markdown.ts); never use it for text from an entry. */
export function trustedHtml(value: string): SafeHtml {
  return new SafeHtml(value);
}

/** Text or HTML content, as GOV.UK Frontend's macros take it: `html` wins over `text`. */
export interface Content {
  text?: string | number;
  html?: SafeHtml;
}

/** The content as HTML: `html` as it is, `text` escaped; '' when neither is given. */
export function contentHtml(c: Content | undefined): string {
  if (!c) return '';
  if (c.html) return c.html.value;
  return c.text === undefined ? '' : escapeHtml(String(c.text));
}

/** Attributes as GOV.UK Frontend's macros take them: values escaped, `true` for a bare attribute. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** Class names joined with spaces, skipping empty ones. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** Text whose `backticked` parts are code (rule messages, places, rule explanations), as HTML. */
export function withCode(text: string): SafeHtml {
  const parts = text.split(/`([^`]+)`/);
  return new SafeHtml(parts.map((part, i) => (i % 2 === 1 ? `<code class="app-inline-code">${escapeHtml(part)}</code>` : escapeHtml(part))).join(''));
}

/** A link to an entry's page, its name as the text. */
export function entryLink(e: { id: string; name: string }): SafeHtml {
  return html`<a class="govuk-link" href="${urls.entry(e.id)}">${e.name}</a>`;
}
