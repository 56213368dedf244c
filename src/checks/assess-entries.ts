/**
 * Assesses exactly the OpenAPI documents each entry names (its `specs`, in order) against the GDS
 * standards, and picks out the results that stop the build: a document that cannot be assessed, or
 * whose `$ref`s cannot be resolved inside its entry folder. Standards findings never stop it on
 * their own; the conformance policy (policy.ts) decides what level is enough.
 */
import path from 'node:path';
import { readGuarded } from '../files/guarded.ts';
import type { LoadedEntry } from '../catalogue/load.ts';
import type { Problem } from '../problems/problem.ts';
import { assessSpecs, type AssessOptions, type SpecAssessment } from '../standards/assess.ts';
import { notAssessable } from '../standards/not-assessable.ts';

/** Results standing in for documents the entry check already reported (missing, or outside the folder). */
const standIns = new WeakSet<SpecAssessment>();

/** Whether an assessment only stands in for a document that is missing or outside its folder (the entry's own problem says so). */
export const reportedByEntryCheck = (a: SpecAssessment): boolean => standIns.has(a);

/** The entry's folder name: its id when the entry is valid, and the key of every per-entry map here. */
export const entryKey = (loaded: LoadedEntry): string => path.basename(loaded.dir);

/** The document's path when the guarded reader reads it (inside the folder, no links, a regular file within its limit, UTF-8); the entry check reports why not. */
function readable(loaded: LoadedEntry, file: string): string | undefined {
  const abs = path.resolve(loaded.dir, file);
  if (!abs.startsWith(loaded.dir + path.sep)) return undefined;
  return readGuarded(abs, { root: loaded.dir, kind: 'openapi' }).ok ? abs : undefined;
}

/** GDS assessments by entry key, one per `specs` item in order. */
export async function assessEntries(entries: readonly LoadedEntry[], options: AssessOptions = {}): Promise<Map<string, SpecAssessment[]>> {
  const items = entries.flatMap((loaded) =>
    loaded.entry.specs.flatMap((spec, index) => {
      const file = readable(loaded, spec.file);
      return file ? [{ id: `${entryKey(loaded)}#${index}`, file, root: loaded.dir }] : [];
    }),
  );
  const results = await assessSpecs(items, options);
  const byEntry = new Map<string, SpecAssessment[]>();
  for (const loaded of entries) {
    byEntry.set(
      entryKey(loaded),
      loaded.entry.specs.map((spec, index) => {
        const result = results.get(`${entryKey(loaded)}#${index}`);
        if (result) return result;
        const stand = notAssessable(path.resolve(loaded.dir, spec.file), 'unreadable', 'the file is missing, outside the entry folder or refused', { hint: 'see the problem reported for `specs` in the entry' });
        standIns.add(stand);
        return stand;
      }),
    );
  }
  return byEntry;
}

/** Redocly rules whose findings mean a document's references could not be followed. */
const UNRESOLVED = new Set(['no-unresolved-refs']);
const REFS_RULE = 'gds-refs-local';

/** Problems that stop the build: a document that cannot be assessed, or a `$ref` that cannot be resolved inside the entry folder. */
export function blockingProblems(assessments: Iterable<SpecAssessment>): Problem[] {
  const problems: Problem[] = [];
  for (const a of assessments) {
    if (standIns.has(a)) continue;
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
