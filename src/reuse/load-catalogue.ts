/**
 * The catalogue read for reuse tools that run outside the build (the calibration, the benchmark,
 * tests): loaded and cross-checked like the build does, without assessing documents; a problem
 * stops it with the same messages.
 */
import { loadCatalogue } from '../catalogue/load.ts';
import { sortProblems, UserInputError } from '../problems/problem.ts';
import { buildSiteModel, type SiteModel } from '../site/build-model.ts';

export function loadSiteModelWithoutAssessment(dir: string): SiteModel {
  const { catalogue, problems } = loadCatalogue(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new UserInputError(sortProblems(errors));
  return buildSiteModel(catalogue);
}
