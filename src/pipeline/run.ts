/**
 * Runs the whole build pipeline once: load and check the catalogue, then assess every OpenAPI
 * document against the GDS standards. Pages and exports take its result; they never read files.
 */
import path from 'node:path';
import { loadCatalogue, type Catalogue } from '../catalogue/load.ts';
import { sortProblems, UserInputError, type Problem } from '../problems/problem.ts';
import { buildSiteModel, type SiteModel } from '../site/build-model.ts';
import { assessSpecs, type AssessOptions, type SpecAssessment } from '../standards/assess.ts';

export interface PipelineOptions {
  /** Folder of the catalogue; `catalogue/` in the working directory by default. */
  catalogueDir?: string;
  /** Options for the standards assessment (cache folder, concurrency). */
  assess?: AssessOptions;
}

/** Loads the catalogue or throws a UserInputError listing every problem (errors only). */
export function loadCheckedCatalogue(dir: string): Catalogue {
  const { catalogue, problems } = loadCatalogue(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new UserInputError(sortProblems(errors));
  return catalogue;
}

/** Redocly rules whose findings mean a document's references could not be followed. */
const UNRESOLVED = new Set(['no-unresolved-refs']);
const REFS_RULE = 'gds-refs-local';

/**
 * Problems that stop the build: a document that cannot be parsed, recognised as OpenAPI or read
 * within the limits, or whose `$ref`s cannot be resolved inside its entry folder. Standards findings
 * never stop it: every entry is published with its result.
 */
export function buildBlockingProblems(assessments: Iterable<SpecAssessment>): Problem[] {
  const problems: Problem[] = [];
  for (const a of assessments) {
    if (!a.assessable) {
      problems.push(a.problem);
      continue;
    }
    for (const f of a.findings) {
      if (!f.exempt && (UNRESOLVED.has(f.source) || f.rule === REFS_RULE)) {
        problems.push({ file: f.file, line: f.line, column: f.column, pointer: f.pointer, rule: f.rule, severity: 'error', message: f.message, hint: f.hint ?? 'point the $ref at a file inside the entry folder, with a fragment that exists' });
      }
    }
  }
  return problems;
}

export async function assessCatalogue(catalogue: Catalogue, options: AssessOptions = {}): Promise<Map<string, SpecAssessment[]>> {
  const items = catalogue.entries.flatMap((loaded) =>
    loaded.entry.specs.map((spec, index) => ({ id: `${loaded.entry.id}#${index}`, file: path.resolve(loaded.dir, spec.file), root: loaded.dir })),
  );
  const results = await assessSpecs(items, options);
  const byEntry = new Map<string, SpecAssessment[]>();
  for (const loaded of catalogue.entries) {
    byEntry.set(
      loaded.entry.id,
      loaded.entry.specs.map((_, index) => {
        const r = results.get(`${loaded.entry.id}#${index}`);
        if (!r) throw new Error(`internal: no assessment for ${loaded.entry.id} spec ${index}`);
        return r;
      }),
    );
  }
  return byEntry;
}

export async function runPipeline(options: PipelineOptions = {}): Promise<SiteModel> {
  const dir = path.resolve(options.catalogueDir ?? 'catalogue');
  const catalogue = loadCheckedCatalogue(dir);
  const assessments = await assessCatalogue(catalogue, options.assess);
  const blocking = buildBlockingProblems([...assessments.values()].flat());
  if (blocking.length > 0) throw new UserInputError(sortProblems(blocking));
  return buildSiteModel(catalogue, assessments);
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
