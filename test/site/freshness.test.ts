import { describe, expect, it } from 'vitest';
import { linkResultWords } from '../../src/site/freshness.ts';

describe('link results in words', () => {
  it('names the state, then the reason or where the link moved to', () => {
    expect(linkResultWords({ state: 'broken', reason: 'HTTP 404' })).toBe('Broken: HTTP 404');
    expect(linkResultWords({ state: 'redirected', finalUrl: 'https://example.gov.uk/new', reason: 'HTTP 301' })).toBe('Moved: now https://example.gov.uk/new');
    expect(linkResultWords({ state: 'unverified' })).toBe('Could not be checked: ');
  });
});
