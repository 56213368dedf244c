import type { APIRoute } from 'astro';
import { dataServices } from '../exports/dataservice.ts';
import { getSiteModel } from '../site/model.ts';

/** Every entry as a CDDO Metadata Exchange Model DataService record. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  return new Response(JSON.stringify(dataServices(model.entries, site?.toString() ?? '/'), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
