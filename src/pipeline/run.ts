/**
 * Runs the whole build pipeline once: the one check path (src/checks/) loads and checks the
 * catalogue, assesses every OpenAPI document and applies the conformance policy; any error stops the
 * build. Pages and exports take the resulting site model; they never read files.
 */
import path from 'node:path';
import { checkCatalogue, londonToday } from '../checks/index.ts';
import { UserInputError } from '../problems/problem.ts';
import { buildReuseModel } from '../reuse/build.ts';
import { readLinkReport } from '../links/report-file.ts';
import { buildSiteModel, type SiteModel } from '../site/build-model.ts';
import type { AssessOptions } from '../standards/assess.ts';
import { readChangelog } from '../changelog/index.ts';

export interface PipelineOptions {
  /** Folder of the catalogue; `catalogue/` in the working directory by default. */
  catalogueDir?: string;
  /** Options for the standards assessment (cache folder, concurrency). */
  assess?: AssessOptions;
  /** The day the verdict is for (YYYY-MM-DD); today in the UK by default. */
  today?: string;
  /** Where the changelog caches its comparisons (`.cache/changelog` in the repository by default). */
  changelogCacheDir?: string;
}

export async function runPipeline(options: PipelineOptions = {}): Promise<SiteModel> {
  const catalogueDir = path.resolve(options.catalogueDir ?? 'catalogue');
  // The assessments run in worker threads while the changelog reads history here. The changelog
  // never fails the build: without history it says why.
  const [check, changelog] = await Promise.all([
    checkCatalogue({ catalogueDir, today: options.today ?? londonToday(), ...(options.assess ? { assess: options.assess } : {}), forPages: true }),
    readChangelog({ catalogueDir, ...(options.changelogCacheDir ? { cacheDir: options.changelogCacheDir } : {}) }),
  ]);
  // The link report is committed by `npm run check-links`; the build reads it, never the network.
  const links = readLinkReport(check.catalogue.root);
  if (!check.ok || links.problems.length) throw new UserInputError([...check.errors, ...links.problems]);
  const reuse = await buildReuseModel(check.catalogue);
  return buildSiteModel(check.catalogue, check.assessments, new Date(`${check.today}T12:00:00Z`), check.entries, links.report, changelog, reuse);
}

const MEMO = Symbol.for('gov-api-catalogue.site-model');
type Memo = { [MEMO]?: Promise<SiteModel> };

/**
 * The pipeline's result for this process, computed once. The build script runs it before Astro
 * renders pages, so pages get the same object without loading anything again.
 */
export function getSiteModelOnce(options: PipelineOptions = {}): Promise<SiteModel> {
  const g = globalThis as Memo;
  g[MEMO] ??= runPipeline(options);
  return g[MEMO];
}
