import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctQuery, correctWord, phraseKeys, relaxedQueries, searchableQuery, synonymsFor, words } from '../../src/site/search-words.ts';

describe('search words', () => {
  it('splits text into lowercase words', () => {
    expect(words("GOV.UK Notify's text-messages, 2024")).toEqual(['gov', 'uk', 'notifys', 'text', 'messages', '2024']);
  });

  it('adds the synonyms of the phrases a text says, and not those it says already', () => {
    expect(synonymsFor('Send emails and text messages')).toEqual(expect.arrayContaining(['SMS', 'e-mail']));
    expect(synonymsFor('Send emails and text messages')).not.toContain('text messages');
    expect(synonymsFor('Look up people by their National Insurance number')).toEqual(expect.arrayContaining(['NINO', 'lookup']));
    expect(synonymsFor('Weather at a site')).toEqual(expect.arrayContaining(['forecast']));
    expect(synonymsFor('Nothing to see here')).toEqual([]);
  });

  it('searches a phrase of a synonym group as the group\'s key, so that "sign in" does not match every "sign"', () => {
    expect(phraseKeys('Lets users sign in with one account')).toEqual(['signin']);
    expect(phraseKeys('API key authentication')).toEqual(['signin']);
    expect(searchableQuery('Sign in')).toBe('signin');
    expect(searchableQuery('send text message')).toBe('send textmessage');
    expect(searchableQuery('national insurance number lookup')).toBe('nationalinsurancenumber lookup');
    expect(searchableQuery('sign a deed')).toBe('sign a deed');
  });

  it('corrects words the catalogue does not know to close, common ones', () => {
    const vocabulary = buildVocabulary(['GOV.UK Notify sends text messages', 'Notify notify', 'address address addresses', 'adrenaline']);
    expect(vocabulary.words[0]).toBe('notify');
    expect(correctWord('Notfy', vocabulary)).toBe('notify');
    expect(correctWord('adress', vocabulary)).toBe('address');
    expect(correctWord('notify', vocabulary)).toBeUndefined();
    expect(correctWord('zebra', vocabulary)).toBeUndefined();
    expect(correctWord('nhs', vocabulary)).toBeUndefined();
    expect(correctQuery('sends text mesages', vocabulary)).toBe('sends text messages');
    // Only the words the index does not know, when the page says which.
    expect(correctQuery('send text mesages', vocabulary, ['mesages'])).toBe('send text messages');
    expect(correctQuery('sends text messages', vocabulary)).toBeUndefined();
  });

  it('drops generic words first when a query finds nothing', () => {
    expect(relaxedQueries('nhs number lookup api')).toEqual(['nhs number lookup', 'nhs number api', 'nhs lookup api', 'number lookup api']);
    expect(relaxedQueries('notify')).toEqual([]);
  });
});
