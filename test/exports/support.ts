/** Site models of fixture catalogues for the export tests, built as the pipeline builds them. */
import path from 'node:path';
import { emptyChangelog, type Changelog } from '../../src/changelog/index.ts';
import { checkCatalogue } from '../../src/checks/index.ts';
import { buildSiteModel, type SiteModel } from '../../src/site/build-model.ts';

export const SITE = 'https://api-catalogue.example.gov.uk/';
export const TODAY = '2026-12-01';

/** The model of a catalogue folder, with the changelog given (none by default). */
export async function modelOf(catalogueDir: string, changelog: Changelog = emptyChangelog('not read in this test')): Promise<SiteModel> {
  const check = await checkCatalogue({ catalogueDir: path.resolve(catalogueDir), today: TODAY });
  if (!check.ok) throw new Error(`fixture catalogue has errors: ${check.errors.map((e) => e.message).join('; ')}`);
  return buildSiteModel(check.catalogue, check.assessments, new Date(`${TODAY}T12:00:00Z`), check.entries, undefined, changelog);
}
