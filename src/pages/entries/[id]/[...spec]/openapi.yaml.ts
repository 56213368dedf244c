/** One of the entry's OpenAPI documents, bundled into one YAML file with internal references only. */
import type { APIRoute } from 'astro';
import { loadEntryReference, referencedSpecs } from '../../../../openapi/entry-reference.ts';
import { specParam } from '../../../../site/urls.ts';
import { getSiteModel, type EntryView } from '../../../../site/model.ts';

export async function getStaticPaths() {
  const site = await getSiteModel();
  return referencedSpecs(site.entries).map(({ view, index }) => ({ params: { id: view.entry.id, spec: specParam(index) }, props: { view, index } }));
}

export const GET: APIRoute<{ view: EntryView; index: number }> = async ({ props }) => {
  const { bundled } = await loadEntryReference(props.view, props.index);
  return new Response(bundled.yaml, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
