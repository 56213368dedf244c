import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { CODEOWNERS_FILE, ownership, renderCodeowners } from '../../src/codeowners/codeowners.ts';

const run = promisify(execFile);
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/codeowners.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('CODEOWNERS', () => {
  it('the committed .github/CODEOWNERS is what `npm run codeowners` writes (run it when this fails)', () => {
    const { catalogue, problems } = loadCatalogue('catalogue');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(readFileSync(CODEOWNERS_FILE, 'utf8')).toBe(renderCodeowners(catalogue));
  });

  it("gives each entry to its organisation's team and everything else to the maintainers", () => {
    const { catalogue } = loadCatalogue('test/fixtures/catalogue-minimal');
    expect(ownership(catalogue)).toEqual([
      { pattern: '*', owners: ['@co-cddo/api-catalogue-maintainers'] },
      { pattern: '/catalogue/entries/old-vat-api/', owners: ['@hmrc/api-platform'] },
      { pattern: '/catalogue/entries/vat-api/', owners: ['@hmrc/api-platform'] },
      { pattern: '/catalogue/entries/vat-component/', owners: ['@hmrc/api-platform'] },
    ]);
  });

  it('--check fails on a stale file, and the command brings it up to date', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'codeowners-'));
    made.push(dir);
    cpSync('test/fixtures/catalogue-minimal', path.join(dir, 'catalogue'), { recursive: true });
    appendFileSync(path.join(dir, 'catalogue/config.yaml'), 'maintainers:\n  githubTeam: "@example/catalogue-leads"\n');
    const out = path.join(dir, 'CODEOWNERS');
    const args = ['--catalogue', path.join(dir, 'catalogue'), '--out', out];
    expect(await cli(...args, '--check')).toMatchObject({ code: 1, stderr: `${out} is missing: run \`npm run codeowners\` and commit the result.\n` });
    expect(await cli(...args)).toMatchObject({ code: 0, stdout: `Wrote ${out}: 3 entries, 1 organisation.\n` });
    expect(readFileSync(out, 'utf8')).toMatch(/\n\* +@example\/catalogue-leads\n/);
    expect(await cli(...args, '--check')).toMatchObject({ code: 0 });

    const org = path.join(dir, 'catalogue/organisations/hm-revenue-customs.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace(/githubTeam: .*/, 'githubTeam: "@hmrc/new-team"'));
    expect(await cli(...args, '--check')).toMatchObject({ code: 1, stderr: `${out} is out of date: run \`npm run codeowners\` and commit the result.\n` });
  });

  it('refuses to write from a catalogue with problems', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'codeowners-'));
    made.push(dir);
    cpSync('test/fixtures/catalogue-minimal', path.join(dir, 'catalogue'), { recursive: true });
    appendFileSync(path.join(dir, 'catalogue/config.yaml'), 'maintainers:\n  githubTeam: "not a team"\n');
    const result = await cli('--catalogue', path.join(dir, 'catalogue'), '--out', path.join(dir, 'CODEOWNERS'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^codeowners: the catalogue has 1 problem; fix it first:\n.*config\.yaml:\d+:15: maintainers\.githubTeam must look like "@org\/team"\n$/);
  });
});
