/**
 * The contract every GDS standards rule follows. One rule per file in src/standards/rules/<id>.ts,
 * exporting a `GdsRule` as default. The same object feeds the linter (visitors), the rule's page on
 * the site (quote, source, examples, fix) and the reference URL in every finding, so they cannot drift.
 */
import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';

export const LEVELS = ['baseline', 'silver', 'gold'] as const;
/** baseline ⊂ silver ⊂ gold. */
export type Level = (typeof LEVELS)[number];

export type RuleSeverity = 'error' | 'warn';

/** The Technology Code of Practice points a rule can serve (https://www.gov.uk/guidance/the-technology-code-of-practice). */
export const TCOP_POINTS = {
  1: 'Define user needs',
  2: 'Make things accessible and inclusive',
  3: 'Be open and use open source',
  4: 'Make use of open standards',
  5: 'Use cloud first',
  6: 'Make things secure',
  7: 'Make privacy integral',
  8: 'Share, reuse and collaborate',
  9: 'Integrate and adapt technology',
  10: 'Make better use of data',
  11: 'Define your purchasing strategy',
  12: 'Make your technology sustainable',
  13: 'Meet the Service Standard',
} as const;
export type TcopPoint = keyof typeof TCOP_POINTS;

export interface RuleStandard {
  /** One sentence of the standard, quoted exactly (Crown copyright, OGL v3.0). */
  quote: string;
  /** Title of the guidance page it comes from, e.g. "API technical and data standards (2024)". */
  source: string;
  /** The gov.uk (or ncsc.gov.uk) URL of that page. */
  url: string;
}

export type ExampleVersion = '2.0' | '3.0' | '3.1';

/**
 * A failing and a passing example, each a YAML mapping placed into the rule tests' baseline document
 * (test/standards/fixtures/baseline-<version>.yaml) at the JSON pointer `at`: its keys replace the
 * keys of the node there (which is created when missing). The registry test lints both: the failing
 * one must give a finding of the rule, the passing one none.
 */
export interface RuleExamples {
  /** Where the fragments go, such as `/paths/~1vehicles/get` (`` for the document's top level). */
  at: string;
  /** The baseline the fragments go into: OpenAPI 3.1 unless the rule needs another version (for each example, when they differ). */
  version?: ExampleVersion | { fail: ExampleVersion; pass: ExampleVersion };
  /** A small YAML fragment that breaks the rule. */
  fail: string;
  /** The same fragment, fixed. */
  pass: string;
}

/**
 * How a Redocly built-in runs: a severity, or a severity with the built-in's own options, e.g.
 * `{ severity: 'warn', splitIntoWords: true }` for `no-http-verbs-in-paths`.
 */
export type BuiltInSetting = RuleSeverity | ({ severity: RuleSeverity } & Record<string, unknown>);

export interface GdsRule {
  /** Public id, `gds-…`, equal to the file name. */
  id: `gds-${string}`;
  /** Short title for lists, e.g. "Serve the API over HTTPS only". */
  title: string;
  /** Severity of its findings (a rule may still report single findings at a lower severity). */
  severity: RuleSeverity;
  /** The level at which the rule starts to count; see src/standards/levels.ts. */
  level: Level;
  standard: RuleStandard;
  /** Technology Code of Practice point it serves. */
  tcop: TcopPoint;
  /** What the rule checks, mechanically, in one or two sentences. */
  checks: string;
  /** Why it matters to consumers, in one or two sentences. */
  why: string;
  /** How to fix a finding. */
  fix: string;
  examples: RuleExamples;
  /** Swagger 2.0: `true` when `oas2` visitors assess it; otherwise why it cannot apply. */
  swagger2: true | string;
  /** Visitors for OpenAPI 3.0, 3.1 and 3.2. */
  oas3?: Oas3Rule;
  /** Visitors for Swagger 2.0 (required when `swagger2` is true, unless `builtIn` covers 2.0). */
  oas2?: Oas2Rule;
  /**
   * Redocly built-in rules whose findings are reported under this rule's id, with the severity to
   * run them at (e.g. `{ struct: 'error' }`) or the severity and options
   * (`{ 'no-http-verbs-in-paths': { severity: 'warn', splitIntoWords: true } }`). Built-ins run for
   * every version they support.
   */
  builtIn?: Record<string, BuiltInSetting>;
  /**
   * `true` for rules about the API's own endpoints: findings of its `builtIn` rules inside callbacks
   * and webhooks (requests the API sends to its clients) are dropped, since Redocly's built-ins do
   * not tell those apart. The rule's own visitors use rule-support/callbacks.ts for the same test.
   */
  builtInSkipsCallbacks?: true;
}

/** The URL of a rule's page on the site; findings carry it as their reference. */
export function ruleReference(id: string): string {
  return `/standards/rules/${id}/`;
}
