/**
 * Markdown (from OpenAPI documents and catalogue entries) to safe HTML with GOV.UK Frontend classes.
 *
 * Safety comes from markdown-it itself, not from filtering its output: raw HTML in the source is
 * escaped (`html: false`), every link and image URL passes `isSafeUrl` (http, https, mailto,
 * relative paths and `#anchors` only), images become links (no third-party requests), and no
 * `style` attribute survives. Links to other sites are marked with `rel="external …"`, the class
 * `app-external-link` and a visually hidden " (external link)".
 */
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';

export interface MarkdownOptions {
  /** The HTML heading level that a Markdown `#` heading becomes (default 3); deeper ones follow, up to h6. */
  headingLevel?: number;
}

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * True for URLs a rendered page may link to: http(s), mailto, protocol-relative, and relative or
 * fragment URLs. Anything with another scheme (javascript:, data:, vbscript:, file: …), including
 * obfuscated with spaces, control characters or entities already decoded by the parser, is refused.
 */
export function isSafeUrl(url: string): boolean {
  // Browsers drop ASCII whitespace and control characters inside a URL's scheme, so must we.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (compact === '') return false;
  const colon = compact.indexOf(':');
  if (colon === -1) return true;
  const firstDelimiter = compact.search(/[/?#]/);
  if (firstDelimiter !== -1 && firstDelimiter < colon) return true; // the colon is in the path, query or fragment
  const scheme = compact.slice(0, colon);
  return ALLOWED_SCHEMES.has(scheme);
}

/** True for links that leave the catalogue: absolute http(s) and protocol-relative URLs. */
export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

const HIDDEN_EXTERNAL = '<span class="govuk-visually-hidden"> (external link)</span>';

function addClass(token: Token, cls: string): void {
  token.attrJoin('class', cls);
}

function headingTag(markdownLevel: number, base: number): string {
  return `h${Math.min(6, Math.max(2, base + markdownLevel - 1))}`;
}

function headingClass(tag: string): string {
  return tag === 'h2' ? 'govuk-heading-m' : 'govuk-heading-s';
}

function styleInline(children: Token[]): void {
  const openLinks: boolean[] = [];
  for (const child of children) {
    if (child.type === 'link_open') {
      const href = String(child.attrGet('href') ?? '');
      const external = isExternalUrl(href);
      addClass(child, external ? 'govuk-link app-external-link' : 'govuk-link');
      if (external) child.attrSet('rel', 'external noopener noreferrer');
      openLinks.push(external);
    } else if (child.type === 'link_close') {
      child.meta = { external: openLinks.pop() ?? false };
    } else if (child.type === 'code_inline') {
      addClass(child, 'app-code-inline');
    }
  }
}

function createRenderer(headingLevel: number): MarkdownIt {
  const md = markdownIt('default', { html: false, linkify: true, typographer: false, breaks: false });
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  md.validateLink = isSafeUrl;

  md.core.ruler.push('govuk_frontend', (state) => {
    for (const token of state.tokens) {
      token.attrs = token.attrs?.filter(([name]) => name !== 'style') ?? null;
      switch (token.type) {
        case 'paragraph_open':
          addClass(token, 'govuk-body');
          break;
        case 'heading_open':
        case 'heading_close': {
          const level = Number(token.tag.slice(1));
          token.tag = headingTag(level, headingLevel);
          if (token.type === 'heading_open') addClass(token, headingClass(token.tag));
          break;
        }
        case 'bullet_list_open':
          addClass(token, 'govuk-list govuk-list--bullet');
          break;
        case 'ordered_list_open':
          addClass(token, 'govuk-list govuk-list--number');
          break;
        case 'blockquote_open':
          addClass(token, 'govuk-inset-text');
          break;
        case 'hr':
          addClass(token, 'govuk-section-break govuk-section-break--m govuk-section-break--visible');
          break;
        case 'table_open':
          addClass(token, 'govuk-table');
          break;
        case 'thead_open':
          addClass(token, 'govuk-table__head');
          break;
        case 'tbody_open':
          addClass(token, 'govuk-table__body');
          break;
        case 'tr_open':
          addClass(token, 'govuk-table__row');
          break;
        case 'th_open':
          addClass(token, 'govuk-table__header');
          token.attrSet('scope', 'col');
          break;
        case 'td_open':
          addClass(token, 'govuk-table__cell');
          break;
        case 'inline':
          if (token.children) styleInline(token.children);
          break;
        default:
          break;
      }
    }
  });

  const escape = md.utils.escapeHtml;
  md.renderer.rules.link_close = (tokens, idx) => (tokens[idx]?.meta?.external ? `${HIDDEN_EXTERNAL}</a>` : '</a>');
  // Images are shown as links to the image: no request to another site when the page loads.
  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx];
    if (!token) return '';
    const src = String(token.attrGet('src') ?? '');
    const alt = token.children?.map((c) => c.content).join('') || 'image';
    const external = isExternalUrl(src);
    const cls = external ? 'govuk-link app-external-link' : 'govuk-link';
    const rel = external ? ' rel="external noopener noreferrer"' : '';
    return `<a class="${cls}" href="${escape(src)}"${rel}>${escape(`Image: ${alt}`)}${external ? HIDDEN_EXTERNAL : ''}</a>`;
  };
  const codeBlock = (content: string): string => `<pre class="app-code-block" tabindex="0"><code>${escape(content)}</code></pre>\n`;
  md.renderer.rules.fence = (tokens, idx) => codeBlock(tokens[idx]?.content ?? '');
  md.renderer.rules.code_block = (tokens, idx) => codeBlock(tokens[idx]?.content ?? '');
  md.renderer.rules.table_open = () => '<div class="app-table-container">\n<table class="govuk-table">\n';
  md.renderer.rules.table_close = () => '</table>\n</div>\n';
  return md;
}

const renderers = new Map<number, MarkdownIt>();

/**
 * Renders Markdown to safe HTML. Non-string input (a number or object where a description was
 * expected) renders as nothing.
 */
function rendererFor(level: number): MarkdownIt {
  let md = renderers.get(level);
  if (!md) {
    md = createRenderer(level);
    renderers.set(level, md);
  }
  return md;
}

export function renderMarkdown(text: unknown, options: MarkdownOptions = {}): string {
  if (typeof text !== 'string' || text.trim() === '') return '';
  return rendererFor(Math.min(6, Math.max(2, options.headingLevel ?? 3))).render(text);
}

/** Renders one line of Markdown (emphasis, code spans, links; no paragraphs or blocks) to safe HTML. */
export function renderInlineMarkdown(text: string): string {
  return rendererFor(3).renderInline(text);
}

/** Escapes text for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
