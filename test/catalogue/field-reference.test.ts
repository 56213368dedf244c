import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { catalogueWith, relativeLine } from '../checks/fixture.ts';
import { formatProblemLine } from '../../src/problems/problem.ts';
import { parse } from 'yaml';
import { fieldReference } from '../../src/catalogue/field-reference.ts';
import { findPlaceholder, PLACEHOLDER_PHRASES } from '../../src/catalogue/placeholders.ts';
import { entry, organisation } from '../../src/catalogue/schema.ts';

describe('the field reference generated from the schema', () => {
  it('explains every field of an entry and of an organisation', () => {
    for (const f of [...fieldReference(), ...fieldReference(organisation)]) expect(f.description, f.path).not.toBe('');
  });

  it('gives each field its path, whether it is required, its kind of value and its choices', () => {
    const byPath = new Map(fieldReference().map((f) => [f.path, f]));
    expect(byPath.get('id')).toMatchObject({ required: true, type: 'id (lowercase words joined by hyphens), at most 100 characters', dataService: 'identifier' });
    expect(byPath.get('summary')).toMatchObject({ required: true, type: 'text on one line, at most 160 characters', maxLength: 160 });
    expect(byPath.get('description')).toMatchObject({ required: true, type: 'Markdown, at most 5000 characters', maxLength: 5000 });
    expect(byPath.get('keywords')).toMatchObject({ required: false, type: 'list of at most 30 texts on one line, each at most 60 characters', maxItems: 30 });
    expect(byPath.get('usedBy')).toMatchObject({ type: 'list of at most 200 ids' });
    expect(byPath.get('access.level')).toMatchObject({ required: true, values: ['open', 'registration', 'government-only', 'restricted'] });
    expect(byPath.get('endpoints[].url')).toMatchObject({ required: true, type: 'https URL, at most 2048 characters' });
    expect(byPath.get('conformanceWaiver.reason')).toMatchObject({ type: 'text, at most 1000 characters' });
    expect(byPath.get('dates.retired')).toMatchObject({ required: false, type: 'date (YYYY-MM-DD)' });
    expect(byPath.get('areaServed')).toMatchObject({ required: false, defaultValue: ['United Kingdom'] });
    expect(byPath.get('conformanceWaiver.until')?.description).toMatch(/last day the waiver applies/);
    // Every top-level field of the schema is in the reference.
    expect(Object.keys(entry.shape).every((k) => byPath.has(k))).toBe(true);
    // Every text field and every list shows its limit.
    const unbounded = [...fieldReference(), ...fieldReference(organisation)].filter((f) => (/^(text|Markdown|https URL|email|id)/.test(f.type) && f.maxLength === undefined) || (f.type.startsWith('list') && !f.values && f.maxItems === undefined));
    expect(unbounded.map((f) => f.path)).toEqual([]);
  });
});

describe("the README's example entry", () => {
  const readme = readFileSync('README.md', 'utf8');
  const example = /## Add an entry[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1]?.replace(/^ {3}/gm, '');

  it('is a valid entry with no placeholder text in it', () => {
    expect(example).toBeDefined();
    const data = parse(example as string) as Record<string, unknown>;
    expect(entry.safeParse(data).success).toBe(true);
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(data);
    expect(strings.map((s) => [s, findPlaceholder(s)]).filter(([, p]) => p)).toEqual([]);
  });

  it('fails when copied into the catalogue as a new entry: it is the DVLA entry, and names its production URL', () => {
    const copy = (example as string).replace('id: dvla-vehicle-enquiry-api', 'id: vehicle-enquiry-api');
    const dir = catalogueWith({ 'entries/vehicle-enquiry-api/entry.yaml': copy, 'entries/vehicle-enquiry-api/openapi.yaml': readFileSync('catalogue/entries/dvla-vehicle-enquiry-api/openapi.yaml', 'utf8') }, path.resolve('catalogue'));
    const lines = loadCatalogue(dir).problems.map((p) => relativeLine(formatProblemLine(p), dir));
    expect(lines).toEqual([
      expect.stringMatching(/^entries\/dvla-vehicle-enquiry-api\/entry\.yaml:\d+:\d+: production URL https:\/\/driver-vehicle-licensing\.api\.gov\.uk\/vehicle-enquiry is also the production URL of "vehicle-enquiry-api" \(entries\/vehicle-enquiry-api\/entry\.yaml\) \(if they are one API, keep a single entry;/),
      expect.stringMatching(/^entries\/vehicle-enquiry-api\/entry\.yaml:\d+:\d+: production URL https:\/\/driver-vehicle-licensing\.api\.gov\.uk\/vehicle-enquiry is also the production URL of "dvla-vehicle-enquiry-api" \(entries\/dvla-vehicle-enquiry-api\/entry\.yaml\)/),
    ]);
  });

  it('no longer shows the placeholder text it used to, which the check now refuses', () => {
    expect(readme.toLowerCase()).not.toContain(PLACEHOLDER_PHRASES.find((p) => p.startsWith('what it does, who'))!);
    expect(findPlaceholder('Markdown: what it does, who it is for, when to use it.')).toEqual({ kind: 'phrase', found: 'what it does, who it is for, when to use it' });
  });
});

describe('findPlaceholder', () => {
  it('finds whole words and phrases only, ignoring case and punctuation', () => {
    expect(findPlaceholder('Dates TBC.')).toEqual({ kind: 'phrase', found: 'tbc' });
    expect(findPlaceholder('Lorem  ipsum dolor')).toEqual({ kind: 'phrase', found: 'lorem ipsum' });
    expect(findPlaceholder('Send personalised messages with placeholders in templates.')).toBeUndefined();
    expect(findPlaceholder('Todos and to-do lists')).toBeUndefined();
  });

  it('finds a field explanation copied as a value, and example addresses', () => {
    expect(findPlaceholder('The name people know it by.')).toEqual({ kind: 'explanation', found: 'name' });
    expect(findPlaceholder('https://api.example.com/v1')).toEqual({ kind: 'example-address', found: 'https://api.example.com/v1' });
    expect(findPlaceholder('https://www.gov.uk/…')).toEqual({ kind: 'example-address', found: 'https://www.gov.uk/…' });
    expect(findPlaceholder('team@example.gov.uk')).toEqual({ kind: 'example-address', found: 'team@example.gov.uk' });
    expect(findPlaceholder('https://www.gov.uk/government/organisations/hm-revenue-customs')).toBeUndefined();
  });
});
