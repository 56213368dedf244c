import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/pr-report/markdown.ts';
import type { FindingFact } from '../../src/pr-report/model.ts';
import { breakingChange, doc, entry, report } from './sample.ts';

const md = new MarkdownIt({ html: true, linkify: true });

describe('renderMarkdown', () => {
  it('says a clean pull request is ready for review', () => {
    const text = renderMarkdown(report([entry('a-api')]));
    expect(text.split('\n').slice(0, 5)).toEqual([
      '### ✅ API catalogue check: ready for review',
      '',
      'Compared `main` (1111111) with `pull request #5 merged into main` (2222222) on 2026-12-01. New and changed APIs must reach level **baseline**.',
      '',
      '**0 added, 1 changed, 0 removed** · 0 breaking changes · 0 new findings, 0 fixed',
    ]);
    expect(text).not.toContain('What to fix');
  });

  it('lists what to fix first, then the entries, then each changed document', () => {
    const text = renderMarkdown(report([entry('a-api', { documents: [doc('a-api', { changes: { total: 1, items: [breakingChange] }, breaking: 1 })] })]));
    expect(text).toContain(
      '1. **Breaking change** in `a-api`: `catalogue/entries/a-api/openapi.yaml` has 1 breaking change, but `a-api` is a live API.<br>Fix: Publish the change as a new version (a higher major number in `info.version`, or a new versioned document beside this one), or set `status: deprecated` with `dates.deprecated` to announce the end of this API.',
    );
    expect(text).toContain('| `a-api`<br>The a-api | changed | live | baseline → baseline | 90 → 90 |');
    expect(text).toContain('Breaking changes (1):\n\n- Removed the operation `POST /v2/notifications/sms`: clients calling it will get errors.');
    expect(text.indexOf('What to fix')).toBeLessThan(text.indexOf('#### Entries'));
  });

  it('keeps names, paths and messages from the pull request inert', () => {
    const hostile = '[click](https://evil.example) @alphagov/everyone <img src=x onerror=alert(1)> | #1';
    const finding: FindingFact = { file: 'catalogue/entries/x/openapi.yaml', rule: 'gds-https-only', severity: 'error', pointer: '/servers/0/url', line: 3, column: 5, message: `Server URL \`${hostile}\` and ${hostile}` };
    const r = report([
      entry('x', {
        name: hostile,
        documents: [doc('x', { file: `catalogue/entries/x/${hostile}.yaml`, changes: { total: 1, items: [{ ...breakingChange, message: `Removed \`${hostile}\` ${hostile}` }] }, breaking: 1, newFindings: { total: 1, items: [finding] } })],
      }),
    ]);
    const html = md.render(renderMarkdown(r));
    expect(html).not.toMatch(/<a |<img|<script/);
    expect(html.replace(/<code>.*?<\/code>/gs, '')).not.toMatch(/@[a-z]|#1\b/);
    // The table keeps its five columns.
    expect(html.match(/<tr>/g)).toHaveLength(2);
    for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g)!) expect(row.match(/<t[dh]>/g)).toHaveLength(5);
  });

  it('fits in a comment: lists are shortened, then entries left out, what to fix always shown', () => {
    const findings = Array.from({ length: 200 }, (_, i): FindingFact => ({ file: 'f.yaml', rule: 'gds-examples', severity: 'warn', pointer: `/paths/~1p${i}`, message: `Response ${i} has no example; add one so that developers see what it returns.` }));
    const many = Array.from({ length: 300 }, (_, i) => entry(`api-${i}`, { documents: [doc(`api-${i}`, { newFindings: { total: 400, items: findings }, level: { before: 'gold', after: 'baseline' } })] }));
    const r = report(many);
    expect(r.failures).toHaveLength(300);
    const text = renderMarkdown(r);
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text).toContain('1. **Level dropped** in `api-0`');
    expect(text).toContain('51. … and 250 more');
    expect(text).toMatch(/<sub>The details of \d+ entries were left out to fit in a comment/);
    const tiny = renderMarkdown(r, { maxLength: 4000 });
    expect(tiny.length).toBeLessThanOrEqual(4000);
    expect(tiny).toContain('#### What to fix');
  });
});
