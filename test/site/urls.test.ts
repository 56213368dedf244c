import { describe, expect, it } from 'vitest';
import { absoluteUrl, letterSlug, pageParam, specParam, urls } from '../../src/site/urls.ts';

describe('the routes module', () => {
  it('builds every kind of URL the site links to', () => {
    expect(urls.home()).toBe('/');
    expect(urls.search()).toBe('/search/');
    expect(urls.search('nhs number & more')).toBe('/search/?q=nhs%20number%20%26%20more');
    expect(urls.entry('govuk-notify')).toBe('/entries/govuk-notify/');
    expect(urls.conformance('govuk-pay-api')).toBe('/entries/govuk-pay-api/conformance/');
    expect(urls.reference('vat-api')).toBe('/entries/vat-api/reference/');
    expect(urls.reference('vat-api', 1)).toBe('/entries/vat-api/specs/2/reference/');
    expect(urls.openapiYaml('vat-api', 1)).toBe('/entries/vat-api/specs/2/openapi.yaml');
    expect(urls.openapiJson('vat-api')).toBe('/entries/vat-api/openapi.json');
    expect(urls.organisation('hm-revenue-customs', 3)).toBe('/organisations/hm-revenue-customs/page/3/');
    expect(urls.kind('api')).toBe('/kinds/api/');
    expect(urls.status('retired', 2)).toBe('/statuses/retired/page/2/');
    expect(urls.access('government-only')).toBe('/access/government-only/');
    expect(urls.topic('payments')).toBe('/topics/payments/');
    expect(urls.access('not-stated')).toBe('/access/not-stated/');
    expect(urls.openapi('none', 2)).toBe('/openapi-documents/none/page/2/');
    expect(urls.review()).toBe('/review/');
    expect(urls.review(2)).toBe('/review/page/2/');
    expect(urls.links()).toBe('/links/');
    expect(urls.roadmap()).toBe('/roadmap/');
    expect(urls.roadmap('retired')).toBe('/roadmap/#retired');
    expect(urls.roadmapSection('coming')).toBe('/roadmap/coming/');
    expect(urls.roadmapSection('coming', 3)).toBe('/roadmap/coming/page/3/');
    expect(urls.aToZLetter('Q')).toBe('/a-to-z/q/');
    expect(urls.aToZLetter('0–9', 2)).toBe('/a-to-z/0-9/page/2/');
    expect(urls.rule('gds-https-only')).toBe('/standards/rules/gds-https-only/');
    expect(urls.standards('score')).toBe('/standards/#score');
    expect(urls.listYourApi('levels-and-waivers')).toBe('/guides/list-your-api/#levels-and-waivers');
    expect(urls.dataItems()).toBe('/data-items/');
    expect(urls.dataItem('nhs-number')).toBe('/data-items/nhs-number/');
    expect(urls.dataItem('postcode', 2)).toBe('/data-items/postcode/page/2/');
    expect(urls.dataItemsJson()).toBe('/data-items.json');
    expect(urls.beforeYouBuild()).toBe('/before-you-build/');
    expect(urls.reuseIndexJson()).toBe('/before-you-build/reuse-index.json');
    expect(urls.reuseRecordSchema()).toBe('/before-you-build/reuse-check-record.schema.json');
    expect(urls.consumers()).toBe('/consumers/');
    expect(urls.entryConsumers('govuk-notify')).toBe('/entries/govuk-notify/consumers/');
    expect(urls.reuseReport()).toBe('/reuse-report/');
    expect(urls.useThisData()).toBe('/use-this-data/');
    expect(urls.apiCatalog()).toBe('/.well-known/api-catalog');
    expect(urls.changes()).toBe('/changes/');
    expect(urls.changes(2)).toBe('/changes/page/2/');
    expect(urls.entryChanges('vat-api')).toBe('/entries/vat-api/changes/');
    expect(urls.entryFeed('vat-api')).toBe('/entries/vat-api/changes.atom');
    expect(urls.organisationFeed('hm-revenue-customs')).toBe('/organisations/hm-revenue-customs/changes.atom');
    expect(urls.entryStatus('vat-api')).toBe('/entries/vat-api/status.json');
  });

  it('makes absolute URLs on the site, with or without a base path', () => {
    expect(absoluteUrl('https://api-catalogue.example.gov.uk', urls.entry('vat-api'))).toBe('https://api-catalogue.example.gov.uk/entries/vat-api/');
    expect(absoluteUrl('https://example.gov.uk/catalogue/', urls.catalogueJson())).toBe('https://example.gov.uk/catalogue/catalogue.json');
  });

  it('gives the route parameters of the first and later pages and documents', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('page/4');
    expect(specParam(0)).toBeUndefined();
    expect(specParam(2)).toBe('specs/3');
    expect(letterSlug('é')).toBe('0-9');
  });
});
