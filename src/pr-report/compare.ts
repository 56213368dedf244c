/**
 * Makes the pull-request report: reads the catalogue at the base and at the head from Git (cached
 * snapshots, nothing checked out), runs the one check path (src/checks/) on each, diffs every
 * changed OpenAPI document with the spec diff (src/openapi/diff/), and compares the two into the
 * report's facts (model.ts), whose verdict policy.ts works out.
 *
 * Which entries changed is decided by Git: an entry is changed when any file in its folder is
 * added, changed or removed, and a document is changed when it or any file it reads (its `$ref`s)
 * is. Those entries are the "new or changed" ones the conformance policy holds to the minimum.
 */
import { readGuarded } from '../files/guarded.ts';
import path from 'node:path';
import { infoVersion } from '../changelog/documents.ts';
import { checkCatalogue, londonToday, type CatalogueCheck, type EntryVerdict } from '../checks/index.ts';
import { GitRepo } from '../git/repo.ts';
import { snapshotFolder, type Snapshot } from '../git/snapshot.ts';
import { CHANGE_KINDS, diffSpecFiles } from '../openapi/diff/index.ts';
import { displayPath, type Problem } from '../problems/problem.ts';
import type { Finding, SpecAssessment } from '../standards/assess.ts';
import { likelyDuplicates } from '../reuse/pr-duplicates.ts';
import {
  countedList,
  REPORT_SCHEMA_ID,
  type AchievedLevel,
  type ChangeFact,
  type DocumentReport,
  type EntryReport,
  type FindingFact,
  type PrReport,
  type ProblemFact,
} from './model.ts';
import { withVerdict } from './policy.ts';
import { isNewVersion } from './versions.ts';

/** The catalogue's folder in the repository. */
export const CATALOGUE_FOLDER = 'catalogue';
const ENTRIES = `${CATALOGUE_FOLDER}/entries/`;

export interface ReportOptions {
  /** A folder inside the repository (the working directory by default). */
  cwd?: string;
  /** What the pull request goes into; the report starts from its merge base with `head`. */
  base: string;
  head: string;
  baseLabel?: string;
  headLabel?: string;
  /** The day of the verdict, YYYY-MM-DD (today in London by default). */
  today?: string;
  pullRequest?: number;
  /** Reuse unchanged assessments (true by default). */
  cache?: boolean;
  /** Where assessments are cached (`.cache/lint` in the working directory by default). */
  lintCacheDir?: string;
  /** Where snapshots of the catalogue at a commit are kept (`.cache/git/trees` in the repository). */
  snapshotCacheDir?: string;
}

/** One side of the comparison: the catalogue at a commit, checked. */
interface Side {
  snapshot: Snapshot;
  check: CatalogueCheck;
  /** Entry folder name → its files (path inside the folder → object id). */
  folders: Map<string, Map<string, string>>;
  /** A path as the check shows it → its path in the repository. */
  repoPath(file: string): string;
  /** A message with the snapshot's folder taken out of the paths in it. */
  words(text: string): string;
}

function entryFolders(snapshot: Snapshot): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [file, f] of snapshot.files) {
    if (!file.startsWith(ENTRIES)) continue;
    const rest = file.slice(ENTRIES.length);
    const slash = rest.indexOf('/');
    if (slash <= 0) continue;
    const id = rest.slice(0, slash);
    if (!out.has(id)) out.set(id, new Map());
    out.get(id)!.set(rest.slice(slash + 1), f.id);
  }
  return out;
}

