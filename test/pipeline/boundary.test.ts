/**
 * Real builds and `validate` runs watched by strace: whatever a pull request contains, no file
 * outside the repository is opened (the hostile catalogue's links point at a folder outside it, at
 * /etc/passwd and /dev/zero, and at a named pipe), the build connects to nothing beyond loopback,
 * and the previous dist/ survives every failure, a failing rename included. The build of the
 * hostile catalogue stops at the check path; the whole-build cases use the minimal catalogue.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostileCatalogue, type HostileCatalogue } from '../checks/hostile-catalogue.ts';
import { opensOf, outsideConnections, requireStrace, traced, unexpectedOpens } from './strace.ts';

const repo = process.cwd();
// Inside the repository (where a pull request's catalogue is), so that "outside the repository" means something.
mkdirSync(path.join(repo, '.cache'), { recursive: true });
const work = mkdtempSync(path.join(repo, '.cache', 'boundary-'));
// Outside the repository: what the hostile links point at.
const outsideDir = mkdtempSync(path.join(tmpdir(), 'boundary-outside-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(outsideDir, { recursive: true, force: true });
});

let hostile: HostileCatalogue;
beforeAll(() => {
  requireStrace();
  if (outsideDir.startsWith(`${repo}/`)) throw new Error(`the temporary folder ${outsideDir} is inside the repository; set TMPDIR elsewhere`);
  hostile = writeHostileCatalogue(path.join(work, 'hostile'), path.join(outsideDir, 'outside'));
});

/** An output folder holding a previous, good site. */
function previousSite(name: string): string {
  const out = path.join(work, name);
  mkdirSync(path.join(out, 'entries'), { recursive: true });
  writeFileSync(path.join(out, 'index.html'), 'previous good site');
  writeFileSync(path.join(out, 'entries', 'index.html'), 'previous entries');
  return out;
}

const expectPreviousSite = (out: string): void => {
  expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous good site');
  expect(readFileSync(path.join(out, 'entries', 'index.html'), 'utf8')).toBe('previous entries');
  expect(readdirSync(path.dirname(out)).filter((n) => n.startsWith(`.${path.basename(out)}.`))).toEqual([]);
};

const node = (script: string, args: string[], env: NodeJS.ProcessEnv = {}) => traced(process.execPath, [script, ...args], { env: { ...process.env, ...env } });

describe('the watch itself', () => {
  it('sees a file opened outside the repository and a connection beyond loopback', () => {
    const r = node('-e', [`require('fs').readFileSync('/etc/hostname'); require('net').connect(9, '192.0.2.1').on('error', () => {}); setTimeout(() => {}, 200);`]);
    expect(unexpectedOpens(r.opened, repo)).toContain('/etc/hostname');
    expect(outsideConnections(r.connections).map((c) => `${c.family} ${c.address}`)).toEqual(['AF_INET 192.0.2.1']);
  });
});

describe('the build and validate on a hostile catalogue', () => {
  it('build: fails with one line per problem, opens nothing outside the repository, and keeps the previous site', () => {
    const out = previousSite('dist-hostile');
    const r = node('scripts/build.ts', ['--catalogue', hostile.catalogue, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/The catalogue has \d+ problems; nothing was built\./);
    expect(r.stderr).toContain(`entries/link-passwd/entry.yaml: is a symbolic link to "/etc/passwd": `);
    expect(r.stderr).toContain('entries/swagger-consumes/openapi.yaml:18:17: `consumes` must be a list of media types');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toContain('\u001b');
    expectPreviousSite(out);
    expect(opensOf(r.opened, hostile.targets)).toEqual([]);
    expect(unexpectedOpens(r.opened, repo)).toEqual([]);
    expect(outsideConnections(r.connections)).toEqual([]);
    // The watch saw the catalogue being read, so an empty list above means something.
    expect(r.opened).toContain(path.join(hostile.catalogue, 'entries', 'vat-api', 'entry.yaml'));
  });

  it('validate: the same problems, and opens nothing outside the repository', () => {
    const r = node('scripts/validate.ts', ['--no-cache', hostile.catalogue]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(`entries/link-passwd/entry.yaml  error  file/symlink  is a symbolic link to "/etc/passwd": `);
    expect(r.stdout + r.stderr).toContain('entries/swagger-consumes/openapi.yaml:18:17  error  reference/convert  `consumes` must be a list of media types');
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
    expect(opensOf(r.opened, hostile.targets)).toEqual([]);
    expect(unexpectedOpens(r.opened, repo)).toEqual([]);
    expect(outsideConnections(r.connections)).toEqual([]);
  });
});

describe('a whole build', () => {
  it('connects to nothing beyond loopback, opens nothing outside the repository, and keeps the previous site when the rename into place fails', () => {
    const catalogue = path.join(work, 'minimal');
    cpSync('test/fixtures/catalogue-minimal', catalogue, { recursive: true });
    const out = previousSite('dist-rename');
    const r = node('scripts/build.ts', ['--catalogue', catalogue, '--out', out], { CATALOGUE_BUILD_FAIL_STEP: 'move-new-into-place' });
    expect(r.stdout).toMatch(/catalogue: 3 entries from 1 organisation/);
    expect(r.stderr).toMatch(/^build failed: could not move the new site into .*dist-rename \(EINJECTED: move-new-into-place failed on purpose \(CATALOGUE_BUILD_FAIL_STEP\)\); the previous site is unchanged there\n$/);
    expect(r.code).toBe(1);
    expectPreviousSite(out);
    expect(existsSync(path.join(repo, '.cache', 'dist-staging'))).toBe(false);
    // Astro rendered every page and Pagefind indexed them (the whole build ran under the watch).
    expect(r.opened.some((f) => f.includes('/node_modules/pagefind'))).toBe(true);
    expect(outsideConnections(r.connections)).toEqual([]);
    expect(unexpectedOpens(r.opened, repo)).toEqual([]);
  });

  it('publishes into a folder on another file system, by copying beside it and renaming', () => {
    const shm = '/dev/shm';
    if (!existsSync(shm) || statSync(shm).dev === statSync(repo).dev) {
      // Nothing to prove on a machine without a second file system; the rename path is tested above.
      return;
    }
    const parent = mkdtempSync(path.join(shm, 'boundary-'));
    try {
      const out = path.join(parent, 'dist');
      mkdirSync(out);
      writeFileSync(path.join(out, 'index.html'), 'previous good site');
      const r = spawnSync(process.execPath, ['scripts/build.ts', '--catalogue', 'test/fixtures/catalogue-minimal', '--out', out], { encoding: 'utf8', timeout: 300_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<!DOCTYPE html>');
      expect(existsSync(path.join(out, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(readdirSync(parent)).toEqual(['dist']);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
