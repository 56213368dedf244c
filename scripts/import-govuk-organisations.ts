/**
 * Regenerates src/catalogue/govuk-organisations.json (slug, name, abbreviation, status) from the
 * CDDO model of GOV.UK organisations (uk-gov-orgs.yaml). Usage:
 *   npm run import:govuk-organisations -- ../shared/data/metadata-models/uk-gov-orgs.yaml
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run import:govuk-organisations -- <path to uk-gov-orgs.yaml>');
  process.exit(2);
}
interface OrgValue {
  description?: string;
  extensions?: { tag: string; value: string }[];
}
const model = parse(readFileSync(source, 'utf8')) as { enums: { OrganisationValues: { permissible_values: Record<string, OrgValue> } } };
const rows = Object.entries(model.enums.OrganisationValues.permissible_values).map(([slug, v]) => {
  const ext = (tag: string) => v.extensions?.find((e) => e.tag === tag)?.value;
  return { slug, name: v.description ?? slug, abbreviation: ext('abbreviation') ?? null, status: ext('status') ?? null };
});
rows.sort((a, b) => a.slug.localeCompare(b.slug));
writeFileSync('src/catalogue/govuk-organisations.json', JSON.stringify(rows) + '\n');
console.log(`wrote ${rows.length} organisations to src/catalogue/govuk-organisations.json`);