function sameFiles(a: Map<string, string> | undefined, b: Map<string, string> | undefined): boolean {
  if (!a || !b || a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

async function checkSide(snapshot: Snapshot, folders: Side['folders'], today: string, changed: ReadonlySet<string>, cache: string | false | undefined): Promise<Side> {
  const check = await checkCatalogue({ catalogueDir: snapshot.dir, today, changed, assess: cache === undefined ? {} : { cache } });
  const root = snapshot.root;
  const prefixes = [`${root}${path.sep}`, `${displayPath(root)}/`].sort((a, b) => b.length - a.length);
  return {
    snapshot,
    check,
    folders,
    repoPath(file) {
      const rel = path.relative(root, path.resolve(file));
      return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
    },
    words(text) {
      let out = text;
      for (const p of prefixes) out = out.split(p).join('');
      return out;
    },
  };
}

function problemFact(p: Problem, side: Side): ProblemFact {
  return {
    file: side.repoPath(p.file),
    ...(p.line !== undefined ? { line: p.line } : {}),
    ...(p.column !== undefined ? { column: p.column } : {}),
    ...(p.pointer !== undefined ? { pointer: p.pointer } : {}),
    rule: p.rule,
    severity: p.severity,
    message: side.words(p.message),
    ...(p.hint !== undefined ? { hint: side.words(p.hint) } : {}),
  };
}

function findingFact(f: Finding, side: Side): FindingFact {
  return { ...problemFact(f, side), where: f.where, ...(f.exempt ? { exempt: true } : {}) };
}

/** Identity of a problem across two commits: lines move when a file is edited, so they are left out. */
const problemKey = (p: ProblemFact): string => [p.file, p.rule, p.pointer ?? '', p.message].join('\0');

const errorsFirst = <T extends { severity: string }>(items: T[]): T[] => [...items].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));

function newItems<T extends ProblemFact>(head: readonly T[], base: readonly T[]): T[] {
  const seen = new Set(base.map(problemKey));
  return errorsFirst(head.filter((p) => !seen.has(problemKey(p))));
}

interface SpecAt {
  /** Path inside the entry folder, normalised. */
  file: string;
  assessment: SpecAssessment;
}

function specsOf(v: EntryVerdict | undefined): SpecAt[] {
  if (!v?.loaded) return [];
  return v.loaded.entry.specs.flatMap((s, i) => {
    const a = v.assessments[i];
    return a ? [{ file: path.posix.normalize(s.file), assessment: a }] : [];
  });
}

const levelOf = (a: SpecAssessment | undefined): AchievedLevel | undefined => (a === undefined ? undefined : a.assessable ? a.level : 'none');
const scoreOf = (a: SpecAssessment | undefined): number | undefined => (a?.assessable ? a.score : undefined);

/** The document's `info.version`, read from its entry file through the guarded reader (inside its entry folder, no links). */
function infoVersionAt(file: string, entryDir: string): string | undefined {
  try {
    const read = readGuarded(file, { root: entryDir, kind: 'openapi' });
    return read.ok ? infoVersion(read.text) : undefined;
  } catch {
    return undefined;
  }
}

function filesRead(a: SpecAssessment | undefined, side: Side): string[] {
  if (!a) return [];
  return (a.assessable ? a.files : [a.file]).map((f) => side.repoPath(f));
}

function blobAt(side: Side, repoFile: string): string | undefined {
  return side.snapshot.files.get(repoFile)?.id;
}

