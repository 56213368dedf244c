/**
 * Absolute links to the catalogue site for output read outside it (the command line, GitHub
 * annotations, JSON): the site's address is `SITE_URL` when set, as for the build
 * (astro.config.mjs), else the same default.
 */
export const DEFAULT_SITE_URL = 'https://api-catalogue.example.gov.uk';

/** `/standards/rules/gds-https-only/` → `https://…/standards/rules/gds-https-only/`. */
export function siteLink(sitePath: string, base: string = process.env['SITE_URL'] || DEFAULT_SITE_URL): string {
  try {
    return new URL(sitePath, base).href;
  } catch {
    return new URL(sitePath, DEFAULT_SITE_URL).href;
  }
}
