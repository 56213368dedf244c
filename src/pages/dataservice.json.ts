import type { APIRoute } from 'astro';
import { toDataService } from '../exports/dataservice.ts';
import { getSiteModel } from '../site/model.ts';

/** Every entry as a CDDO Metadata Exchange Model DataService record. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  const records = model.entries.map((v) => toDataService(v.entry, v.organisation, site?.toString() ?? '/'));
  return new Response(JSON.stringify(records, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
