/**
 * Exemptions with accountability. Any node of an OpenAPI document (or of a file it references) may
 * carry `x-gds-ignore`: a map from GDS rule id to the reason the rule does not fit there, e.g.
 *
 *   x-gds-ignore:
 *     gds-paths-kebab-case: Paths mirror FHIR resource names, which are PascalCase.
 *
 * A finding is exempt when the node at its pointer, or any ancestor of it in the same file, carries
 * its rule id; the nearest such node gives the reason. Exempt findings stay in the results, marked
 * `exempt: { reason, pointer }`, and do not count for level or score.
 *
 * A malformed `x-gds-ignore` (not a map, an unknown rule id, a reason that is missing or shorter than
 * 10 characters) is itself a finding of the engine rule `gds-exemption-valid` (see engine-rules.ts)
 * and exempts nothing. `gds-exemption-valid` findings cannot be exempted.
 */
import type { ParsedYaml } from '../yaml/parse.ts';
import { pathToPointer, pointerToRawPath } from '../yaml/parse.ts';
import { EXEMPTION_VALID } from './engine-rules.ts';
import { describePointer, namedGroup, type Exemption, type Finding } from './finding.ts';
import { ruleReference } from './rule.ts';

export type { Exemption };

export const EXEMPTION_KEY = 'x-gds-ignore';
export const MIN_REASON_LENGTH = 10;

export interface ExemptionSource {
  /** The file as findings name it. */
  file: string;
  data: unknown;
  parsed?: ParsedYaml;
}

export interface ExemptionIndex {
  /** The exemption that covers a finding, if any. */
  lookup(file: string, pointer: string, rule: string): Exemption | undefined;
  /** Number of valid exemption entries. */
  readonly size: number;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Finds every `x-gds-ignore` in the given documents, validating each entry. */
export function collectExemptions(sources: readonly ExemptionSource[], knownRuleIds: ReadonlySet<string>): { index: ExemptionIndex; findings: Finding[] } {
  // file → pointer of the carrying node → rule id → reason
  const byFile = new Map<string, Map<string, Map<string, string>>>();
  const findings: Finding[] = [];
  let size = 0;

  for (const source of sources) {
    const report = (path: (string | number)[], message: string, key = false): void => {
      const pointer = pathToPointer(path);
      const pos = source.parsed?.locatePointer(pointer, { key }) ?? { line: 1, column: 1 };
      findings.push({
        file: source.file,
        pointer,
        line: pos.line,
        column: pos.column,
        rule: EXEMPTION_VALID,
        severity: 'warn',
        message,
        where: describePointer(pointer, source.data),
        group: namedGroup(EXEMPTION_VALID, `${source.file}#${pointer}`),
        url: ruleReference(EXEMPTION_VALID),
        source: 'engine',
      });
    };
    // Iterative walk; `seen` guards against shared (aliased) objects being walked twice.
    const seen = new Set<object>();
    const stack: { node: unknown; path: (string | number)[] }[] = [{ node: source.data, path: [] }];
    while (stack.length > 0) {
      const { node, path } = stack.pop()!;
      if (typeof node !== 'object' || node === null || seen.has(node)) continue;
      seen.add(node);
      if (Array.isArray(node)) {
        node.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
        continue;
      }
      for (const [key, value] of Object.entries(node)) {
        if (key !== EXEMPTION_KEY) {
          stack.push({ node: value, path: [...path, key] });
          continue;
        }
        const here = [...path, key];
        if (!isPlainObject(value)) {
          report(here, `\`${EXEMPTION_KEY}\` must be a map from rule id to reason, such as \`${EXEMPTION_KEY}: { gds-paths-kebab-case: "Paths mirror FHIR resource names." }\`.`);
          continue;
        }
        for (const [ruleId, reason] of Object.entries(value)) {
          if (ruleId === EXEMPTION_VALID) {
            report([...here, ruleId], `\`${EXEMPTION_VALID}\` cannot be exempted: fix the exemption instead.`, true);
          } else if (!knownRuleIds.has(ruleId)) {
            report([...here, ruleId], `\`${ruleId}\` in \`${EXEMPTION_KEY}\` is not a GDS rule id, so this exemption does nothing; use an id from the rules page.`, true);
          } else if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
            report(
              [...here, ruleId],
              `The exemption from \`${ruleId}\` needs a reason of at least ${MIN_REASON_LENGTH} characters saying why the rule does not fit here; it is not applied until it has one.`,
            );
          } else {
            let perFile = byFile.get(source.file);
            if (!perFile) byFile.set(source.file, (perFile = new Map()));
            const pointer = pathToPointer(path);
            let rules = perFile.get(pointer);
            if (!rules) perFile.set(pointer, (rules = new Map()));
            rules.set(ruleId, reason.trim());
            size += 1;
          }
        }
      }
    }
  }

  const index: ExemptionIndex = {
    size,
    lookup(file, pointer, rule) {
      if (rule === EXEMPTION_VALID) return undefined;
      const perFile = byFile.get(file);
      if (!perFile) return undefined;
      const path = pointerToRawPath(pointer);
      for (let n = path.length; n >= 0; n--) {
        const at = pathToPointer(path.slice(0, n));
        const reason = perFile.get(at)?.get(rule);
        if (reason !== undefined) return { reason, pointer: at };
      }
      return undefined;
    },
  };
  return { index, findings };
}

/**
 * Marks the findings an exemption covers (returns new objects; the others are returned as they are).
 * A finding that stands for several places (`covers`) is exempt only when every place is; exempt
 * places are taken out of it, and when its own place is exempt the next place takes its position.
 */
export function applyExemptions(findings: readonly Finding[], index: ExemptionIndex): Finding[] {
  if (index.size === 0) return [...findings];
  return findings.map((f) => {
    const exempt = index.lookup(f.file, f.pointer, f.rule);
    if (!f.covers?.length) return exempt ? { ...f, exempt } : f;
    const open = f.covers.filter((c) => !index.lookup(c.file, c.pointer, f.rule));
    if (!exempt) return open.length === f.covers.length ? f : { ...f, covers: open };
    const [next, ...rest] = open;
    if (!next) return { ...f, exempt };
    const { covers: _covers, ...single } = f;
    return { ...single, file: next.file, pointer: next.pointer, line: next.line, column: next.column, where: next.where, ...(rest.length ? { covers: rest } : {}) };
  });
}
