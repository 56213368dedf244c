/** The entry's OpenAPI document, bundled into one YAML file with internal references only. */
import type { APIRoute } from 'astro';
import { hasReference, loadEntryReference } from '../../../openapi/entry-reference.ts';
import { getSiteModel, type EntryView } from '../../../site/model.ts';

export async function getStaticPaths() {
  const site = await getSiteModel();
  return site.entries.filter(hasReference).map((view) => ({ params: { id: view.entry.id }, props: { view } }));
}

export const GET: APIRoute<{ view: EntryView }> = async ({ props }) => {
  const { bundled } = await loadEntryReference(props.view);
  return new Response(bundled.yaml, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
