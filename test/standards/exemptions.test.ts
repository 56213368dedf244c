import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/standards/engine.ts';

const only = ['gds-https-only', 'gds-exemption-valid', 'gds-refs-local'];
const doc = (serverExtra: string, rootExtra = '') => `openapi: 3.0.3
info: { title: Example, version: 1.0.0 }
${rootExtra}servers:
  - url: http://api.example.service.gov.uk/v1
${serverExtra}paths: {}
`;
const assess = (text: string) => assessText({ file: '/virtual/entry/openapi.yaml', root: '/virtual/entry', text, onDisk: false }, { only });

describe('x-gds-ignore', () => {
  it('exempts a finding on the node itself and keeps it, marked, out of level and score', async () => {
    const r = await assess(doc('    x-gds-ignore:\n      gds-https-only: The internal mirror is reached over a private network only.\n'));
    if (!r.assessable) throw new Error(r.reason);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'gds-https-only', exempt: { reason: 'The internal mirror is reached over a private network only.', pointer: '/servers/0' } });
    expect(r.counts).toEqual({ error: 0, warn: 0, exempt: 1, findings: 0 });
    expect(r.level).toBe('gold');
    expect(r.score).toBe(100);
  });

  it('exempts from an ancestor (the document root)', async () => {
    const r = await assess(doc('', 'x-gds-ignore:\n  gds-https-only: "Served only inside the PSN; TLS ends at the gateway."\n'));
    if (!r.assessable) throw new Error(r.reason);
    expect(r.findings[0]?.exempt?.pointer).toBe('');
  });

  it('does not exempt other rules', async () => {
    const r = await assess(doc('    x-gds-ignore:\n      gds-paths-kebab-case: Paths mirror FHIR resource names, which are PascalCase.\n'));
    if (!r.assessable) throw new Error(r.reason);
    expect(r.findings.find((f) => f.rule === 'gds-https-only')?.exempt).toBeUndefined();
    expect(r.level).toBe('none');
  });

  it('reports a reason that is too short, and does not apply it', async () => {
    const r = await assess(doc('    x-gds-ignore:\n      gds-https-only: legacy\n'));
    if (!r.assessable) throw new Error(r.reason);
    const bad = r.findings.find((f) => f.rule === 'gds-exemption-valid');
    expect(bad).toMatchObject({ severity: 'warn', pointer: '/servers/0/x-gds-ignore/gds-https-only', line: 6 });
    expect(r.findings.find((f) => f.rule === 'gds-https-only')?.exempt).toBeUndefined();
  });

  it('reports an unknown rule id and a value that is not a map', async () => {
    const unknown = await assess(doc('    x-gds-ignore:\n      gds-no-such-rule: A reason that is long enough to count.\n'));
    const list = await assess(doc('    x-gds-ignore: [gds-https-only]\n'));
    if (!unknown.assessable || !list.assessable) throw new Error('not assessable');
    expect(unknown.findings.find((f) => f.rule === 'gds-exemption-valid')?.message).toMatch(/not a GDS rule id/);
    expect(list.findings.find((f) => f.rule === 'gds-exemption-valid')?.pointer).toBe('/servers/0/x-gds-ignore');
  });

  it('cannot exempt the exemption check itself', async () => {
    const r = await assess(doc('    x-gds-ignore:\n      gds-exemption-valid: Trying to silence the exemption check.\n      gds-https-only: short\n'));
    if (!r.assessable) throw new Error(r.reason);
    expect(r.findings.filter((f) => f.rule === 'gds-exemption-valid' && !f.exempt)).toHaveLength(2);
  });
});

describe('Swagger 2.0 and rules that cannot apply to it', () => {
  it('drops their findings and leaves them out of the score', async () => {
    const { RULES } = await import('../../src/standards/rules/index.ts');
    const https = RULES.find((r) => r.id === 'gds-https-only')!;
    const notFor2 = { ...https, swagger2: 'Pretend this rule cannot read Swagger 2.0.' as const };
    const text = "swagger: '2.0'\ninfo: { title: T, version: 1.0.0 }\nhost: api.example.service.gov.uk\nschemes: [http]\npaths: {}\n";
    const input = { file: '/virtual/s.yaml', root: '/virtual', text, onDisk: false };
    const applies = await assessText(input, { rules: [https], only: ['gds-https-only'] });
    const doesNot = await assessText(input, { rules: [notFor2], only: ['gds-https-only'] });
    if (!applies.assessable || !doesNot.assessable) throw new Error('not assessable');
    expect(applies.findings.map((f) => f.rule)).toEqual(['gds-https-only']);
    expect(doesNot.findings).toEqual([]);
    expect(doesNot.scoreDetail).toMatchObject({ possible: 0, notApplicable: ['gds-https-only'], score: 100 });
  });

  it('takes exempt places out of a finding that covers several, and exempts it only when all are', async () => {
    const { lintSource } = await import('./fixtures/findings.ts');
    const { baseline, withDefect } = await import('./fixtures/mutate.ts');
    const open = withDefect(baseline('3.1'), (d) => {
      delete d.security;
      delete d.paths['/vehicles'].post.security;
      d.paths['/vehicles'].get['x-gds-ignore'] = { 'gds-security-defined': 'Open data: anyone may list vehicles without signing in.' };
    });
    const [finding] = (await lintSource(open, { only: ['gds-security-defined'] })).filter((f) => !f.exempt);
    expect(finding?.where).toBe('POST /vehicles');
    expect(finding?.covers?.map((c) => c.where)).toEqual(['GET /vehicles/{registrationNumber}']);
  });
});
