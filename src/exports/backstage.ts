/**
 * `backstage/catalog-info.yaml`: the catalogue as Backstage software-catalogue entities, one YAML
 * document each, for a Backstage instance to register as a location:
 *
 * - a `Group` per organisation with entries (the owner of its entries);
 * - an `API` per OpenAPI document (`<id>` for an entry's first document, `<id>-<n>` for the n-th),
 *   type `openapi`, its definition read from the catalogue's bundled document through Backstage's
 *   `$text` placeholder (the instance must be allowed to read this site: `backend.reading.allow`);
 *   an API entry without a document gets one API of type `other` whose definition says where its
 *   documentation is;
 * - a `Component` per component or register, type `service` or `register`, with `providesApis`
 *   (the APIs it offers, and its own documents' APIs) and `consumesApis` (the APIs of entries that
 *   name it in `usedBy`).
 *
 * Entities live in their own namespace, so they cannot collide with an instance's own. Lifecycle:
 * discovery, alpha and beta are `experimental`, live is `production`, deprecated and retired keep
 * their names. Entry ids are Backstage names already; one longer than Backstage's 63 characters is
 * shortened with a hash.
 */
import { stringify } from 'yaml';
import { sha256 } from '../files/hash.ts';
import type { Status } from '../catalogue/schema.ts';
import type { EntryView, SiteModel } from '../site/build-model.ts';
import { repositoryLinks } from '../site/repository.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

export const BACKSTAGE_NAMESPACE = 'gov-api-catalogue';
const API_VERSION = 'backstage.io/v1alpha1';

export const BACKSTAGE_LIFECYCLE: Record<Status, string> = {
  discovery: 'experimental',
  alpha: 'experimental',
  beta: 'experimental',
  live: 'production',
  deprecated: 'deprecated',
  retired: 'retired',
};

export interface BackstageEntity {
  apiVersion: string;
  kind: 'API' | 'Component' | 'Group';
  metadata: {
    name: string;
    namespace: string;
    title: string;
    description?: string;
    tags?: string[];
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    links?: { url: string; title: string }[];
  };
  spec: Record<string, unknown>;
}

/** A Backstage name (at most 63 characters of letters, digits and `-_.` between them). */
export function backstageName(name: string): string {
  return name.length <= 63 ? name : `${name.slice(0, 54).replace(/[-_.]+$/, '')}-${sha256(name).slice(0, 8)}`;
}

/** The API entity name of an entry's n-th document (0-based). */
export const apiName = (id: string, specIndex: number): string => backstageName(specIndex === 0 ? id : `${id}-${specIndex + 1}`);

const ref = (kind: string, name: string) => `${kind}:${BACKSTAGE_NAMESPACE}/${name}`;

