import type { APIRoute } from 'astro';
import { catalogueJson } from '../exports/catalogue-json.ts';
import { getSiteModel } from '../site/model.ts';

export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  return new Response(JSON.stringify(catalogueJson(model, site?.toString() ?? '/'), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
