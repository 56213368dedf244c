/**
 * Lints one OpenAPI document with the GDS ruleset and returns findings as `Problem`s that carry the
 * GDS rule id, a JSON pointer and line/column. (Minimal first version: the engine work in
 * src/standards/ extends it with safety limits, exemptions, levels, score, caching and workers.)
 */
import { lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import type { Problem, Severity } from '../problems/problem.ts';
import { parseYaml } from '../yaml/parse.ts';
import type { GdsRule } from './rule.ts';
import { RULES } from './rules/index.ts';
import { createGdsConfig, gdsIdFor } from './ruleset.ts';

export interface Finding extends Problem {
  /** The GDS rule id, e.g. `gds-https-only`. */
  rule: string;
  /** JSON pointer without the leading `#`, e.g. `/servers/0/url`. */
  pointer: string;
  line: number;
  column: number;
  severity: Severity;
  /** The Redocly rule that raised it (`gds/https-only`, `struct` …), for debugging. */
  source: string;
}

export interface LintSourceOptions {
  /** The file name to report (and resolve relative `$ref`s against). */
  file: string;
  /** Run only these GDS rule ids (tests use this); all rules by default. */
  only?: readonly string[];
}

function selectRules(only?: readonly string[]): readonly GdsRule[] {
  if (!only) return RULES;
  const unknown = only.filter((id) => !RULES.some((r) => r.id === id));
  if (unknown.length) throw new Error(`Unknown GDS rule id(s): ${unknown.join(', ')}`);
  return RULES.filter((r) => only.includes(r.id));
}

/** Converts Redocly's problems into findings located in their own source file. */
export function toFindings(problems: readonly NormalizedProblem[], sources: Map<string, ReturnType<typeof parseYaml>>): Finding[] {
  return problems.map((p) => {
    const loc = p.location[0];
    const absoluteRef = loc?.source.absoluteRef ?? '';
    let parsed = sources.get(absoluteRef);
    if (!parsed && loc) {
      parsed = parseYaml(loc.source.body);
      sources.set(absoluteRef, parsed);
    }
    const pointer = (loc && 'pointer' in loc && typeof loc.pointer === 'string' ? loc.pointer : '#').replace(/^#/, '');
    const pos = parsed?.locatePointer(pointer) ?? { line: 1, column: 1 };
    return {
      file: absoluteRef,
      pointer,
      line: pos.line,
      column: pos.column,
      rule: gdsIdFor(p.ruleId) ?? p.ruleId,
      severity: p.severity,
      message: p.message,
      source: p.ruleId,
    };
  });
}

/** Lints a document given as text. */
export async function lintSource(source: string, options: LintSourceOptions): Promise<Finding[]> {
  const config = await createGdsConfig(selectRules(options.only));
  const problems = await lintFromString({ source, absoluteRef: options.file, config });
  return toFindings(problems, new Map([[options.file, parseYaml(source)]]));
}
