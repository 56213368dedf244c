/**
 * The overview at the top of a reference: title, version, description, servers by environment,
 * authentication and how to get credentials, rate limits, versioning and deprecation notices.
 */
import type { Entry } from '../catalogue/schema.ts';
import type { Problem } from '../problems/problem.ts';
import type { LinkRegistry } from './anchors.ts';
import type { SpecFamily } from './bundle.ts';
import { renderMarkdown } from './markdown.ts';
import type { RawOperation } from './operations.ts';
import type { OperationModel, Overview, SchemaModel, SecuritySchemeModel } from './reference-types.ts';
import { buildSecurityModel } from './security.ts';
import { groupServers, safeLink, serverUrlWithDefaults } from './servers.ts';
import { arr, entries, obj, str, type Obj } from './spec-access.ts';

export type EntryContext = Partial<Pick<Entry, 'access' | 'endpoints' | 'status' | 'dates' | 'successor'>>;

export interface OverviewInput {
  doc: Obj;
  family?: SpecFamily;
  version?: string;
  converted?: boolean;
  problems?: readonly Problem[];
  entry?: EntryContext;
  schemes: SecuritySchemeModel[];
  schemeAnchors: Map<string, string>;
  links: LinkRegistry;
  operations: { raw: RawOperation; model: OperationModel }[];
  schemas: SchemaModel[];
}

/** The anchor that owns links shown in the overview (it is always on the first page). */
export const OVERVIEW_ANCHOR = 'overview';