/** Backstage tags: lowercase letters, digits, `+` and `#`, words joined by `-`, at most 63 characters. */
function tags(view: EntryView): string[] {
  const clean = (t: string) => t.toLowerCase().replace(/[^a-z0-9+#]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  return [...new Set([...view.entry.topics, ...view.entry.keywords].map(clean).filter((t) => t.length > 0))];
}

/** APIs of an entry, by entity reference: one per document, or one for an API entry without documents. */
function apiRefs(view: EntryView): string[] {
  if (view.specs.length > 0) return view.specs.map((s) => ref('api', apiName(view.entry.id, s.index)));
  return view.entry.kind === 'api' ? [ref('api', apiName(view.entry.id, 0))] : [];
}

function metadata(view: EntryView, model: SiteModel, site: string, name: string, title: string): BackstageEntity['metadata'] {
  const { entry } = view;
  const page = absoluteUrl(site, urls.entry(entry.id));
  const repository = repositoryLinks(model.repository);
  const edit = repository.editFile(view.file);
  const folder = repository.viewFolder(view.file.split('/').slice(0, -1).join('/'));
  const t = tags(view);
  return {
    name,
    namespace: BACKSTAGE_NAMESPACE,
    title,
    description: entry.summary,
    ...(t.length ? { tags: t } : {}),
    labels: { 'api.gov.uk/status': entry.status, 'api.gov.uk/kind': entry.kind },
    annotations: {
      'backstage.io/view-url': page,
      ...(edit ? { 'backstage.io/edit-url': edit } : {}),
      ...(folder ? { 'backstage.io/source-location': `url:${folder}` } : {}),
    },
    links: [
      { url: page, title: 'Government API catalogue' },
      ...(entry.documentationUrl ? [{ url: entry.documentationUrl, title: 'Documentation' }] : []),
      { url: absoluteUrl(site, urls.entryChanges(entry.id)), title: 'Changes' },
    ],
  };
}

export function backstageEntities(model: SiteModel, site: string): BackstageEntity[] {
  const groups: BackstageEntity[] = model.organisations
    .filter((o) => o.entries.length + o.retired.length > 0)
    .map((o) => ({
      apiVersion: API_VERSION,
      kind: 'Group',
      metadata: {
        name: backstageName(o.organisation.slug),
        namespace: BACKSTAGE_NAMESPACE,
        title: o.organisation.name,
        annotations: { 'backstage.io/view-url': absoluteUrl(site, urls.organisation(o.organisation.slug)) },
        ...(o.organisation.website ? { links: [{ url: o.organisation.website, title: 'Website' }] } : {}),
      },
      spec: { type: 'organisation', profile: { displayName: o.organisation.name }, children: [] },
    }));

  const apis: BackstageEntity[] = [];
  const components: BackstageEntity[] = [];
  for (const view of model.entries) {
    const { entry } = view;
    const owner = ref('group', backstageName(entry.organisation));
    const lifecycle = BACKSTAGE_LIFECYCLE[entry.status];
    for (const s of view.specs) {
      apis.push({
        apiVersion: API_VERSION,
        kind: 'API',
        metadata: metadata(view, model, site, apiName(entry.id, s.index), s.title ? `${entry.name} (${s.title})` : entry.name),
        spec: { type: 'openapi', lifecycle, owner, definition: { $text: absoluteUrl(site, urls.openapiYaml(entry.id, s.index)) } },
      });
    }
    if (entry.kind === 'api' && view.specs.length === 0) {
      apis.push({
        apiVersion: API_VERSION,
        kind: 'API',
        metadata: metadata(view, model, site, apiName(entry.id, 0), entry.name),
        spec: { type: 'other', lifecycle, owner, definition: `${entry.name} publishes no OpenAPI document in the catalogue.${entry.documentationUrl ? ` Its documentation: ${entry.documentationUrl}` : ''}` },
      });
    }
    if (entry.kind !== 'api') {
      const providesApis = [...view.provides.flatMap((e) => apiRefs(model.entries.find((v) => v.entry.id === e.id)!)), ...apiRefs(view)];
      const consumesApis = view.uses.flatMap((e) => apiRefs(model.entries.find((v) => v.entry.id === e.id)!));
      components.push({
        apiVersion: API_VERSION,
        kind: 'Component',
        metadata: metadata(view, model, site, backstageName(entry.id), entry.name),
        spec: {
          type: entry.kind === 'register' ? 'register' : 'service',
          lifecycle,
          owner,
          ...(providesApis.length ? { providesApis: [...new Set(providesApis)] } : {}),
          ...(consumesApis.length ? { consumesApis: [...new Set(consumesApis)] } : {}),
        },
      });
    }
  }
  return [...groups, ...components, ...apis];
}

/** The entities as one YAML file of documents, as Backstage reads a catalog-info.yaml. */
export function backstageYaml(model: SiteModel, site: string): string {
  const header = `# The Government API catalogue as Backstage entities (${absoluteUrl(site, urls.useThisData())}).\n# Register this file's URL as a location; allow your backend to read ${new URL(site).host} (backend.reading.allow) for the API definitions.\n`;
  return header + backstageEntities(model, site).map((e) => `---\n${stringify(e, { lineWidth: 0 })}`).join('');
}
