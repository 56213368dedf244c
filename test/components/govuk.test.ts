/**
 * Our GOV.UK Frontend components against GOV.UK Frontend's own published examples: each example's
 * options, given to our component, must give the same HTML as the macro (compared as elements,
 * attributes and text, ignoring whitespace and attribute order).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trustedHtml } from '../../src/site/html.ts';
import { createComponentRenderer, type ComponentRenderer } from '../astro-container.ts';
import { canonicalHtml } from './canonical-html.ts';

const require = createRequire(import.meta.url);
const COMPONENTS = path.dirname(require.resolve('govuk-frontend/package.json')) + '/dist/govuk/components';

interface Fixture {
  name: string;
  options: Record<string, unknown>;
  html: string;
}

function fixtures(component: string): Fixture[] {
  return (JSON.parse(readFileSync(path.join(COMPONENTS, component, 'fixtures.json'), 'utf8')) as { fixtures: Fixture[] }).fixtures;
}

/** The macro takes HTML as strings; our components take SafeHtml, so that only trusted HTML is inserted. */
function asProps(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && /html$/i.test(key)) return trustedHtml(value);
  if (Array.isArray(value)) return value.map((v) => asProps(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asProps(v, k)]));
  return value;
}

/** The examples each component must reproduce: every option it takes is covered. */
const CASES: Record<string, { file: string; examples: string[] }> = {
  tag: { file: 'Tag', examples: ['default', 'grey', 'attributes', 'html as text', 'html'] },
  details: { file: 'Details', examples: ['default', 'expanded', 'id', 'html as text', 'html', 'summary html as text', 'summary html', 'classes', 'attributes'] },
  'inset-text': { file: 'InsetText', examples: ['default', 'with html', 'classes', 'id', 'html as text', 'attributes'] },
  'warning-text': { file: 'WarningText', examples: ['default', 'attributes', 'classes', 'html', 'html as text', 'icon fallback text only'] },
  'notification-banner': {
    file: 'NotificationBanner',
    examples: ['default', 'with text as html', 'with type as success', 'custom title', 'title as html', 'title html as text', 'custom title heading level', 'custom title id', 'html as text', 'custom role', 'classes', 'attributes', 'auto-focus disabled, with type as success'],
  },
  'summary-list': { file: 'SummaryList', examples: ['default', 'with actions', 'attributes', 'key with html', 'key with classes', 'value with html', 'actions href', 'actions with classes', 'actions with attributes', 'rows with classes', 'with some actions'] },
  table: {
    file: 'Table',
    examples: ['default', 'with head', 'with head and caption', 'classes', 'attributes', 'html as text', 'html', 'head with classes', 'head with rowspan and colspan', 'head with attributes', 'with firstCellIsHeader true', 'firstCellIsHeader with classes', 'firstCellIsHeader with html', 'rows with classes', 'rows with rowspan and colspan', 'rows with attributes'],
  },
  pagination: { file: 'Pagination', examples: ['default', 'with many pages', 'first page', 'last page', 'with prev and next only', 'with prev and next only and labels', 'with previous only', 'with next only', 'with custom classes', 'with custom attributes', 'with custom navigation landmark', 'with custom accessible labels on item links'] },
  breadcrumbs: { file: 'Breadcrumbs', examples: ['default', 'with one level', 'with last breadcrumb as current page', 'with collapse on mobile', 'classes', 'attributes', 'item attributes', 'html as text', 'html', 'custom label'] },
  'phase-banner': { file: 'PhaseBanner', examples: ['default', 'classes', 'text', 'html as text', 'attributes', 'tag html', 'tag classes'] },
  'skip-link': { file: 'SkipLink', examples: ['default', 'custom href', 'custom text', 'html as text', 'html', 'classes', 'attributes'] },
  checkboxes: { file: 'Checkboxes', examples: ['default', 'with hint', 'with very long option text', 'small', 'fieldset html params'] },
  'service-navigation': {
    file: 'ServiceNavigation',
    examples: ['default', 'with navigation with a current item', 'with HTML navigation items', 'with service name', 'with service link', 'with service name and navigation', 'with collapseNavigationOnMobile set to false', 'with a single navigation item', 'attributes', 'classes', 'with custom aria-label', 'with custom navigation toggle text', 'with custom navigation label', 'with custom navigation ID'],
  },
  footer: { file: 'Footer', examples: ['default', 'with navigation', 'with default width navigation (one column)', 'with default width navigation (two columns)', 'Full GDS example', 'Three equal columns', 'with empty navigation', 'with navigation item attributes', 'with custom HTML content licence and copyright notice', 'with custom text content licence and copyright notice', 'with no content licence', 'with custom meta', 'with meta links and meta content', 'with only meta links', 'attributes', 'classes', 'with container classes', 'meta html as text', 'with meta html', 'with meta item attributes'] },
  header: { file: 'Header', examples: ['default', 'with product name', 'attributes', 'classes', 'custom homepage url'] },
  label: { file: 'Label', examples: ['default', 'with bold text', 'as page heading l', 'empty', 'classes', 'html as text', 'html', 'for', 'attributes'] },
  textarea: {
    file: 'Textarea',
    examples: ['default', 'with hint', 'with default value', 'with custom rows', 'with label as page heading', 'id', 'classes', 'attributes', 'with describedBy', 'with hint and described by', 'with optional form-group classes', 'with autocomplete attribute', 'with spellcheck enabled', 'with spellcheck disabled'],
  },
  input: {
    file: 'Input',
    examples: ['default', 'with hint text', 'with width-10 class', 'with label as page heading', 'classes', 'id', 'custom type', 'value', 'zero value', 'with describedBy', 'attributes', 'hint with describedBy', 'inputmode', 'with optional form-group classes', 'with autocomplete attribute', 'with pattern attribute', 'with spellcheck enabled', 'with spellcheck disabled', 'with autocapitalize turned off', 'disabled'],
  },
  button: {
    file: 'Button',
    examples: ['default', 'disabled', 'link', 'start', 'secondary', 'warning', 'attributes', 'link attributes', 'classes', 'link classes', 'name', 'type', 'explicit link', 'value', 'html', 'no type', "don't prevent double click", 'id', 'start link', 'start link with html', 'prevent double click'],
  },
};

let renderer: ComponentRenderer;
beforeAll(async () => {
  renderer = await createComponentRenderer();
}, 120_000);
afterAll(async () => {
  await renderer.close();
});

describe('GOV.UK Frontend components give the macros\' HTML', () => {
  for (const [component, { file, examples }] of Object.entries(CASES)) {
    const all = fixtures(component);
    for (const name of examples) {
      it(`${file}: "${name}"`, async () => {
        const fixture = all.find((f) => f.name === name);
        expect(fixture, `govuk-frontend has no "${name}" example of ${component}`).toBeDefined();
        const html = await renderer.render(`src/components/govuk/${file}.astro`, asProps(fixture!.options) as Record<string, unknown>);
        expect(canonicalHtml(html)).toEqual(canonicalHtml(fixture!.html));
      });
    }
  }
});
