import { describe, expect, it } from 'vitest';
import { failuresOf } from '../../src/pr-report/policy.ts';
import { isNewVersion, majorVersion } from '../../src/pr-report/versions.ts';
import { breakingChange, doc, entry, report } from './sample.ts';

const codes = (r: ReturnType<typeof report>) => r.failures.map((f) => `${f.code} ${f.entry ?? ''}`.trim());

describe('the verdict', () => {
  it('passes a change with nothing to fix', () => {
    expect(report([entry('a-api')]).failures).toEqual([]);
  });

  it('fails a breaking change to a live API, unless deprecated, retired or a new version', () => {
    const breaking = doc('a-api', { changes: { total: 1, items: [breakingChange] }, breaking: 1 });
    expect(codes(report([entry('a-api', { documents: [breaking] })]))).toEqual(['breaking-change a-api']);
    expect(codes(report([entry('a-api', { documents: [breaking], status: { before: 'live', after: 'deprecated' } })]))).toEqual([]);
    expect(codes(report([entry('a-api', { documents: [breaking], status: { before: 'live', after: 'retired' } })]))).toEqual([]);
    expect(codes(report([entry('a-api', { documents: [{ ...breaking, newVersion: true }] })]))).toEqual([]);
    expect(codes(report([entry('a-api', { documents: [breaking], status: { before: 'beta', after: 'beta' } })]))).toEqual([]);
  });

  it('fails a removed document of a live API unless a new version replaces it', () => {
    const removed = doc('a-api', { change: 'removed', breaking: 1, level: { before: 'baseline' } });
    const r = report([entry('a-api', { documents: [removed] })]);
    expect(r.failures.map((f) => f.message)).toEqual(['`catalogue/entries/a-api/openapi.yaml` was removed, which breaks every client of it, but `a-api` is a live API.']);
    expect(codes(report([entry('a-api', { documents: [{ ...removed, newVersion: true }] })]))).toEqual([]);
  });

  it('fails a level drop, and a held entry below the minimum without a live waiver', () => {
    const dropped = doc('a-api', { level: { before: 'silver', after: 'baseline' } });
    expect(codes(report([entry('a-api', { documents: [dropped] })]))).toEqual(['level-drop a-api']);
    const below = { minimumLevel: 'baseline', meetsMinimum: false, held: true } as const;
    expect(codes(report([entry('b-api', { conformance: { ...below, waiver: { state: 'none' } } })]))).toEqual(['below-minimum b-api']);
    expect(codes(report([entry('b-api', { conformance: { ...below, waiver: { state: 'live', until: '2027-01-01' } } })]))).toEqual([]);
    expect(codes(report([entry('b-api', { conformance: { ...below, held: false, waiver: { state: 'none' } } })]))).toEqual([]);
    expect(report([entry('b-api', { conformance: { ...below, waiver: { state: 'expired', until: '2026-01-31' } } })]).failures[0]?.message).toMatch(/Its conformance waiver ended on 2026-01-31\.$/);
  });

  it('fails a removed entry and new errors, but not new warnings or the check path’s own conformance problems', () => {
    const problems = {
      total: 3,
      items: [
        { file: 'catalogue/entries/c-api/entry.yaml', line: 3, column: 7, rule: 'entry/schema', severity: 'error' as const, message: 'status is required' },
        { file: 'catalogue/entries/c-api/entry.yaml', rule: 'entry/below-minimum-level', severity: 'error' as const, message: 'below' },
        { file: 'catalogue/entries/c-api/entry.yaml', rule: 'entry/review-due', severity: 'warn' as const, message: 'due' },
      ],
    };
    const r = report([entry('c-api', { newProblems: problems }), entry('d-api', { change: 'removed' })], {
      otherProblems: { total: 1, items: [{ file: 'catalogue/entries/e-api/entry.yaml', rule: 'entry/unknown-id', severity: 'error', message: 'related "d-api" is not an entry' }] },
    });
    expect(r.failures.map((f) => [f.code, f.entry, f.message])).toEqual([
      ['problem', 'c-api', '`catalogue/entries/c-api/entry.yaml:3:7`: status is required'],
      ['entry-removed', 'd-api', 'The entry `d-api` was removed. Entries are retired, never deleted, so that links to them and their history stay.'],
      ['problem', 'e-api', '`catalogue/entries/e-api/entry.yaml`: related "d-api" is not an entry'],
    ]);
  });

  it('is worked out from the facts, whatever failures a report carries', () => {
    const r = report([entry('d-api', { change: 'removed' })]);
    expect(failuresOf({ ...r, failures: [] } as never)).toEqual(r.failures);
  });
});

describe('new versions', () => {
  it.each([
    ['1.4.2', '2.0.0', true],
    ['v1', 'v2', true],
    ['1.0.0', '1.9.0', false],
    ['2.0.0', '1.0.0', false],
    ['2024-06-20', '2024-09-01', true],
    ['2024-06-20', '2024-06-20', false],
    ['latest', 'latest-2', false],
    [undefined, '2.0.0', false],
  ])('%s → %s: %s', (before, after, expected) => {
    expect(isNewVersion(before, after)).toBe(expected);
  });
  it('reads the major number after a prefix', () => {
    expect(majorVersion('v3.1')).toBe(3);
    expect(majorVersion('API-2')).toBe(2);
    expect(majorVersion('beta')).toBeUndefined();
  });
});