const RATE_HEADER = /rate|limit|retry-after|quota|throttl/i;
const RATE_EXTENSION = /^x-(rate-?limit|throttl|quota)/i;
const EMAIL = /^[^\s@<>"'`]+@[^\s@<>"'`]+\.[^\s@<>"'`]+$/;

function specLabel(family: SpecFamily | undefined, version: string): string {
  if (family === 'swagger-2.0') return `Swagger ${version || '2.0'}`;
  return `OpenAPI ${version || family?.replace('openapi-', '') || '3'}`;
}

function extensionNotes(node: Obj, where: string): string[] {
  return entries(node)
    .filter(([k]) => RATE_EXTENSION.test(k))
    .map(([k, v]) => `${where}${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`.slice(0, 500));
}

function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function buildOverview(input: OverviewInput): Overview {
  const { doc, links, entry } = input;
  const info = obj(doc['info']);
  const link = (label: string, anchor: string) => links.make(label, anchor, OVERVIEW_ANCHOR);

  const contactRaw = obj(info['contact']);
  const contactName = str(contactRaw['name']);
  const contactEmail = str(contactRaw['email']);
  const contactLink = safeLink(str(contactRaw['url']));
  const contact =
    contactName || contactEmail || contactLink
      ? {
          name: contactName,
          email: contactEmail,
          ...(EMAIL.test(contactEmail) ? { emailLink: { label: contactEmail, url: `mailto:${contactEmail}`, external: false } } : {}),
          ...(contactLink ? { link: contactLink } : {}),
        }
      : undefined;
  const licenceRaw = obj(info['license']);
  const licenceLink = safeLink(str(licenceRaw['url']));
  const licence = str(licenceRaw['name']) || licenceLink ? { name: str(licenceRaw['name']), ...(licenceLink ? { link: licenceLink } : {}) } : undefined;
  const terms = safeLink(str(info['termsOfService']), 'Terms of service');
  const docsRaw = obj(doc['externalDocs']);
  const docs = safeLink(str(docsRaw['url']), str(docsRaw['description']) || 'More documentation');

  // Rate limits: 429 responses, limit headers, x-rate-limit extensions.
  const limited = input.operations.filter(({ model }) => model.responses.some((r) => r.status === '429'));
  const descriptions = new Set<string>();
  for (const { model } of limited) {
    for (const r of model.responses) if (r.status === '429' && r.descriptionHtml) descriptions.add(r.descriptionHtml);
  }
  const limitHeaders = new Set<string>();
  for (const { model } of input.operations) {
    for (const r of model.responses) for (const h of r.headers) if (RATE_HEADER.test(h.name)) limitHeaders.add(h.name);
  }
  const rateNotes = [
    ...extensionNotes(doc, ''),
    ...extensionNotes(info, ''),
    ...input.operations.flatMap(({ raw, model }) => extensionNotes(raw.operation, `${model.method} ${model.path}: `)),
  ];

  // Versioning.
  const versionNotes: string[] = [];
  const serverPaths = arr(doc['servers']).map((s) => serverUrlWithDefaults(s).match(/\/(v\d+(?:\.\d+)?)(?:\/|$)/i)?.[1]).filter(Boolean);
  if (serverPaths.length) versionNotes.push(`The major version is part of the URL path (${[...new Set(serverPaths)].map((v) => `/${v}`).join(', ')}).`);
  const acceptValues = new Set<string>();
  const versionHeaders = new Set<string>();
  for (const { model } of input.operations) {
    for (const group of model.parameters) {
      for (const p of group.rows) {
        if (p.location !== 'header') continue;
        if (p.name.toLowerCase() === 'accept') {
          for (const v of [p.example, p.defaultValue, ...p.enumValues]) if (/vnd\./i.test(v)) acceptValues.add(v.replace(/^"|"$/g, ''));
        } else if (/version/i.test(p.name)) versionHeaders.add(p.name);
      }
    }
  }
  if (acceptValues.size) versionNotes.push(`Choose the version with the Accept header, for example ${[...acceptValues][0]}.`);
  for (const h of versionHeaders) versionNotes.push(`Requests can name a version in the ${h} header.`);

  // Deprecation.
  const notices: string[] = [];
  if (entry?.status === 'deprecated') {
    notices.push(`This API is deprecated${entry.dates?.deprecated ? ` since ${formatDate(entry.dates.deprecated)}` : ''}: do not start using it.`);
  }
  if (entry?.status === 'retired') notices.push('This API has been switched off.');
  if (entry?.dates?.retired && entry.status !== 'retired') notices.push(`It will be switched off on ${formatDate(entry.dates.retired)}.`);
  const sunsetHeaders = new Set<string>();
  for (const { model } of input.operations) {
    for (const r of model.responses) for (const h of r.headers) if (/^(sunset|deprecation)$/i.test(h.name)) sunsetHeaders.add(h.name);
  }
  for (const h of sunsetHeaders) {
    notices.push(h.toLowerCase() === 'sunset' ? 'Responses can carry a Sunset header with the date the API will be switched off.' : 'Responses can carry a Deprecation header when the API is being withdrawn.');
  }

  const howTo = entry?.access ? renderMarkdown(entry.access.howToGetAccess, { headingLevel: 4 }) : '';
  const accessLink = entry?.access?.url ? safeLink(entry.access.url, 'Apply for access') : undefined;

  return {
    title: str(info['title']) || 'API reference',
    version: str(info['version']),
    specLabel: specLabel(input.family, input.version ?? ''),
    converted: input.converted === true,
    summary: str(info['summary']),
    descriptionHtml: renderMarkdown(info['description'], { headingLevel: 3 }),
    contact,
    licence,
    ...(terms ? { termsOfService: terms } : {}),
    ...(docs ? { externalDocs: docs } : {}),
    serverGroups: groupServers(doc['servers'], entry?.endpoints ?? []),
    authentication: {
      schemes: input.schemes,
      defaultSecurity: buildSecurityModel(doc, undefined, input.schemeAnchors, links, OVERVIEW_ANCHOR),
      howToGetAccessHtml: howTo,
      ...(accessLink ? { accessLink } : {}),
    },
    rateLimits: {
      operations: limited.map(({ model }) => link(model.title, model.anchor)),
      descriptionsHtml: [...descriptions].slice(0, 5),
      headers: [...limitHeaders].sort(),
      notes: rateNotes.slice(0, 20),
    },
    versioning: { version: str(info['version']), notes: versionNotes },
    deprecation: {
      notices,
      operations: input.operations.filter(({ model }) => model.deprecated).map(({ model }) => link(model.title, model.anchor)),
      schemas: input.schemas.filter((s) => s.deprecated).map((s) => link(s.name, s.anchor)),
      parameters: input.operations.flatMap(({ model }) =>
        model.parameters.flatMap((g) => g.rows.filter((p) => p.deprecated).map((p) => ({ label: `${p.name} (${g.location})`, operation: link(model.title, model.anchor) }))),
      ),
    },
    warnings: (input.problems ?? []).map((p) => `${p.file}${p.pointer ? ` at ${p.pointer}` : ''}: ${p.message}`).slice(0, 50),
  };
}
