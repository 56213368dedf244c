/** Each organisation's Atom feed of new and changed entries. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ATOM_MEDIA_TYPE, organisationFeed } from '../../../exports/feeds.ts';
import { getSiteModel } from '../../../site/model.ts';

export const getStaticPaths = (async () => (await getSiteModel()).organisations.map((o) => ({ params: { slug: o.organisation.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(organisationFeed(await getSiteModel(), params.slug!, site?.toString() ?? '/'), { headers: { 'content-type': `${ATOM_MEDIA_TYPE}; charset=utf-8` } });
