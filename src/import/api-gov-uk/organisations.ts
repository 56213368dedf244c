/**
 * api.gov.uk's organisation ids onto GOV.UK organisation slugs. In order:
 *
 * 1. RENAMED: bodies the source names differently from GOV.UK, each with the reason;
 * 2. an id that is a GOV.UK slug (not closed) is kept;
 * 3. a `url` that is a GOV.UK organisation page gives its slug (defra → department-for-environment-food-rural-affairs);
 * 4. a name equal to a GOV.UK organisation's name (ignoring case, "&" for "and" and a leading "The")
 *    gives its slug (office-of-national-statistics → office-for-national-statistics);
 * 5. anything else is a body that is not on GOV.UK's list: `onGovUk: false`, with a slug made from
 *    its name (bgs → british-geological-survey), never from an abbreviation (GOV.UK's list has other
 *    bodies with the same letters: "SCC", "GCA").
 */
import govukOrganisations from '../../catalogue/govuk-organisations.json' with { type: 'json' };
import { slugify } from './text.ts';

interface GovukOrganisation {
  slug: string;
  name: string;
  abbreviation: string | null;
  status: string | null;
}

/** Source ids whose body is on GOV.UK under another name, with the reason shown in the report. */
export const RENAMED: Readonly<Record<string, { slug: string; reason: string }>> = {
  'nhs-digital': { slug: 'nhs-england', reason: 'NHS Digital merged into NHS England on 1 February 2023, which now runs its APIs' },
  cefas: { slug: 'centre-for-environment-fisheries-and-aquaculture-science', reason: 'GOV.UK names Cefas in full, "Centre for Environment, Fisheries and Aquaculture Science"' },
};

export interface SourceOrganisation {
  row: number;
  id: string;
  name: string;
  alternateName: string;
  url: string;
}

export interface OrganisationMapping {
  sourceId: string;
  slug: string;
  /** The name the catalogue uses: GOV.UK's for a GOV.UK organisation, else the source's. */
  name: string;
  abbreviation?: string;
  website?: string;
  onGovUk: boolean;
  /** How the slug was found, in words for the report. */
  how: string;
}

const GOVUK_PAGE = /^https:\/\/www\.gov\.uk\/government\/organisations\/([a-z0-9-]+)\/?$/;

const normaliseName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function mapOrganisation(o: SourceOrganisation, govuk: readonly GovukOrganisation[] = govukOrganisations): OrganisationMapping {
  const open = govuk.filter((g) => g.status !== 'closed');
  const bySlug = new Map(open.map((g) => [g.slug, g]));
  const onGovUk = (g: GovukOrganisation, how: string): OrganisationMapping => ({
    sourceId: o.id,
    slug: g.slug,
    name: g.name,
    ...(g.abbreviation || o.alternateName ? { abbreviation: g.abbreviation ?? o.alternateName } : {}),
    website: `https://www.gov.uk/government/organisations/${g.slug}`,
    onGovUk: true,
    how,
  });
  const renamed = RENAMED[o.id];
  const target = renamed ? bySlug.get(renamed.slug) : undefined;
  if (renamed && target) return onGovUk(target, renamed.reason);
  const same = bySlug.get(o.id);
  if (same) return onGovUk(same, 'the same slug is on GOV.UK');
  const page = GOVUK_PAGE.exec(o.url)?.[1];
  const byPage = page ? bySlug.get(page) : undefined;
  if (byPage) return onGovUk(byPage, `its url is the GOV.UK page of "${byPage.slug}"`);
  const byName = open.find((g) => normaliseName(g.name) === normaliseName(o.name));
  if (byName) return onGovUk(byName, `GOV.UK lists "${byName.name}" as "${byName.slug}"`);
  const website = /^https:\/\//.test(o.url) ? o.url : undefined;
  return {
    sourceId: o.id,
    slug: slugify(o.name),
    name: o.name,
    ...(o.alternateName ? { abbreviation: o.alternateName } : {}),
    ...(website ? { website } : {}),
    onGovUk: false,
    how: `not on GOV.UK's list of organisations${website ? '' : o.url ? `; its url "${o.url}" is not an https address, so no website is recorded` : '; no website is given'}`,
  };
}
