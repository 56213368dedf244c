import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { code, inline, oneLine, text } from '../../src/github/markdown.ts';

// A CommonMark renderer with raw HTML and URL autolinking switched on: stricter than GitHub's.
const md = new MarkdownIt({ html: true, linkify: true });

const HOSTILE = [
  '[click me](https://evil.example/phish)',
  '![tracker](https://evil.example/pixel.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<details open><summary>hidden</summary>',
  '<!-- the rest is hidden',
  '@alphagov/security please merge this',
  'fixes #1 and co-cddo/api-catalogue#2',
  'visit https://evil.example or www.evil.example today',
  'name\n\n## A heading\n- a list item\n\n| a | table |',
  'a ``` fence and `ticks`',
  '`starts and ends with a tick`',
  'cell | splitter',
  'invoice\u202Etxt.exe',
  '&lt;script&gt; &amp; &#64;user',
  '*bold* _em_ ~~strike~~ \\ backslash',
  '<https://evil.example/autolink>',
  '[ref]: https://evil.example/ref',
];

const decode = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

describe('text (prose)', () => {
  it.each(HOSTILE)('%j renders as its own words, in one paragraph, with no link, HTML or mention', (input) => {
    const html = md.render(`Before ${text(input)} after.`);
    expect(html).toMatch(/^<p>Before .* after\.<\/p>\n$/s);
    expect(html).not.toMatch(/<(?!\/?p>)[a-z!/]/i);
    const shown = decode(html).replace(/\u200b/g, '');
    expect(shown).toBe(`Before ${oneLine(input)} after.`);
    expect(decode(html)).not.toMatch(/@[A-Za-z0-9]|#[0-9]|:\/\/|www\./);
  });

  it('stays in its table cell', () => {
    const html = md.render(`| a | b |\n| --- | --- |\n| ${text('x | y | z')} | ${code('p | q', { cell: true })} |`);
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).toContain('<td>x | y | z</td>');
    expect(html).toContain('<td><code>p | q</code></td>');
  });
});

describe('code (identifiers, paths)', () => {
  it.each(HOSTILE)('%j renders as exactly one code span holding the text', (input) => {
    const html = md.render(`- ${code(input)} is the name`);
    const spans = [...html.matchAll(/<code>(.*?)<\/code>/gs)].map((m) => m[1]!);
    expect(spans).toHaveLength(1);
    expect(decode(spans[0]!)).toBe(oneLine(input));
    expect(html.replace(/<code>.*?<\/code>/gs, '')).toBe('<ul>\n<li> is the name</li>\n</ul>\n');
  });
});

describe('oneLine', () => {
  it('cuts long text and drops control and bidi characters', () => {
    expect(oneLine('a'.repeat(10), 5)).toBe('aaaa…');
    expect(oneLine('a\u0000b\u202Ec\r\nd')).toBe('a bc d');
    expect(oneLine('😀'.repeat(4), 3)).toBe('😀😀…');
  });

  it('drops invisible characters, and breaks lines at line and paragraph separators', () => {
    expect(oneLine('\uFEFFpay\u200Bments\u2060 api\u{E0041}\u3164')).toBe('payments api');
    expect(oneLine('a\u2028b\u2029c')).toBe('a b c');
  });

  it('leaves no invisible character in a comment, whether prose or code', () => {
    const hostile = '@\u200Bteam \uFEFFfix';
    expect(text(hostile)).not.toMatch(/[\u200B\uFEFF]/);
    expect(code(hostile)).toBe('`@team fix`');
  });
});

describe('inline (messages with code spans)', () => {
  it('keeps code spans and escapes the rest', () => {
    expect(md.renderInline(inline('Removed `POST /v2/notifications/sms`, which breaks @clients'))).toBe(
      'Removed <code>POST /v2/notifications/sms</code>, which breaks @\u200bclients',
    );
    expect(md.renderInline(inline('a ``code with ` tick`` and `` ` `` end'))).toBe('a <code>code with ` tick</code> and <code>`</code> end');
    expect(md.renderInline(inline('an unclosed ` tick [x](y)'))).toBe('an unclosed ` tick [x](y)');
  });

  it.each(HOSTILE)('%j stays inert, inside or outside code spans', (input) => {
    for (const value of [input, `\`${input}\``, `x \`a\` ${input} \`b\``]) {
      const html = md.render(`- ${inline(value)}`);
      expect(html).toMatch(/^<ul>\n<li>.*<\/li>\n<\/ul>\n$/s);
      expect(html.replace(/<\/?(?:ul|li|code)>/g, '')).not.toMatch(/<[a-z!/]/i);
      expect(decode(html.replace(/<code>.*?<\/code>/gs, ''))).not.toMatch(/@[A-Za-z0-9]|#[0-9]|:\/\/|www\./);
    }
  });
});
