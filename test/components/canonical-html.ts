/**
 * HTML reduced to what a reader and a browser see, for comparing two renderings of the same thing:
 * one line per tag or text run, attributes sorted, class names sorted, whitespace collapsed, entities
 * decoded, comments dropped. For test fixtures only (trusted HTML), not a general parser.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ctdot: '\u22ef' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

function attributes(source: string): string {
  const found: string[] = [];
  for (const m of source.matchAll(/([^\s=/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    let value = decode((m[2] ?? '').replace(/^["']|["']$/g, ''));
    if (name === 'class') value = value.split(/\s+/).filter(Boolean).sort().join(' ');
    else value = value.replace(/\s+/g, ' ').trim();
    found.push(value === '' ? name : `${name}="${value}"`);
  }
  return found.sort().join(' ');
}

export function canonicalHtml(html: string): string[] {
  const lines: string[] = [];
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of source.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      const text = decode(m[5]).replace(/\s+/g, ' ').trim();
      if (text) lines.push(text);
      continue;
    }
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const attrs = closing ? '' : attributes(m[3] ?? '');
    lines.push(`<${closing ? '/' : ''}${name}${attrs ? ` ${attrs}` : ''}>`);
    // `<path … />` is the same element as `<path …></path>`.
    if (m[4] === '/') lines.push(`</${name}>`);
  }
  return lines;
}
