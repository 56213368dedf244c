import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { buildSiteModel } from '../../src/site/build-model.ts';
import { entryRecord, referenceRecords, searchVocabulary } from '../../src/site/search-index.ts';
import { referenceOf } from '../openapi/helpers.ts';

const { catalogue } = loadCatalogue(path.resolve('test/fixtures/catalogue-minimal'));
const model = buildSiteModel(catalogue, new Map(), new Date('2026-11-23T00:00:00Z'));
const view = (id: string) => model.entries.find((v) => v.entry.id === id)!;

describe('search records', () => {
  it('indexes an entry\'s own words, not its page furniture, with its filters and result details', () => {
    const record = entryRecord(model, view('vat-api'));
    expect(record.url).toBe('/entries/vat-api/');
    expect(record.content).toContain('<h1>VAT API</h1>');
    expect(record.content).toContain('Submit VAT returns and see VAT obligations for a business.');
    expect(record.content).toContain('Lets software submit VAT returns for businesses.');
    expect(record.content).not.toContain('Register an application');
    for (const filter of ['<span data-pagefind-filter="type">Entry</span>', '<span data-pagefind-filter="kind">APIs</span>', '<span data-pagefind-filter="status">Live</span>', '<span data-pagefind-filter="access">Registration</span>', '<span data-pagefind-filter="topic">Tax</span>', '<span data-pagefind-filter="organisation">HM Revenue and Customs</span>']) {
      expect(record.content).toContain(filter);
    }
    expect(record.content).toContain('<span data-pagefind-meta="statusTag">govuk-tag--green</span>');
  });

  it('escapes an entry\'s text, so that it cannot add markup, filters or meta to its record', () => {
    const v = view('vat-api');
    const hostile = { ...v, entry: { ...v.entry, name: 'X</h1><span data-pagefind-filter="type">Entry</span>', summary: '<script>alert(1)</script> a summary' } };
    const record = entryRecord(model, hostile);
    expect(record.content).toContain('<h1>X&lt;/h1&gt;&lt;span data-pagefind-filter=&quot;type&quot;&gt;Entry&lt;/span&gt;</h1>');
    expect(record.content).not.toContain('<script>');
    expect(record.content.match(/data-pagefind-filter="type"/g)).toHaveLength(1);
  });

  it('makes each operation and schema of a reference page a heading, with its anchor, for sub-results', async () => {
    const reference = await referenceOf('v30');
    const [record] = referenceRecords(model, view('vat-api'), reference);
    expect(record?.url).toBe('/entries/v30/reference/');
    expect(record?.content).toContain('<h2 id="list-plots">GET /plots: List plots</h2>');
    expect(record?.content).toContain('<h2 id="schema-plot">Plot schema</h2>');
    expect(record?.content).toContain('<span data-pagefind-filter="type">Operation or schema</span>');
    expect(record?.content).toContain('<span data-pagefind-meta="entryUrl">/entries/vat-api/</span>');
  });

  it('collects the catalogue\'s words, commonest first, for "did you mean"', () => {
    const vocabulary = searchVocabulary(model);
    expect(vocabulary.words.slice(0, 3)).toContain('vat');
    expect(vocabulary.words).toContain('obligations');
    expect(vocabulary.words).toContain('nino');
  });
});
