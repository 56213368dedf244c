import type { APIRoute } from 'astro';
import { browserIndex } from '../../reuse/browser-index.ts';
import { reuseOf } from '../../reuse/words-for-pages.ts';
import { getSiteModel } from '../../site/model.ts';

export const GET: APIRoute = async () => {
  const reuse = reuseOf(await getSiteModel());
  return new Response(JSON.stringify(browserIndex(reuse)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
