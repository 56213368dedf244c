/**
 * A diff as Markdown (pull-request comments, changelog pages) and as plain lines (terminals, logs).
 * Messages are safe in both: every name from a document is in a code span it cannot escape.
 */
import { CHANGE_GROUP_TITLES, CHANGE_GROUPS, CHANGE_KINDS, type ChangeGroup, type SpecChange } from './kinds.ts';
import { plural } from './words.ts';

export type DiffSummary = Record<ChangeGroup, number>;

export function summariseDiff(changes: readonly Pick<SpecChange, 'kind'>[]): DiffSummary {
  const summary: DiffSummary = { breaking: 0, deprecation: 0, addition: 0, other: 0 };
  for (const c of changes) summary[CHANGE_KINDS[c.kind].group] += 1;
  return summary;
}

/** `2 breaking changes, 1 deprecation, 3 additions` (or `no changes`). */
export function summaryWords(changes: readonly Pick<SpecChange, 'kind'>[]): string {
  const s = summariseDiff(changes);
  const parts = [
    s.breaking ? plural(s.breaking, 'breaking change') : '',
    s.deprecation ? plural(s.deprecation, 'deprecation') : '',
    s.addition ? plural(s.addition, 'addition') : '',
    s.other ? plural(s.other, 'other change') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no changes';
}

export interface MarkdownOptions {
  /** Level of the group headings (default 3: `###`). */
  headingLevel?: number;
}

/** One heading per group that has changes, breaking first, each change a bullet. */
export function renderDiffMarkdown(changes: readonly SpecChange[], options: MarkdownOptions = {}): string {
  if (changes.length === 0) return 'No changes to the API.\n';
  const hashes = '#'.repeat(Math.min(6, Math.max(1, options.headingLevel ?? 3)));
  const sections: string[] = [];
  for (const group of CHANGE_GROUPS) {
    const inGroup = changes.filter((c) => CHANGE_KINDS[c.kind].group === group);
    if (inGroup.length === 0) continue;
    sections.push(`${hashes} ${CHANGE_GROUP_TITLES[group]} (${inGroup.length})\n\n${inGroup.map((c) => `- ${c.message}`).join('\n')}\n`);
  }
  return sections.join('\n');
}

const LINE_LABELS: Record<ChangeGroup, string> = { breaking: 'breaking', deprecation: 'deprecated', addition: 'added', other: 'changed' };

/** One line per change, breaking first: `breaking: Removed the operation …`. */
export function renderDiffLines(changes: readonly SpecChange[]): string[] {
  return CHANGE_GROUPS.flatMap((group) => changes.filter((c) => CHANGE_KINDS[c.kind].group === group).map((c) => `${LINE_LABELS[group]}: ${c.message}`));
}
