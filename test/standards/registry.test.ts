/**
 * The rule registry (src/standards/rules/index.ts) against the rule files and the `GdsRule`
 * contract (src/standards/rule.ts): every file is registered under its own name, every rule carries
 * the metadata its page and findings need, can run, has its own test file that checks messages, and
 * its examples prove themselves: placed into the baseline document at their pointer, the failing
 * one gives a finding of the rule and the passing one none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGINE_RULES } from '../../src/standards/engine-rules.ts';
import { LEVELS, TCOP_POINTS, type GdsRule } from '../../src/standards/rule.ts';
import { RULES } from '../../src/standards/rules/index.ts';
import { parseYaml, pointerToPath } from '../../src/yaml/parse.ts';
import { parse, stringify } from 'yaml';
import { lintSource } from './fixtures/findings.ts';
import { baseline, type BaselineVersion } from './fixtures/mutate.ts';

const RULES_DIR = fileURLToPath(new URL('../../src/standards/rules/', import.meta.url));
const RULE_TESTS_DIR = fileURLToPath(new URL('./rules/', import.meta.url));

const ruleFiles = readdirSync(RULES_DIR).filter((name) => name !== 'index.ts').sort();

const nonEmpty = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** What is missing or wrong in one rule's metadata and wiring; empty when it keeps the contract. */
function contractProblems(rule: GdsRule): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  need(/^gds-[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id), 'id is gds- followed by kebab-case words');
  for (const field of ['title', 'checks', 'why', 'fix'] as const) need(nonEmpty(rule[field]), `${field} is a non-empty string`);
  need(rule.severity === 'error' || rule.severity === 'warn', 'severity is error or warn');
  need((LEVELS as readonly string[]).includes(rule.level), `level is one of ${LEVELS.join(', ')}`);
  need(Object.hasOwn(TCOP_POINTS, String(rule.tcop)) && Number.isInteger(rule.tcop), 'tcop is a Technology Code of Practice point from 1 to 13');
  need(nonEmpty(rule.standard?.quote), 'standard.quote is a non-empty string');
  need(nonEmpty(rule.standard?.source), 'standard.source is a non-empty string');
  need(isHttpsUrl(rule.standard?.url), 'standard.url is an https URL');
  for (const kind of ['fail', 'pass'] as const) {
    const example = rule.examples?.[kind];
    if (!nonEmpty(example)) {
      problems.push(`examples.${kind} is a non-empty string`);
      continue;
    }
    const parsed = parseYaml(example as string);
    need(parsed.errors.length === 0 && parsed.data !== null && typeof parsed.data === 'object', `examples.${kind} parses as a YAML mapping or sequence`);
  }
  need(rule.examples?.fail !== rule.examples?.pass, 'examples.fail and examples.pass differ');
  need(rule.swagger2 === true || nonEmpty(rule.swagger2), 'swagger2 is true or says why the rule cannot apply to Swagger 2.0');

  const builtIns = Object.keys(rule.builtIn ?? {}).length;
  for (const [builtIn, setting] of Object.entries(rule.builtIn ?? {})) {
    const severity: unknown = typeof setting === 'string' ? setting : setting?.severity;
    need(severity === 'error' || severity === 'warn', `builtIn ${builtIn} runs at error or warn (alone or as \`severity\` next to its options)`);
  }
  need(Boolean(rule.oas3 || rule.oas2) || builtIns > 0, 'has oas3 or oas2 visitors, or builtIn entries');
  if (rule.swagger2 === true) need(Boolean(rule.oas2) || builtIns > 0, 'swagger2 is true, so it has oas2 visitors or builtIn entries');
  const testFile = path.join(RULE_TESTS_DIR, `${rule.id}.test.ts`);
  need(existsSync(testFile), `has a test file test/standards/rules/${rule.id}.test.ts`);
  if (existsSync(testFile)) need(/\bmessages\(|\.message\b/.test(readFileSync(testFile, 'utf8')), 'its test file checks the wording of its messages');
  need(typeof rule.examples?.at === 'string' && (rule.examples.at === '' || rule.examples.at.startsWith('/')), 'examples.at is a JSON pointer into the baseline (`` for its top level)');
  return problems;
}

describe('rule registry', () => {
  it('registers every rule file under its own file name', async () => {
    const unregistered: string[] = [];
    const misnamed: string[] = [];
    for (const name of ruleFiles) {
      const module = name.endsWith('.ts') ? ((await import(pathToFileURL(path.join(RULES_DIR, name)).href)) as { default?: GdsRule }) : {};
      if (!module.default || !RULES.includes(module.default)) unregistered.push(name);
      else if (`${module.default.id}.ts` !== name) misnamed.push(`${name} has id ${module.default.id}`);
    }
    expect(unregistered, 'files in src/standards/rules/ whose default export is not in RULES').toEqual([]);
    expect(misnamed, 'rules whose id differs from their file name').toEqual([]);
    expect(RULES.length, 'RULES lists a rule that has no file of its own').toBe(ruleFiles.length);
  });

  it('has at least 35 rules', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(35);
  });

  it('gives every rule a different id, none taken by an engine check', () => {
    const ids = [...RULES, ...ENGINE_RULES].map((r) => r.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it('lets no two rules claim the same Redocly built-in', () => {
    const claims = RULES.flatMap((r) => Object.keys(r.builtIn ?? {}));
    expect(claims.filter((id, i) => claims.indexOf(id) !== i)).toEqual([]);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s keeps the GdsRule contract', (_id, rule) => {
    expect(contractProblems(rule)).toEqual([]);
  });
});

/** The baseline of `version` with the YAML mapping `fragment` placed at `at`: its keys replace those of the node there. */
function placed(version: BaselineVersion, at: string, fragment: string): string {
  const doc = parse(baseline(version)) as Record<string, unknown>;
  let node: Record<string, unknown> = doc;
  for (const key of pointerToPath(at)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  Object.assign(node, parse(fragment));
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}

const versionOf = (rule: GdsRule, kind: 'fail' | 'pass'): BaselineVersion => {
  const v = rule.examples.version;
  return v === undefined ? '3.1' : typeof v === 'string' ? v : v[kind];
};

describe('rule examples, placed into the baseline document', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s: the failing example gives its finding, the passing one none', async (_id, rule) => {
    const lint = (kind: 'fail' | 'pass') => lintSource(placed(versionOf(rule, kind), rule.examples.at, rule.examples[kind]), { only: [rule.id] });
    const fail = await lint('fail');
    expect(fail.map((f) => f.rule), 'the failing example').toContain(rule.id);
    expect((await lint('pass')).map((f) => `${f.pointer}: ${f.message}`), 'the passing example').toEqual([]);
  });
});
