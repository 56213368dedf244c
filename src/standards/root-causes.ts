/**
 * One finding per root cause, after the rules have run (engine.ts):
 *
 * - the same finding reported twice (same rule, place and message) is kept once;
 * - a `$ref` the engine refused to follow is reported by `gds-refs-local` only, not again as
 *   unresolved; each unresolvable target is one finding, covering every `$ref` to it;
 * - a path whose template is a framework's regular expression (`{id:[0-9a-f]+}`) is one finding of
 *   gds-valid-openapi (rules/gds-valid-openapi.ts); what Redocly's built-ins say about that path's
 *   parameters and spelling follows from it and is dropped;
 * - nothing under an `x-` extension is assessed: both specifications allow any value there
 *   (Redocly types a few of Redoc's, such as `x-code-samples`); `x-webhooks` (Redoc's webhooks)
 *   and the engine's own `x-gds-ignore` checks stay.
 */
import { pointerToPath } from '../yaml/parse.ts';
import { EXEMPTION_VALID, REFS_LOCAL } from './engine-rules.ts';
import { namedGroup, type Finding } from './finding.ts';
import { regexTemplates } from './rule-support/path-templates.ts';

/** Built-ins whose findings on a path follow from a regular-expression template in it. */
const FOLLOW_FROM_TEMPLATE: ReadonlySet<string> = new Set(['path-parameters-defined', 'paths-kebab-case', 'path-declaration-must-exist', 'no-identical-paths']);

const UNRESOLVED = 'no-unresolved-refs';

const refNode = (pointer: string): string => pointer.replace(/\/\$ref$/, '');

/** Whether a pointer goes through an `x-` extension other than `x-webhooks`. */
const underExtension = (pointer: string): boolean => pointerToPath(pointer).some((k) => k.startsWith('x-') && k !== 'x-webhooks');

/** Merges findings with the same group into the first of them, which covers the others. */
function mergeByGroup(findings: readonly Finding[], mergeable: (f: Finding) => boolean): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (!mergeable(f)) {
      out.push(f);
      continue;
    }
    const kept = first.get(f.group);
    if (!kept) {
      const copy = { ...f };
      first.set(f.group, copy);
      out.push(copy);
      continue;
    }
    kept.covers = [...(kept.covers ?? []), { file: f.file, pointer: f.pointer, line: f.line, column: f.column, where: f.where }, ...(f.covers ?? [])];
  }
  return out;
}

export function rootCauseFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const refused = new Set(findings.filter((f) => f.rule === REFS_LOCAL).map((f) => `${f.file}#${refNode(f.pointer)}`));
  const kept = findings.filter((f) => {
    const key = `${f.rule}\0${f.file}\0${f.pointer}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (f.rule !== EXEMPTION_VALID && underExtension(f.pointer)) return false;
    if (f.source === UNRESOLVED && refused.has(`${f.file}#${refNode(f.pointer)}`)) return false;
    if (FOLLOW_FROM_TEMPLATE.has(f.source)) {
      const [root, path] = pointerToPath(f.pointer);
      if (root === 'paths' && path !== undefined && regexTemplates(path).length > 0) return false;
    }
    return true;
  });
  // Each unresolvable target once: its message names the target.
  const regrouped = kept.map((f) => (f.source === UNRESOLVED || f.rule === REFS_LOCAL ? { ...f, group: namedGroup(f.rule, `ref:${f.message}`) } : f));
  return mergeByGroup(regrouped, (f) => f.source === UNRESOLVED || f.rule === REFS_LOCAL);
}
