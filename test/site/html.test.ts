import { describe, expect, it } from 'vitest';
import { contentHtml, entryLink, html, trustedHtml, withCode } from '../../src/site/html.ts';

describe('safe HTML for the components\' html options', () => {
  it('escapes every interpolated value, unless it is safe HTML already', () => {
    const name = '<img src=x onerror="alert(1)"> & co';
    expect(html`<a href="${'/x?a=1&b="2"'}">${name}</a>`.value).toBe('<a href="/x?a=1&amp;b=&quot;2&quot;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co</a>');
    expect(html`<p>${html`<em>${'a<b'}</em>`}</p>`.value).toBe('<p><em>a&lt;b</em></p>');
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(html`${false}${undefined}${null}${0}`.value).toBe('0');
  });

  it('prefers html to text, as the GOV.UK macros do', () => {
    expect(contentHtml({ text: '<b>', html: trustedHtml('<b>bold</b>') })).toBe('<b>bold</b>');
    expect(contentHtml({ text: '<b>' })).toBe('&lt;b&gt;');
    expect(contentHtml(undefined)).toBe('');
  });

  it('links to an entry by its name, escaped', () => {
    expect(entryLink({ id: 'a-b', name: 'A & <B>' }).value).toBe('<a class="govuk-link" href="/entries/a-b/">A &amp; &lt;B&gt;</a>');
  });

  it('renders `backticks` as code and nothing else as markup', () => {
    expect(withCode('Schema `Payment<T>` has no `example` <script>').value).toBe('Schema <code class="app-inline-code">Payment&lt;T&gt;</code> has no <code class="app-inline-code">example</code> &lt;script&gt;');
  });
});
