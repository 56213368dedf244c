import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { GitError } from '../../src/git/git.ts';
import { GitRepo } from '../../src/git/repo.ts';
import { makeTestRepo, type TestRepo } from '../support/git-repo.ts';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});
function repo(seed: Record<string, string> = {}): TestRepo {
  const r = makeTestRepo(seed);
  repos.push(r);
  return r;
}

describe('GitRepo', () => {
  it('resolves refs to commits and explains a ref that does not exist', async () => {
    const r = repo({ 'a.txt': 'one\n' });
    const first = r.commit('first');
    const second = r.commit('second', { 'a.txt': 'two\n' });
    const g = await GitRepo.open(r.dir);
    expect(await g.resolveCommit('main')).toBe(second);
    expect(await g.resolveCommit('HEAD~1')).toBe(first);
    await expect(g.resolveCommit('no-such-branch')).rejects.toThrow(
      '"no-such-branch" is not a commit in this repository (check the spelling; in a shallow clone fetch it first, e.g. `git fetch origin no-such-branch`, or check out with `fetch-depth: 0`)',
    );
  });

  it('never lets a ref become an option', async () => {
    const r = repo({ 'a.txt': 'one\n' });
    r.commit('first');
    const g = await GitRepo.open(r.dir);
    await expect(g.resolveCommit('--output=/tmp/x')).rejects.toBeInstanceOf(GitError);
    await expect(g.listFiles('--output=/tmp/pwned')).rejects.toBeInstanceOf(GitError);
  });

  it('says when a folder is not a repository', async () => {
    const dir = makeTestRepo().dir;
    execFileSync('rm', ['-rf', `${dir}/.git`]);
    await expect(GitRepo.open(dir)).rejects.toThrow(`${dir} is not inside a Git repository (run the command from a clone of the catalogue)`);
    execFileSync('rm', ['-rf', dir]);
  });

  it('lists the files of a folder at a commit and reads them without touching the working tree', async () => {
    const r = repo({ 'cat/a.yaml': 'a: 1\n', 'cat/sub/b.yaml': 'b: 2\n', 'other.txt': 'x' });
    const first = r.commit('first');
    r.commit('second', { 'cat/a.yaml': 'a: changed\n' });
    const g = await GitRepo.open(r.dir);
    const files = await g.listFiles(first, 'cat');
    expect(files.map((f) => [f.path, f.mode, f.type, f.size])).toEqual([
      ['cat/a.yaml', '100644', 'blob', 5],
      ['cat/sub/b.yaml', '100644', 'blob', 5],
    ]);
    const blobs = await g.readBlobs(files.map((f) => f.id));
    expect(blobs.get(files[0]!.id)?.toString()).toBe('a: 1\n');
    expect(r.read('cat/a.yaml')).toBe('a: changed\n');
    expect(await g.treeId(first, 'cat')).toMatch(/^[0-9a-f]{40}$/);
    expect(await g.treeId(first, 'nope')).toBeUndefined();
    expect(await g.treeId(first, 'other.txt')).toBeUndefined();
  });

  it('lists the commits that changed some paths, newest first', async () => {
    const r = repo({ 'cat/a.yaml': '1', 'x.txt': '1' });
    const c1 = r.commit('add a');
    r.commit('touch x only', { 'x.txt': '2' });
    const c3 = r.commit('change a', { 'cat/a.yaml': '2' });
    const g = await GitRepo.open(r.dir);
    const log = await g.history('HEAD', ['cat/a.yaml']);
    expect(log.map((c) => c.commit)).toEqual([c3, c1]);
    expect(log[0]?.date).toBe('2026-11-23T10:00:03+00:00');
    expect(await g.history('HEAD', ['cat'], { limit: 1 })).toHaveLength(1);
    expect(await g.mergeBase(c1, c3)).toBe(c1);
  });

  it('lists each commit with the files it added, changed and removed; a merged branch is one commit on the first-parent line', async () => {
    const r = repo({ 'cat/a.yaml': '1', 'cat/b.yaml': '1', 'x.txt': '1' });
    const c1 = r.commit('add');
    r.git('checkout', '-q', '-b', 'topic');
    r.commit('change a', { 'cat/a.yaml': '2' });
    r.commit('remove b, add c', { 'cat/b.yaml': null, 'cat/c yaml': 'new' });
    r.git('checkout', '-q', 'main');
    r.commit('touch x only', { 'x.txt': '2' });
    r.git('merge', '-q', '--no-ff', '-m', 'merge topic', 'topic');
    const merge = r.git('rev-parse', 'HEAD');
    const g = await GitRepo.open(r.dir);
    const history = await g.history('HEAD', ['cat'], { firstParent: true });
    expect(history.map((c) => [c.commit, c.parents.length, c.files.map((f) => `${f.status} ${f.path}`)])).toEqual([
      [merge, 2, ['M cat/a.yaml', 'D cat/b.yaml', 'A cat/c yaml']],
      [c1, 0, ['A cat/a.yaml', 'A cat/b.yaml']],
    ]);
    const [added] = history[1]!.files;
    expect(added).toMatchObject({ oldMode: '000000', newMode: '100644', oldId: '0'.repeat(40) });
    expect(added!.newId).toBe(r.git('rev-parse', `${c1}:cat/a.yaml`));
    expect((await g.history('HEAD', ['cat'])).length).toBe(4);
    expect(await g.isShallow()).toBe(false);
  });
});