async function documentReport(id: string, file: string, before: SpecAt | undefined, after: SpecAt | undefined, base: Side, head: Side): Promise<DocumentReport> {
  const repoFile = `${ENTRIES}${id}/${file}`;
  const baseAbs = path.join(base.snapshot.dir, 'entries', id, file);
  const headAbs = path.join(head.snapshot.dir, 'entries', id, file);
  const read = [...new Set([...filesRead(before?.assessment, base), ...filesRead(after?.assessment, head), repoFile])];
  const change: DocumentReport['change'] = !before ? 'added' : !after ? 'removed' : read.some((f) => blobAt(base, f) !== blobAt(head, f)) ? 'changed' : 'unchanged';
  const version = {
    before: before ? infoVersionAt(baseAbs, path.join(base.snapshot.dir, 'entries', id)) : undefined,
    after: after ? infoVersionAt(headAbs, path.join(head.snapshot.dir, 'entries', id)) : undefined,
  };

  let changes: ChangeFact[] = [];
  let diffIncomplete: string | undefined;
  if (change === 'changed') {
    const diff = await diffSpecFiles({ file: baseAbs, root: path.join(base.snapshot.dir, 'entries', id) }, { file: headAbs, root: path.join(head.snapshot.dir, 'entries', id) });
    if (diff.ok) {
      changes = diff.changes.map((c) => ({ kind: c.kind, group: CHANGE_KINDS[c.kind].group, breaking: c.breaking, where: c.where, message: c.message }));
      if (diff.stoppedEarly) diffIncomplete = diff.stoppedEarly;
    } else {
      diffIncomplete = `the two versions could not be compared: ${head.words(base.words(diff.problems[0]?.message ?? 'unknown reason'))}`;
    }
  }
  const baseFindings = before?.assessment.assessable ? before.assessment.findings.filter((f) => !f.exempt).map((f) => findingFact(f, base)) : [];
  const headFindings = after?.assessment.assessable ? after.assessment.findings.filter((f) => !f.exempt).map((f) => findingFact(f, head)) : [];
  const breaking = change === 'removed' ? 1 : changes.filter((c) => c.breaking).length;
  return {
    file: repoFile,
    change,
    level: { before: levelOf(before?.assessment), after: levelOf(after?.assessment) },
    score: { before: scoreOf(before?.assessment), after: scoreOf(after?.assessment) },
    version,
    newVersion: change === 'changed' ? isNewVersion(version.before, version.after) : false,
    changes: countedList([...changes.filter((c) => c.breaking), ...changes.filter((c) => !c.breaking)]),
    breaking,
    ...(diffIncomplete ? { diffIncomplete } : {}),
    newFindings: countedList(newItems(headFindings, baseFindings)),
    fixedFindings: countedList(newItems(baseFindings, headFindings)),
  };
}

/** A removed document is replaced by a new version when a document added beside it has a higher major `info.version`. */
function markReplacements(docs: DocumentReport[]): void {
  const added = docs.filter((d) => d.change === 'added');
  for (const d of docs) {
    if (d.change === 'removed' && added.some((a) => isNewVersion(d.version.before, a.version.after))) d.newVersion = true;
  }
}

function ownProblems(side: Side, id: string): ProblemFact[] {
  const verdict = side.check.entries.find((v) => v.id === id);
  const fromGit = side.snapshot.problems.filter((p) => p.file.startsWith(`${ENTRIES}${id}/`));
  return [...(verdict?.problems ?? []).map((p) => problemFact(p, side)), ...fromGit];
}

async function entryReport(id: string, change: EntryReport['change'], base: Side, head: Side): Promise<EntryReport> {
  const b = base.check.entries.find((v) => v.id === id);
  const h = head.check.entries.find((v) => v.id === id);
  const shown = h?.loaded?.entry ?? b?.loaded?.entry;
  const baseFiles = base.folders.get(id) ?? new Map<string, string>();
  const headFiles = head.folders.get(id) ?? new Map<string, string>();
  const touched = [...new Set([...baseFiles.keys(), ...headFiles.keys()])].filter((f) => baseFiles.get(f) !== headFiles.get(f)).sort();

  const before = specsOf(b);
  const after = specsOf(h);
  const files = [...new Set([...after.map((s) => s.file), ...before.map((s) => s.file)])];
  const documents = await Promise.all(files.map((f) => documentReport(id, f, before.find((s) => s.file === f), after.find((s) => s.file === f), base, head)));
  markReplacements(documents);

  const conformance =
    h?.loaded && h.meetsMinimum !== undefined
      ? {
          minimumLevel: h.minimumLevel,
          meetsMinimum: h.meetsMinimum,
          held: h.policy === 'held',
          waiver: h.waiver.state === 'none' ? { state: 'none' as const } : { state: h.waiver.state, until: h.waiver.until, reason: h.waiver.reason },
        }
      : undefined;

  return {
    id,
    ...(shown ? { name: shown.name, kind: shown.kind, organisation: shown.organisation } : {}),
    change,
    status: { before: b?.loaded?.entry.status, after: h?.loaded?.entry.status },
    files: countedList(touched.map((f) => `${ENTRIES}${id}/${f}`)),
    level: { before: b?.level, after: h?.level },
    score: { before: b?.score, after: h?.score },
    ...(conformance ? { conformance } : {}),
    documents,
    newProblems: countedList(change === 'removed' ? [] : newItems(ownProblems(head, id), ownProblems(base, id))),
  };
}

