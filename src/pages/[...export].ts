/** Every catalogue-wide export (src/exports/list.ts), one route each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CATALOGUE_EXPORTS, type CatalogueExport } from '../exports/list.ts';
import { getSiteModel } from '../site/model.ts';

export const getStaticPaths = (() => CATALOGUE_EXPORTS.map((e) => ({ params: { export: e.path.slice(1) }, props: { item: e } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: CatalogueExport }> = async ({ props, site }) =>
  new Response(props.item.render(await getSiteModel(), site?.toString() ?? '/'), { headers: { 'content-type': props.item.mediaType } });
