/**
 * The one check path. The build (src/pipeline/run.ts), `npm run validate`, `npm run new-entry` and
 * the pull-request report all call `checkCatalogue`, so they give the same verdict on every entry:
 *
 * 1. load the catalogue: find every entry (entry-files.ts), check it against the schema and the
 *    cross-checks (references, duplicates, placeholders);
 * 2. assess exactly the OpenAPI documents each entry in scope names against the GDS standards;
 * 3. build the API reference of each of those documents, as the pages will render it (references.ts),
 *    so that a document that would break a page fails here with its place, not while pages render;
 * 4. find entries publishing the same document as another;
 * 5. apply the conformance policy of catalogue/config.yaml (policy.ts).
 *
 * Every catalogue file is read through the guarded reader (src/files/): no link is followed, only
 * regular files within their size limit, as strict UTF-8.
 *
 * Nothing here throws for user input: every problem is in the result, per entry.
 */
import path from 'node:path';
import { loadCatalogue, type Catalogue, type LoadedEntry } from '../catalogue/load.ts';
import { sortProblems, type Problem } from '../problems/problem.ts';
import type { AssessOptions, SpecAssessment } from '../standards/assess.ts';
import type { Level } from '../standards/rule.ts';
import { assessEntries, blockingProblems, entryKey } from './assess-entries.ts';
import { applyPolicy, type AchievedLevel, type PolicyScope, type WaiverState } from './policy.ts';
import { checkReferences } from './references.ts';
import { checkSharedDocuments } from './shared-documents.ts';
import { ISO_DATE } from './today.ts';

export { londonToday } from './today.ts';
export { reportedByEntryCheck } from './assess-entries.ts';
export { meetsLevel, POLICY_SCOPES, type AchievedLevel, type PolicyScope, type WaiverState } from './policy.ts';

export interface CheckOptions {
  /** The catalogue folder: config.yaml, topics.yaml, organisations/ and entries/. */
  catalogueDir: string;
  /** The day the verdict is for, YYYY-MM-DD (waivers end on a date): `londonToday()` for the real one. */
  today: string;
  /**
   * Ids of entries that are new or whose metadata or documents changed (the pull-request report
   * works them out with Git). Only these are held to the minimum level. Without it, every entry is,
   * which is what the build and `npm run validate` do.
   */
  changed?: ReadonlySet<string>;
  /**
   * Check and report only these entries (folder names under entries/). The whole catalogue is still
   * loaded, so references and duplicates are checked against every entry. All entries by default.
   */
  only?: readonly string[];
  /** Options for the GDS assessment: cache folder, concurrency, working directory. */
  assess?: AssessOptions;
  /**
   * True for the build: every API reference is built and kept for the pages. Otherwise a document
   * whose files and code are unchanged since it last passed is not built again (cached verdict).
   */
  forPages?: boolean;
}

export interface EntryVerdict {
  /** The entry's folder name under entries/: its id (the two must match for the entry to pass). */
  id: string;
  /** The metadata file (entry.yaml, entry.yml or entry.mdx), as problems name it; the folder when there is none. */
  file: string;
  /** The entry as loaded, when its metadata passed the schema. */
  loaded?: LoadedEntry;
  /** One GDS assessment per `specs` item, in order; empty when the entry did not load. */
  assessments: SpecAssessment[];
  /** The lowest level over its documents; undefined when it has none. */
  level?: AchievedLevel;
  /** The lowest score over its assessable documents. */
  score?: number;
  /** The catalogue's minimum level. */
  minimumLevel: Level;
  /** Whether every document reaches the minimum level; undefined without documents. */
  meetsMinimum?: boolean;
  /** Whether the minimum level was enforced for this entry in this run: `held`, or why not. */
  policy: PolicyScope;
  waiver: WaiverState;
  /** Every problem with the entry (errors and warnings), sorted: schema, cross-checks, documents, policy. */
  problems: Problem[];
  /** The problems (also in `problems`) that come from its documents' assessments: a document that cannot be assessed, a `$ref` that cannot be resolved. */
  documentProblems: Problem[];
  /** No error among its problems. */
  passes: boolean;
}

export interface CatalogueCheck {
  catalogue: Catalogue;
  /** The day the verdict is for. */
  today: string;
  minimumLevel: Level;
  /** A verdict for every entry in scope, by id. */
  entries: EntryVerdict[];
  /** Problems outside any one entry: config.yaml, topics.yaml, organisations/. Always in scope. */
  catalogueProblems: Problem[];
  /** Every problem in scope (catalogue and entries, errors and warnings), sorted. */
  problems: Problem[];
  /** The errors among `problems`: any error fails the build, `validate` and the pull-request check. */
  errors: Problem[];
  /** No errors. */
  ok: boolean;
  /** GDS assessments by entry id, for the entries in scope that loaded (what the site renders). */
  assessments: Map<string, SpecAssessment[]>;
}