/** Every problem at a commit: the check's and the files Git could not give. */
function allProblems(side: Side): ProblemFact[] {
  return [...side.check.problems.map((p) => problemFact(p, side)), ...side.snapshot.problems];
}

/** Problems outside the given entries: catalogue-wide files, and entries the pull request did not touch. */
function problemsOutside(side: Side, excluded: ReadonlySet<string>): ProblemFact[] {
  return allProblems(side).filter((p) => !(p.file.startsWith(ENTRIES) && excluded.has(p.file.slice(ENTRIES.length).split('/')[0] ?? '')));
}

export async function makeReport(options: ReportOptions): Promise<PrReport> {
  const repo = await GitRepo.open(options.cwd);
  const [baseCommit, headCommit] = await Promise.all([repo.resolveCommit(options.base), repo.resolveCommit(options.head)]);
  const start = (await repo.mergeBase(baseCommit, headCommit)) ?? baseCommit;
  const snap = { ...(options.snapshotCacheDir ? { cacheDir: options.snapshotCacheDir } : {}) };
  const baseSnap = await snapshotFolder(repo, start, CATALOGUE_FOLDER, snap);
  const headSnap = await snapshotFolder(repo, headCommit, CATALOGUE_FOLDER, snap);

  const baseFolders = entryFolders(baseSnap);
  const headFolders = entryFolders(headSnap);
  const ids = [...new Set([...baseFolders.keys(), ...headFolders.keys()])].sort();
  const changes = new Map<string, EntryReport['change']>();
  for (const id of ids) {
    if (!baseFolders.has(id)) changes.set(id, 'added');
    else if (!headFolders.has(id)) changes.set(id, 'removed');
    else if (!sameFiles(baseFolders.get(id), headFolders.get(id))) changes.set(id, 'changed');
  }
  const newOrChanged = new Set([...changes].filter(([, c]) => c !== 'removed').map(([id]) => id));

  const today = options.today ?? londonToday();
  const cache = options.cache === false ? false : options.lintCacheDir;
  const base = await checkSide(baseSnap, baseFolders, today, newOrChanged, cache);
  const head = await checkSide(headSnap, headFolders, today, newOrChanged, cache);

  const entries: EntryReport[] = [];
  for (const [id, change] of changes) entries.push(await entryReport(id, change, base, head));

  const reported = new Set(changes.keys());
  const duplicates = await likelyDuplicates(head.check.catalogue, newOrChanged);
  const baseErrors = new Set(allProblems(base).filter((p) => p.severity === 'error').map(problemKey));
  const errorsAlreadyOnBase = allProblems(head).filter((p) => p.severity === 'error' && baseErrors.has(problemKey(p))).length;

  return withVerdict({
    schema: REPORT_SCHEMA_ID,
    base: { ref: options.baseLabel ?? options.base, commit: start },
    head: { ref: options.headLabel ?? options.head, commit: headCommit },
    ...(options.pullRequest !== undefined ? { pullRequest: { number: options.pullRequest } } : {}),
    today,
    minimumLevel: head.check.minimumLevel,
    entries,
    otherProblems: countedList(newItems(problemsOutside(head, reported), problemsOutside(base, reported))),
    errorsAlreadyOnBase,
    ...(duplicates.length ? { duplicates } : {}),
  });
}
