import type { APIRoute } from 'astro';
import { dataItemsJson } from '../exports/data-items-json.ts';
import { reuseOf } from '../reuse/words-for-pages.ts';
import { getSiteModel } from '../site/model.ts';

export const GET: APIRoute = async () => {
  const reuse = reuseOf(await getSiteModel());
  return new Response(JSON.stringify(dataItemsJson(reuse), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
