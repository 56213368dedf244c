import { describe, expect, it } from 'vitest';
import { achievedLevel, LEVELS_EXPLAINED, rulesByLevel, type AnyRule, type CountedFinding } from '../../src/standards/levels.ts';
import { computeScore, LEVEL_WEIGHTS, SCORE_EXPLAINED } from '../../src/standards/score.ts';
import type { Level } from '../../src/standards/rule.ts';

const levels: Record<string, Level> = { 'gds-b': 'baseline', 'gds-s': 'silver', 'gds-g': 'gold' };
const levelOf = (id: string): Level => levels[id] ?? 'baseline';
const f = (rule: string, severity: 'error' | 'warn', exempt = false): CountedFinding => ({ rule, severity, ...(exempt ? { exempt: { reason: 'a good reason', pointer: '' } } : {}) });

const rule = (id: string, level: Level, swagger2: true | string = true): AnyRule =>
  ({ id, level, swagger2, title: id, severity: 'error', checks: '', why: '', fix: '' }) as unknown as AnyRule;
const rules = [rule('gds-b', 'baseline'), rule('gds-s', 'silver'), rule('gds-g', 'gold', 'Swagger 2.0 has no such field')];

describe('achievedLevel', () => {
  it('is gold with no findings', () => expect(achievedLevel([], levelOf)).toBe('gold'));
  it('is none with any error, whatever the rule level', () => {
    expect(achievedLevel([f('gds-g', 'error')], levelOf)).toBe('none');
    expect(achievedLevel([f('gds-b', 'error')], levelOf)).toBe('none');
  });
  it('is baseline with a warning from a baseline or silver rule', () => {
    expect(achievedLevel([f('gds-b', 'warn')], levelOf)).toBe('baseline');
    expect(achievedLevel([f('gds-s', 'warn')], levelOf)).toBe('baseline');
  });
  it('is silver with only gold-rule warnings', () => expect(achievedLevel([f('gds-g', 'warn')], levelOf)).toBe('silver'));
  it('ignores exempt findings', () => {
    expect(achievedLevel([f('gds-b', 'error', true), f('gds-s', 'warn', true)], levelOf)).toBe('gold');
  });
  it('treats unknown rules as baseline rules', () => expect(achievedLevel([f('struct', 'warn')], levelOf)).toBe('baseline'));
});

describe('computeScore', () => {
  it('weights baseline 3, silver 2, gold 1', () => expect(LEVEL_WEIGHTS).toEqual({ baseline: 3, silver: 2, gold: 1 }));
  it('is 100 with no findings', () => expect(computeScore([], rules, '3.1')).toMatchObject({ score: 100, earned: 6, possible: 6, failed: [] }));
  it('counts a rule once however many findings it has', () => {
    const detail = computeScore([f('gds-s', 'warn'), f('gds-s', 'warn'), f('gds-s', 'error')], rules, '3.0');
    expect(detail).toMatchObject({ earned: 4, possible: 6, score: 67, failed: ['gds-s'] });
  });
  it('does not count exempt findings', () => expect(computeScore([f('gds-b', 'error', true)], rules, '3.0').score).toBe(100));
  it('leaves out rules that cannot apply to Swagger 2.0', () => {
    const detail = computeScore([f('gds-b', 'error')], rules, '2.0');
    expect(detail).toMatchObject({ earned: 2, possible: 5, score: 40, notApplicable: ['gds-g'] });
  });
  it('ignores findings from rules that did not run', () => expect(computeScore([f('struct', 'error')], rules, '3.0').score).toBe(100));
});

describe('explanations for the site', () => {
  it('explain every level and the score in words', () => {
    expect(LEVELS_EXPLAINED.levels.map((l) => l.level)).toEqual(['baseline', 'silver', 'gold']);
    for (const text of [LEVELS_EXPLAINED.summary, LEVELS_EXPLAINED.exemptions, SCORE_EXPLAINED.formula, SCORE_EXPLAINED.weights]) expect(text.length).toBeGreaterThan(40);
  });
  it('rulesByLevel groups every registered rule once', () => {
    const groups = rulesByLevel();
    const ids = [...groups.baseline, ...groups.silver, ...groups.gold].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('gds-https-only');
    for (const level of ['baseline', 'silver', 'gold'] as const) for (const r of groups[level]) expect(r.level).toBe(level);
  });
});
