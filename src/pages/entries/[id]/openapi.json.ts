/** The entry's OpenAPI document, bundled into one JSON file with internal references only. */
import type { APIRoute } from 'astro';
import { hasReference, loadEntryReference } from '../../../openapi/entry-reference.ts';
import { getSiteModel, type EntryView } from '../../../site/model.ts';

export async function getStaticPaths() {
  const site = await getSiteModel();
  return site.entries.filter(hasReference).map((view) => ({ params: { id: view.entry.id }, props: { view } }));
}

export const GET: APIRoute<{ view: EntryView }> = async ({ props }) => {
  const { bundled } = await loadEntryReference(props.view);
  return new Response(bundled.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
