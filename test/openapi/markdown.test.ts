import { describe, expect, it } from 'vitest';
import { isSafeUrl, renderMarkdown } from '../../src/openapi/markdown.ts';

describe('isSafeUrl', () => {
  it.each(['https://www.gov.uk/x', 'http://example.com', 'mailto:team@example.gov.uk', '/entries/x/', '#anchor', 'page?x=a:b', '//cdn.example.com/a'])(
    'allows %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<b>x</b>', 'data:image/png;base64,AAAA', 'vbscript:x', 'file:///etc/passwd', ''])(
    'refuses %j',
    (url) => expect(isSafeUrl(url)).toBe(false),
  );
});

describe('renderMarkdown', () => {
  it('adds GOV.UK Frontend classes', () => {
    const html = renderMarkdown('Text with [a link](/x).\n\n- one\n- two\n\n1. first\n\n> aside\n\n`code`');
    expect(html).toContain('<p class="govuk-body">');
    expect(html).toContain('<a href="/x" class="govuk-link">a link</a>');
    expect(html).toContain('<ul class="govuk-list govuk-list--bullet">');
    expect(html).toContain('<ol class="govuk-list govuk-list--number">');
    expect(html).toContain('<blockquote class="govuk-inset-text">');
    expect(html).toContain('<code class="app-code-inline">code</code>');
  });

  it('renders tables with header scope and no inline styles', () => {
    const html = renderMarkdown('| Name | Size |\n|:-----|-----:|\n| a | 1 |');
    expect(html).toContain('<table class="govuk-table">');
    expect(html).toContain('<th class="govuk-table__header" scope="col">Name</th>');
    expect(html).toContain('<td class="govuk-table__cell">1</td>');
    expect(html).not.toMatch(/style=/);
  });

  it('shifts headings to the level asked for', () => {
    expect(renderMarkdown('# Top\n\n## Next', { headingLevel: 4 })).toBe('<h4 class="govuk-heading-s">Top</h4>\n<h5 class="govuk-heading-s">Next</h5>\n');
    expect(renderMarkdown('# Top', { headingLevel: 2 })).toContain('<h2 class="govuk-heading-m">');
  });

  it('marks links to other sites as external', () => {
    const html = renderMarkdown('See [GOV.UK](https://www.gov.uk/) and https://example.com/docs');
    expect(html).toContain('<a href="https://www.gov.uk/" class="govuk-link app-external-link" rel="external noopener noreferrer">GOV.UK<span class="govuk-visually-hidden"> (external link)</span></a>');
    expect(html).toContain('href="https://example.com/docs"');
    expect(html.match(/\(external link\)/g)).toHaveLength(2);
  });

  it('escapes raw HTML, script and event handlers', () => {
    const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> <iframe src="https://x"></iframe> <style>*{}</style> <a href="javascript:alert(3)">x</a>');
    expect(html).not.toMatch(/<script|<img|<iframe|<style|<a href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('never produces javascript: or data: links or images', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](jav&#x09;ascript:alert(1)) [d](data:text/html;base64,PHNjcmlwdD4=) ' +
        '<javascript:alert(1)> ![e](javascript:alert(1)) ![f](data:image/png;base64,AAAA) [g](vbscript:msgbox)',
    );
    expect(html).not.toMatch(/href="(?!https?:|\/|#|mailto:)/i);
    expect(html).not.toMatch(/<img/);
  });

  it('shows images as links instead of loading them', () => {
    expect(renderMarkdown('![Diagram](https://example.com/d.png)')).toContain(
      '<a class="govuk-link app-external-link" href="https://example.com/d.png" rel="external noopener noreferrer">Image: Diagram<span class="govuk-visually-hidden"> (external link)</span></a>',
    );
  });

  it('escapes code blocks', () => {
    expect(renderMarkdown('```html\n<b onclick="x()">hi</b>\n```')).toBe('<pre class="app-code-block" tabindex="0"><code>&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;\n</code></pre>\n');
  });

  it('renders nothing for empty or non-string input', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown(42)).toBe('');
    expect(renderMarkdown({ a: 1 })).toBe('');
  });
});
