/** Terminal lines for the check's verdicts, shared by the build, `npm run validate` and `npm run new-entry`. */
import { formatProblemLine, type Problem } from '../problems/problem.ts';
import { oneLine, PRINT_LIMITS } from '../problems/safe-text.ts';
import type { EntryVerdict } from './index.ts';
import { NO_DOCUMENT_RULE, NO_DOCUMENT_TEXT } from './policy.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the entry's documents reach and how the policy treats it, in words. */
export function conformanceText(v: EntryVerdict): string {
  if (v.level === undefined) return !v.loaded ? 'not loaded' : v.policy === 'no-api-document' ? NO_DOCUMENT_TEXT : 'no OpenAPI documents';
  const parts = [`level ${v.level}${v.score !== undefined ? `, score ${v.score}/100` : ''}`];
  if (v.meetsMinimum === false) {
    const waiver = v.waiver.state === 'live' ? `, waived until ${v.waiver.until}` : v.waiver.state === 'expired' ? `, waiver ended on ${v.waiver.until}` : '';
    const scope = v.policy === 'retired' ? ' (retired: not held to it)' : v.policy === 'unchanged' ? ' (unchanged: not held to it)' : '';
    parts.push(`below the minimum "${v.minimumLevel}"${waiver}${scope}`);
  }
  return parts.join('; ');
}

/** An entry's id as a verdict shows it: for a broken entry it is a folder name from the pull request. */
const shownId = (v: EntryVerdict): string => oneLine(v.id, PRINT_LIMITS.value);

/** `  <id>  passes|fails  level …; below the minimum …; 1 error, 2 warnings`. */
export function verdictLine(v: EntryVerdict, idWidth = shownId(v).length): string {
  const errors = v.problems.filter((p) => p.severity === 'error').length;
  const warnings = v.problems.length - errors;
  const counts = errors || warnings ? `; ${[errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')}` : '';
  return `  ${shownId(v).padEnd(idWidth)}  ${v.passes ? 'passes' : 'fails '}  ${conformanceText(v)}${counts}`;
}

/** A block: one verdict line per entry, then how many pass. */
export function verdictLines(verdicts: readonly EntryVerdict[], minimumLevel: string, today: string): string[] {
  const width = Math.max(0, ...verdicts.map((v) => shownId(v).length));
  const failing = verdicts.filter((v) => !v.passes).length;
  const passing = verdicts.length - failing;
  return [
    `Verdict on ${today} (the catalogue's minimum level is ${minimumLevel}):`,
    ...verdicts.map((v) => verdictLine(v, width)),
    `${verdicts.length} ${verdicts.length === 1 ? 'entry' : 'entries'} checked: ${passing} ${passing === 1 ? 'passes' : 'pass'}, ${failing} ${failing === 1 ? 'fails' : 'fail'}.`,
  ];
}

/** `warning: file:line:col: message (hint)` for each warning, except those the notice counts in one line. */
function warningLines(problems: readonly Problem[]): string[] {
  return problems.filter((p) => p.severity === 'warn' && p.rule !== NO_DOCUMENT_RULE).map((p) => `warning: ${formatProblemLine(p)}`);
}

/** What a passing build says about conformance: entries kept below the minimum by a waiver, and every warning. */
export function buildNoticeLines(verdicts: readonly EntryVerdict[]): string[] {
  const waived = verdicts.filter((v) => v.meetsMinimum === false && v.waiver.state === 'live');
  const minimum = verdicts[0]?.minimumLevel;
  const undocumented = verdicts.filter((v) => v.problems.some((p) => p.rule === NO_DOCUMENT_RULE)).length;
  return [
    ...(undocumented ? [`conformance: ${undocumented} ${undocumented === 1 ? 'API has' : 'APIs have'} ${NO_DOCUMENT_TEXT} (\`npm run validate -- <entry>\` names each)`] : []),
    ...(waived.length ? [`conformance: ${waived.length} ${waived.length === 1 ? 'entry is' : 'entries are'} below the minimum level "${minimum}" under a waiver: ${waived.map((v) => `${v.id} (until ${v.waiver.state === 'live' ? v.waiver.until : ''})`).join(', ')}`] : []),
    ...warningLines(verdicts.flatMap((v) => v.problems)),
  ];
}
