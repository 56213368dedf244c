/**
 * Re-runs the measurement behind ../0002-spec-diff.md. The candidates are not dependencies of the
 * catalogue: install them in a scratch folder first, then run this from the repository with its
 * Node (the report goes to the terminal as the ADR's table):
 *
 *   mkdir /tmp/diff-eval && cd /tmp/diff-eval && npm init -y &&
 *     npm install --no-audit --no-fund @redocly/cli@2.77.0 openapi-diff@0.24.1 api-smart-diff@1.0.6
 *   cd <repo> && npm exec -- node docs/adr/0002-spec-diff/evaluate-candidates.mts /tmp/diff-eval
 *
 * A verdict per case document: D detected (a breaking case reported as breaking, a non-breaking
 * one reported without any breaking change), W wrong (the opposite), M missed (nothing reported),
 * E error (the tool failed). A renamed path parameter is correct when nothing breaking is reported.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { bundleSpec } from '../../../src/openapi/bundle.ts';
import { diffSpecFiles } from '../../../src/openapi/diff/index.ts';
import { CASES, FIXTURE_VERSIONS, casePair, toYaml } from '../../../test/openapi/diff/cases.ts';

const scratch = path.resolve(process.argv[2] ?? '/tmp/diff-eval');
const require = createRequire(path.join(scratch, 'package.json'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const openapiDiff: any = require('openapi-diff');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const { apiDiff }: any = require('api-smart-diff');
const redoclyCli = path.join(scratch, 'node_modules/@redocly/cli/bin/cli.js');

type Counts = { breaking: number; other: number } | { error: string };
type Doc = Record<string, any>;

function redocly(dir: string, ext: string): Counts {
  try {
    const out = execFileSync(process.execPath, [redoclyCli, 'diff', `${dir}/before.${ext}`, `${dir}/after.${ext}`, '--format', 'json', '--fail-on', 'none'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    });
    const changes: { impact: string }[] = JSON.parse(out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1)).changes ?? [];
    return { breaking: changes.filter((c) => c.impact === 'major').length, other: changes.filter((c) => c.impact !== 'major').length };
  } catch (e) {
    return { error: String((e as Error).message).split('\n')[0] ?? 'failed' };
  }
}

function withoutCycle(doc: Doc): Doc {
  const copy = structuredClone(doc);
  delete (copy['definitions'] ?? copy['components']['schemas'])['Permit']['properties']['replaces'];
  return copy;
}

async function atlassian(before: Doc, after: Doc, version: string): Promise<Counts> {
  const format = version === '2.0' ? 'swagger2' : 'openapi3';
  try {
    const r = await openapiDiff.diffSpecs({
      sourceSpec: { content: JSON.stringify(before), location: 'before.json', format },
      destinationSpec: { content: JSON.stringify(after), location: 'after.json', format },
    });
    return { breaking: r.breakingDifferences?.length ?? 0, other: (r.nonBreakingDifferences?.length ?? 0) + (r.unclassifiedDifferences?.length ?? 0) };
  } catch (e) {
    return { error: String((e as Error).message).split('\n')[0] ?? 'failed' };
  }
}

function smart(before: Doc, after: Doc): Counts {
  try {
    const diffs: { type: string }[] = apiDiff(before, after);
    return { breaking: diffs.filter((d) => d.type === 'breaking').length, other: diffs.filter((d) => d.type !== 'breaking').length };
  } catch (e) {
    return { error: String((e as Error).message).split('\n')[0] ?? 'failed' };
  }
}

function verdict(id: string, breaking: boolean, r: Counts): string {
  if ('error' in r) return 'E';
  if (id === 'path-parameter-renamed') return r.breaking ? 'W' : 'D';
  if (breaking) return r.breaking ? 'D' : r.other ? 'W' : 'M';
  return r.breaking ? 'W' : r.other ? 'D' : 'M';
}

const TOOLS = ['Redocly CLI diff', 'Redocly on our 2.0 conversion', 'openapi-diff', 'openapi-diff, recursion removed', 'api-smart-diff', 'ours'];
const totals = TOOLS.map(() => 0);
let documents = 0;
console.log(`| Case | Breaking | ${TOOLS.join(' | ')} |\n| --- | --- | ${TOOLS.map(() => '---').join(' | ')} |`);
for (const c of CASES) {
  const cells = TOOLS.map(() => [] as string[]);
  for (const version of FIXTURE_VERSIONS) {
    if (!(c.versions ?? FIXTURE_VERSIONS).includes(version)) {
      cells.forEach((cell) => cell.push('–'));
      continue;
    }
    documents += 1;
    const dir = path.join(scratch, 'cases', version, c.id);
    mkdirSync(dir, { recursive: true });
    const { before, after } = casePair(c, version);
    writeFileSync(path.join(dir, 'before.yaml'), toYaml(before));
    writeFileSync(path.join(dir, 'after.yaml'), toYaml(after));
    for (const side of ['before', 'after']) writeFileSync(path.join(dir, `${side}.converted.json`), JSON.stringify((await bundleSpec(`${side}.yaml`, dir)).document));
    const ours = await diffSpecFiles({ file: 'before.yaml', root: dir }, { file: 'after.yaml', root: dir });
    const results: Counts[] = [
      redocly(dir, 'yaml'),
      redocly(dir, 'converted.json'),
      await atlassian(before, after, version),
      await atlassian(withoutCycle(before), withoutCycle(after), version),
      smart(before, after),
      ours.ok ? { breaking: ours.changes.filter((x) => x.breaking).length, other: ours.changes.filter((x) => !x.breaking).length } : { error: 'load' },
    ];
    results.forEach((r, i) => {
      const v = verdict(c.id, c.breaking, r);
      cells[i]?.push(v);
      if (v === 'D') totals[i] = (totals[i] ?? 0) + 1;
    });
  }
  console.log(`| ${c.title} | ${c.breaking ? 'yes' : 'no'} | ${cells.map((cell) => cell.join(' ')).join(' | ')} |`);
}
console.log(`| **Detected, of ${documents} case documents** | | ${totals.map((t) => `**${t}**`).join(' | ')} |`);
