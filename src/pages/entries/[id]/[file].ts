/** Each entry's own exports: its record (entry.json), its status (status.json) and its feed (changes.atom). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogueRecord } from '../../../exports/catalogue-json.ts';
import { ATOM_MEDIA_TYPE, entryFeed } from '../../../exports/feeds.ts';
import { entryStatus } from '../../../exports/status.ts';
import { getSiteModel, type EntryView, type SiteModel } from '../../../site/model.ts';

const FILES = {
  'entry.json': { type: 'application/json; charset=utf-8', render: (v: EntryView, m: SiteModel, s: string) => `${JSON.stringify(catalogueRecord(v, m, s), null, 2)}\n` },
  'status.json': { type: 'application/json; charset=utf-8', render: (v: EntryView, m: SiteModel, s: string) => `${JSON.stringify(entryStatus(v, m, s), null, 2)}\n` },
  'changes.atom': { type: `${ATOM_MEDIA_TYPE}; charset=utf-8`, render: (v: EntryView, m: SiteModel, s: string) => entryFeed(m, v, s) },
} as const;

export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  return model.entries.flatMap((view) => Object.keys(FILES).map((file) => ({ params: { id: view.entry.id, file }, props: { view, file: file as keyof typeof FILES } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: EntryView; file: keyof typeof FILES }> = async ({ props, site }) => {
  const f = FILES[props.file];
  return new Response(f.render(props.view, await getSiteModel(), site?.toString() ?? '/'), { headers: { 'content-type': f.type } });
};
