/**
 * Why a pull request fails the catalogue check, worked out from the report's facts alone (so the
 * posting workflow, which reads the facts from an untrusted artifact, works the verdict out again
 * with its own code). A pull request fails when:
 *
 * - it brings a new error: a schema or cross-check problem, an unreadable document, an expired
 *   waiver on an entry it changes, a file Git could not give safely;
 * - a new or changed API entry is below the catalogue's minimum level without a live waiver;
 * - one of an entry's documents drops to a lower level;
 * - an entry is removed (entries are retired, never deleted: their addresses stay);
 * - a live API has a breaking change while the entry is not `deprecated` (or retired) and the
 *   document is not a new version (versions.ts).
 */
// The policy module itself, not src/checks/index.ts: posting a report (--from) must not load the check path.
import { meetsLevel } from '../checks/policy.ts';
import type { EntryReport, Failure, PrReport } from './model.ts';

/** The check path's problems that the below-minimum failure already stands for. */
const CONFORMANCE_RULES = new Set(['entry/below-minimum-level', 'entry/waiver-expired']);

const ALLOWS_BREAKING = new Set(['deprecated', 'retired']);

function location(p: { file: string; line?: number | undefined; column?: number | undefined }): string {
  return p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
}

function entryFailures(e: EntryReport): Failure[] {
  const out: Failure[] = [];
  if (e.change === 'removed') {
    out.push({
      code: 'entry-removed',
      entry: e.id,
      message: `The entry \`${e.id}\` was removed. Entries are retired, never deleted, so that links to them and their history stay.`,
      hint: 'Restore the folder and set `status: retired` with `dates.retired` (and `successor` when another entry replaces it).',
    });
    return out;
  }
  for (const p of e.newProblems.items) {
    if (p.severity !== 'error' || CONFORMANCE_RULES.has(p.rule)) continue;
    out.push({ code: 'problem', entry: e.id, file: p.file, message: `\`${location(p)}\`: ${p.message}`, hint: p.hint ?? '' });
  }
  const c = e.conformance;
  if (c && c.held && !c.meetsMinimum && c.waiver.state !== 'live') {
    const waiver = c.waiver.state === 'expired' ? ` Its conformance waiver ended on ${c.waiver.until}.` : '';
    out.push({
      code: 'below-minimum',
      entry: e.id,
      message: `\`${e.id}\` reaches level ${e.level.after ?? 'none'}, below the catalogue's minimum level ${c.minimumLevel} for new and changed APIs.${waiver}`,
      hint: `Fix the errors in its documents (\`npm run validate -- catalogue/entries/${e.id}\` lists them), or add a public \`conformanceWaiver\` with a reason and an \`until\` date.`,
    });
  }
  for (const d of e.documents) {
    const { before, after } = d.level;
    if (before !== undefined && after !== undefined && before !== 'none' && !meetsLevel(after, before)) {
      out.push({
        code: 'level-drop',
        entry: e.id,
        file: d.file,
        message: `\`${d.file}\` drops from level ${before} to ${after}.`,
        hint: 'Fix the new findings listed for it, so that it keeps its level.',
      });
    }
  }
  const live = e.status.before === 'live';
  const allowed = e.status.after !== undefined && ALLOWS_BREAKING.has(e.status.after);
  if (live && !allowed) {
    for (const d of e.documents) {
      if (d.breaking === 0 || d.newVersion) continue;
      const what = d.change === 'removed' ? 'was removed, which breaks every client of it' : `has ${d.breaking} breaking change${d.breaking === 1 ? '' : 's'}`;
      out.push({
        code: 'breaking-change',
        entry: e.id,
        file: d.file,
        message: `\`${d.file}\` ${what}, but \`${e.id}\` is a live API.`,
        hint:
          d.change === 'removed'
            ? 'Keep the document while clients move off it (set `status: deprecated` with `dates.deprecated` to announce the end), or publish its successor as a new version with a higher major `info.version`.'
            : 'Publish the change as a new version (a higher major number in `info.version`, or a new versioned document beside this one), or set `status: deprecated` with `dates.deprecated` to announce the end of this API.',
      });
    }
  }
  return out;
}

/** Every reason the pull request fails, in report order (entries by id, then catalogue-wide). */
export function failuresOf(report: Omit<PrReport, 'failures'>): Failure[] {
  const out = report.entries.flatMap(entryFailures);
  for (const p of report.otherProblems.items) {
    if (p.severity !== 'error') continue;
    const entry = /^catalogue\/entries\/([^/]+)\//.exec(p.file)?.[1];
    out.push({ code: 'problem', ...(entry ? { entry } : {}), file: p.file, message: `\`${location(p)}\`: ${p.message}`, hint: p.hint ?? '' });
  }
  return out;
}

/** The report with its failures worked out again from its facts. */
export function withVerdict(report: Omit<PrReport, 'failures'> & { failures?: unknown }): PrReport {
  const { failures: _ignored, ...facts } = report;
  return { ...facts, failures: failuresOf(facts) };
}
