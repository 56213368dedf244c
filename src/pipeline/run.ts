/**
 * Runs the whole build pipeline once: load and check the catalogue, then assess every OpenAPI
 * document against the GDS standards. Pages and exports take its result; they never read files.
 */
import path from 'node:path';
import { loadCatalogue, type Catalogue } from '../catalogue/load.ts';
import { sortProblems, UserInputError } from '../problems/problem.ts';
import { buildSiteModel, type SiteModel } from '../site/build-model.ts';

export interface PipelineOptions {
  /** Folder of the catalogue; `catalogue/` in the working directory by default. */
  catalogueDir?: string;
}

/** Loads the catalogue or throws a UserInputError listing every problem (errors only). */
export function loadCheckedCatalogue(dir: string): Catalogue {
  const { catalogue, problems } = loadCatalogue(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new UserInputError(sortProblems(errors));
  return catalogue;
}

export async function runPipeline(options: PipelineOptions = {}): Promise<SiteModel> {
  const dir = path.resolve(options.catalogueDir ?? 'catalogue');
  const catalogue = loadCheckedCatalogue(dir);
  return buildSiteModel(catalogue);
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