/** The folder under `entriesDir` a problem's file is in, or undefined for a file outside every entry. */
function entryOf(problem: Problem, entriesDir: string): string | undefined {
  const rel = path.relative(entriesDir, path.resolve(problem.file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep)[0];
}

/** Checks the catalogue and gives a verdict per entry. See CheckOptions for the scope. */
export async function checkCatalogue(options: CheckOptions): Promise<CatalogueCheck> {
  if (!ISO_DATE.test(options.today)) throw new Error(`internal: checkCatalogue needs today as YYYY-MM-DD, got "${options.today}"`);
  const { catalogue, problems: loadProblems } = loadCatalogue(options.catalogueDir);
  const entriesDir = path.join(catalogue.root, 'entries');
  const minimumLevel = catalogue.config.conformance.minimumLevel;

  const byEntry = new Map<string, Problem[]>();
  const catalogueProblems: Problem[] = [];
  const add = (id: string, ps: readonly Problem[]) => byEntry.set(id, [...(byEntry.get(id) ?? []), ...ps]);
  for (const p of loadProblems) {
    const id = entryOf(p, entriesDir);
    if (id === undefined) catalogueProblems.push(p);
    else add(id, [p]);
  }

  const loadedById = new Map(catalogue.entries.map((l) => [entryKey(l), l]));
  const all = [...new Set([...loadedById.keys(), ...catalogue.brokenEntryIds, ...byEntry.keys()])].sort();
  const only = options.only ? new Set(options.only) : undefined;
  const inScope = (id: string): boolean => !only || only.has(id);
  const ids = only ? [...only].sort() : all;

  const toAssess = ids.flatMap((id) => {
    const l = loadedById.get(id);
    return l ? [l] : [];
  });
  const assessments = await assessEntries(toAssess, options.assess);
  const cacheDir = options.assess?.cache === false ? undefined : path.resolve(options.assess?.cwd ?? process.cwd(), '.cache', 'checks');
  for (const [id, ps] of await checkReferences(toAssess, assessments, { ...(cacheDir ? { cacheDir } : {}), build: options.forPages === true })) add(id, ps);
  for (const p of checkSharedDocuments(catalogue.entries, inScope, cacheDir)) add(entryOf(p, entriesDir) ?? '', [p]);

  const entries: EntryVerdict[] = ids.map((id) => {
    const loaded = loadedById.get(id);
    const own = byEntry.get(id) ?? [];
    if (!loaded) {
      const file = own[0]?.file ?? path.join(entriesDir, id);
      const noSuchEntry: Problem[] = own.length
        ? []
        : [{ file, rule: 'entry/missing-file', severity: 'error', message: `there is no entry "${id}" in ${path.relative(process.cwd(), entriesDir) || entriesDir}`, hint: 'check the folder name, or create the entry with `npm run new-entry`' }];
      const problems = sortProblems([...own, ...noSuchEntry]);
      return { id, file, assessments: [], minimumLevel, policy: 'not-loaded', waiver: { state: 'none' }, problems, documentProblems: [], passes: false };
    }
    const docs = assessments.get(id) ?? [];
    const policy = applyPolicy({ loaded, assessments: docs, minimumLevel, today: options.today, changed: options.changed ? options.changed.has(id) : true });
    const documentProblems = blockingProblems(docs);
    const problems = sortProblems([...own, ...documentProblems, ...policy.problems]);
    return {
      id,
      file: loaded.file,
      loaded,
      assessments: docs,
      ...(policy.level !== undefined ? { level: policy.level } : {}),
      ...(policy.score !== undefined ? { score: policy.score } : {}),
      minimumLevel,
      ...(policy.meetsMinimum !== undefined ? { meetsMinimum: policy.meetsMinimum } : {}),
      policy: policy.scope,
      waiver: policy.waiver,
      problems,
      documentProblems,
      passes: !problems.some((p) => p.severity === 'error'),
    };
  });

  const problems = sortProblems([...catalogueProblems, ...entries.flatMap((e) => e.problems)]);
  const errors = problems.filter((p) => p.severity === 'error');
  return { catalogue, today: options.today, minimumLevel, entries, catalogueProblems, problems, errors, ok: errors.length === 0, assessments };
}
