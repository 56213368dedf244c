/**
 * How createGdsConfig runs the Redocly built-ins a GDS rule lists: by severity alone, or with the
 * built-in's own options next to the severity.
 */
import { lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import type { BuiltInSetting, GdsRule } from '../../src/standards/rule.ts';
import { timedConfig } from '../../scripts/bench/profile.ts';
import { createGdsConfig, gdsIdFor } from '../../src/standards/ruleset.ts';

/** A rule that only runs `no-http-verbs-in-paths` with the given setting. */
function verbsRule(setting: BuiltInSetting): GdsRule {
  return {
    id: 'gds-test-verbs',
    title: 'Test rule',
    severity: 'warn',
    level: 'silver',
    standard: { quote: 'Quote.', source: 'Source', url: 'https://www.gov.uk/' },
    tcop: 9,
    checks: 'Checks.',
    why: 'Why.',
    fix: 'Fix.',
    examples: { at: '', fail: 'a: 1\n', pass: 'a: 2\n' },
    swagger2: true,
    builtIn: { 'no-http-verbs-in-paths': setting },
  };
}

// `/targets` contains "get" as letters but not as a word; `/getVehicles` has it as a word.
const DOCUMENT = `openapi: 3.0.3
info: { title: Paths, version: 1.0.0 }
paths:
  /targets:
    get:
      responses: { '200': { description: OK } }
  /getVehicles:
    get:
      responses: { '200': { description: OK } }
`;

async function problems(setting: BuiltInSetting, times?: Map<string, number>): Promise<[string, string, string][]> {
  const rule = verbsRule(setting);
  const config = times ? await timedConfig([rule], false, times) : await createGdsConfig([rule]);
  const found = await lintFromString({ source: DOCUMENT, absoluteRef: '/virtual/openapi.yaml', config });
  return found.map((p) => [gdsIdFor(p.ruleId, [rule]) ?? p.ruleId, p.severity, String(p.location[0]?.pointer)]);
}

describe('createGdsConfig built-ins', () => {
  it('runs a built-in at the severity given as a string', async () => {
    expect(await problems('error')).toEqual([
      ['gds-test-verbs', 'error', '#/paths/~1targets'],
      ['gds-test-verbs', 'error', '#/paths/~1getVehicles'],
    ]);
  });

  it('passes options given next to the severity to the built-in', async () => {
    expect(await problems({ severity: 'warn', splitIntoWords: true })).toEqual([['gds-test-verbs', 'warn', '#/paths/~1getVehicles']]);
    expect(await problems({ severity: 'warn', excludedPaths: ['/targets', '/getVehicles'] })).toEqual([]);
  });

  it('keeps the options when the benchmark times the rules', async () => {
    const times = new Map<string, number>();
    expect(await problems({ severity: 'warn', splitIntoWords: true }, times)).toEqual([['gds-test-verbs', 'warn', '#/paths/~1getVehicles']]);
    expect([...times.keys()]).toContain('gds-test-verbs [no-http-verbs-in-paths]');
  });
});
