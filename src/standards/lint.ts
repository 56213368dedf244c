/**
 * Findings, and `lintSource`: lint one document given as text with the GDS ruleset (all rules, or
 * the `only` ones) and return its findings with the GDS rule id, a JSON pointer and line/column.
 * The rule tests use it; it runs the same engine as the catalogue build (engine.ts), in-process.
 */
import type { NormalizedProblem } from '@redocly/openapi-core';
import * as path from 'node:path';
import { UserInputError, type Problem, type Severity } from '../problems/problem.ts';
import type { ParsedYaml } from '../yaml/parse.ts';
import { parseYaml } from '../yaml/parse.ts';
import type { Exemption } from './exemptions.ts';
import { builtinMessage } from './builtin-messages.ts';
import { assessText } from './engine.ts';
import { gdsIdFor } from './ruleset.ts';

export interface Finding extends Problem {
  /** The GDS rule id, e.g. `gds-https-only`. */
  rule: string;
  /** JSON pointer without the leading `#`, e.g. `/servers/0/url`. */
  pointer: string;
  line: number;
  column: number;
  severity: Severity;
  /** The Redocly rule that raised it (`gds/https-only`, `struct` …, or `engine`), for debugging. */
  source: string;
  /** Present when an `x-gds-ignore` covers this finding: it then counts for neither level nor score. */
  exempt?: Exemption;
}

export interface LintSourceOptions {
  /** The file name to report (and resolve relative `$ref`s against). */
  file: string;
  /** Run only these GDS rule ids (tests use this); all rules by default. */
  only?: readonly string[];
}

/** Converts Redocly's problems into findings located in their own source file. */
export function toFindings(
  problems: readonly NormalizedProblem[],
  sources: Map<string, ParsedYaml>,
  fileName: (absolute: string) => string = (f) => f,
): Finding[] {
  return problems.map((p) => {
    const loc = p.location[0];
    const absoluteRef = loc?.source.absoluteRef ?? '';
    let parsed = sources.get(absoluteRef);
    if (!parsed && loc) {
      parsed = parseYaml(loc.source.body);
      sources.set(absoluteRef, parsed);
    }
    const pointer = (loc && typeof loc.pointer === 'string' ? loc.pointer : '#').replace(/^#/, '');
    const pos = parsed?.locatePointer(pointer, { key: loc?.reportOnKey === true }) ?? { line: 1, column: 1 };
    return {
      file: fileName(absoluteRef),
      pointer,
      line: pos.line,
      column: pos.column,
      rule: gdsIdFor(p.ruleId) ?? p.ruleId,
      severity: p.severity === 'error' ? 'error' : 'warn',
      message: p.ruleId.startsWith('gds/') ? p.message : builtinMessage(p.ruleId, p.message, { pointer, document: parsed?.data }),
      source: p.ruleId,
    };
  });
}

/**
 * Lints a document given as text. Findings come in the order the rules report them (not sorted).
 * Throws a UserInputError when the text cannot be assessed at all (invalid YAML, not OpenAPI …).
 */
export async function lintSource(source: string, options: LintSourceOptions): Promise<Finding[]> {
  const absolute = path.resolve(options.file);
  const result = await assessText(
    { file: absolute, root: path.dirname(absolute), text: source, onDisk: false, fileName: (f) => (f === absolute ? options.file : f) },
    options.only ? { only: options.only } : {},
  );
  if (!result.assessable) throw new UserInputError([result.problem]);
  return result.findings;
}
