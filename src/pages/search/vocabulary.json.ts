import type { APIRoute } from 'astro';
import { getSiteModel } from '../../site/model.ts';
import { searchVocabulary } from '../../site/search-index.ts';

/** The words the search page corrects misspelt queries to ("did you mean"), commonest first. */
export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  return new Response(JSON.stringify(searchVocabulary(model)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
