import type { APIRoute } from 'astro';
import { recordJsonSchema } from '../../reuse/record.ts';
import { urls } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const id = new URL(urls.reuseRecordSchema(), site ?? 'https://localhost/').toString();
  return new Response(JSON.stringify(recordJsonSchema(id), null, 2), { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
};
