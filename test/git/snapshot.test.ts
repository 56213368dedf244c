import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitRepo } from '../../src/git/repo.ts';
import { snapshotFolder, unsafePathReason } from '../../src/git/snapshot.ts';
import { makeTestRepo, type TestRepo } from '../support/git-repo.ts';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});
function setup(seed: Record<string, string>): { r: TestRepo; cacheDir: string } {
  const r = makeTestRepo(seed);
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'snapshots-'));
  cleanup.push(r.remove, () => rmSync(cacheDir, { recursive: true, force: true }));
  return { r, cacheDir };
}

describe('snapshotFolder', () => {
  it('writes a folder at two commits side by side, leaving the working tree alone, and reuses a snapshot of the same tree', async () => {
    const { r, cacheDir } = setup({ 'catalogue/topics.yaml': 'v1\n', 'catalogue/entries/a/entry.yaml': 'id: a\n', 'README.md': 'x' });
    const c1 = r.commit('one');
    r.commit('two', { 'catalogue/topics.yaml': 'v2\n' });
    r.commit('three: outside the catalogue', { 'README.md': 'y' });
    const g = await GitRepo.open(r.dir);
    const base = await snapshotFolder(g, c1, 'catalogue', { cacheDir });
    const head = await snapshotFolder(g, 'HEAD', 'catalogue', { cacheDir });
    expect(base.cached).toBe(false);
    expect(readFileSync(path.join(base.dir, 'topics.yaml'), 'utf8')).toBe('v1\n');
    expect(readFileSync(path.join(head.dir, 'topics.yaml'), 'utf8')).toBe('v2\n');
    expect(readFileSync(path.join(head.dir, 'entries/a/entry.yaml'), 'utf8')).toBe('id: a\n');
    expect(path.relative(head.root, head.dir)).toBe('catalogue');
    expect([...head.files.keys()]).toEqual(['catalogue/entries/a/entry.yaml', 'catalogue/topics.yaml']);
    expect(head.files.get('catalogue/entries/a/entry.yaml')?.id).toBe(base.files.get('catalogue/entries/a/entry.yaml')?.id);

    const again = await snapshotFolder(g, 'HEAD~1', 'catalogue', { cacheDir });
    expect(again.cached).toBe(true);
    expect(again.dir).toBe(head.dir);
    expect(again.commit).not.toBe(head.commit);
    expect(r.git('status', '--porcelain')).toBe('');
    expect(readdirSync(cacheDir).filter((n) => n.startsWith('.staging'))).toEqual([]);
  });

  it('gives an empty folder for a commit without it', async () => {
    const { r, cacheDir } = setup({ 'README.md': 'x' });
    r.commit('no catalogue yet');
    const snap = await snapshotFolder(await GitRepo.open(r.dir), 'HEAD', 'catalogue', { cacheDir });
    expect(snap.tree).toBeUndefined();
    expect(readdirSync(snap.dir)).toEqual([]);
  });

  it('writes only regular files: a symbolic link, a file over the limit and a submodule are problems naming the file', async () => {
    const { r, cacheDir } = setup({ 'catalogue/entries/a/entry.yaml': 'id: a\n', 'catalogue/entries/a/big.yaml': 'x'.repeat(2000) });
    r.git('config', 'core.symlinks', 'true');
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc/passwd', path.join(r.dir, 'catalogue/entries/a/openapi.yaml'));
    r.commit('hostile');
    // A submodule entry (a commit object in the tree) added through the index.
    r.git('update-index', '--add', '--cacheinfo', `160000,${r.git('rev-parse', 'HEAD')},catalogue/entries/a/vendor`);
    r.git('commit', '-q', '-m', 'submodule');
    const snap = await snapshotFolder(await GitRepo.open(r.dir), 'HEAD', 'catalogue', { cacheDir, limits: { maxFileBytes: 1000 } });
    expect(snap.problems.map((p) => `${p.file}: ${p.message} (${p.hint})`)).toEqual([
      'catalogue/entries/a/big.yaml: is 2000 bytes, over the limit of 1000 (split the document into smaller files or remove what is not needed)',
      'catalogue/entries/a/openapi.yaml: is a symbolic link; the catalogue takes regular files only (commit the file itself in the entry folder instead of a link)',
      'catalogue/entries/a/vendor: is a Git submodule; the catalogue takes regular files only (commit the files themselves instead of a submodule)',
    ]);
    expect(existsSync(path.join(snap.dir, 'entries/a/openapi.yaml'))).toBe(false);
    expect(() => lstatSync(path.join(snap.dir, 'entries/a/openapi.yaml'))).toThrow();
    expect(existsSync(path.join(snap.dir, 'entries/a/big.yaml'))).toBe(false);
    expect(readFileSync(path.join(snap.dir, 'entries/a/entry.yaml'), 'utf8')).toBe('id: a\n');
  });

  it('refuses a folder whose files add up to more than the limit', async () => {
    const { r, cacheDir } = setup({ 'catalogue/a': 'x'.repeat(600), 'catalogue/b': 'y'.repeat(600) });
    r.commit('big');
    await expect(snapshotFolder(await GitRepo.open(r.dir), 'HEAD', 'catalogue', { cacheDir, limits: { maxTotalBytes: 1000 } })).rejects.toThrow(
      "the folder's files add up to 1200 bytes, over the limit of 1000",
    );
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('keeps only the most recently used snapshots', async () => {
    const { r, cacheDir } = setup({ 'catalogue/a': '0' });
    r.commit('0');
    const g = await GitRepo.open(r.dir);
    for (let i = 1; i <= 4; i++) {
      r.commit(String(i), { 'catalogue/a': String(i) });
      await snapshotFolder(g, 'HEAD', 'catalogue', { cacheDir, keep: 2 });
    }
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });
});

describe('unsafePathReason', () => {
  it.each([
    ['catalogue/../x', 'has an empty, "." or ".." part'],
    ['catalogue/.git/config', 'has a ".git" part'],
    ['catalogue/.GIT/hooks', 'has a ".git" part'],
    ['catalogue/a\nb', 'has a control character in its name'],
    ['catalogue/a\\b', 'has a backslash in its name'],
    ['catalogue//x', 'has an empty, "." or ".." part'],
  ])('%j %s', (file, reason) => {
    expect(unsafePathReason(file)).toBe(reason);
  });
  it('accepts ordinary paths', () => {
    expect(unsafePathReason('catalogue/entries/a-b/openapi.v2.yaml')).toBeUndefined();
  });
});
