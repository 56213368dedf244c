/** Text from a pull request printed to a terminal or a CI log: made visible, kept on one line, cut. */
import { describe, expect, it } from 'vitest';
import { formatProblemLine } from '../../src/problems/problem.ts';
import { cut, oneLine, quote, safeOutput, visible } from '../../src/problems/safe-text.ts';

describe('visible', () => {
  it('shows escape sequences, line breaks, NUL, bidi controls and zero-width characters as <U+XXXX>', () => {
    expect(visible('red \x1b[31mALERT\x1b[0m')).toBe('red <U+001B>[31mALERT<U+001B>[0m');
    expect(visible('title\x1b]0;owned\x07')).toBe('title<U+001B>]0;owned<U+0007>');
    expect(visible('a\nb\r\tc\0d')).toBe('a<U+000A>b<U+000D><U+0009>c<U+0000>d');
    expect(visible('abc\u202Efdp.exe')).toBe('abc<U+202E>fdp.exe');
    expect(visible('pay\u200Bment \u2066x\u2069 \uFEFF')).toBe('pay<U+200B>ment <U+2066>x<U+2069> <U+FEFF>');
    expect(visible('\u0085\u009b2J \u2028')).toBe('<U+0085><U+009B>2J <U+2028>');
    expect(visible('Café – “quotes” 😀 Cymraeg: ŵ ŷ')).toBe('Café – “quotes” 😀 Cymraeg: ŵ ŷ');
  });
});

describe('cut', () => {
  it('cuts long text and says how much was left out, never splitting a character', () => {
    expect(cut('abcdef', 4)).toBe('abcd… (2 more characters)');
    expect(cut('abc', 4)).toBe('abc');
    expect(cut('abc😀def', 4)).toBe('abc… (5 more characters)');
  });
});

describe('a problem line', () => {
  it('cannot forge a line, an annotation or a success message, and stays short', () => {
    const forged = formatProblemLine({
      file: 'catalogue/entries/x\n::error file=README.md::fake/entry.yaml',
      line: 3,
      column: 1,
      rule: 'entry/schema',
      severity: 'error',
      message: `name "\x1b[2K\rBuild succeeded\n::notice::all good" ${'x'.repeat(5000)}`,
      hint: 'fix\nit',
    });
    expect(forged.split('\n')).toHaveLength(1);
    expect(forged).not.toContain('\x1b');
    expect(forged.startsWith('catalogue/entries/x<U+000A>::error file=README.md::fake/entry.yaml:3:1: name "<U+001B>[2K<U+000D>Build succeeded<U+000A>::notice::all good" xxx')).toBe(true);
    expect(forged).toMatch(/… \(\d+ more characters\) \(fix<U\+000A>it\)$/);
    expect(forged.length).toBeLessThan(1500);
  });

  it('quotes values short and visible', () => {
    expect(quote('hm\u202Ercc')).toBe('"hm<U+202E>rcc"');
    expect(quote('y'.repeat(300))).toBe(`"${'y'.repeat(100)}… (200 more characters)"`);
    expect(oneLine('a\nb', 10)).toBe('a<U+000A>b');
  });
});

describe('safeOutput', () => {
  it('keeps line breaks and makes every other control visible, cutting each line', () => {
    expect(safeOutput('one\ntwo \x1b[1mbold\x1b[0m\n')).toBe('one\ntwo <U+001B>[1mbold<U+001B>[0m\n');
    const long = safeOutput(`${'z'.repeat(5000)}\nshort\n`);
    expect(long.split('\n').map((l) => l.length)).toEqual([4000 + '… (1000 more characters)'.length, 5, 0]);
  });
});
