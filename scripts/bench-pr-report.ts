/**
 * Times `npm run pr-report` on the whole catalogue: a temporary repository made from catalogue/
 * with one change (the GOV.UK Notify API loses a path, an entry is added), reported cold (no
 * snapshot or assessment cache) and then warm, and the Git snapshot step on its own.
 *
 *   npm run bench:pr-report
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitRepo } from '../src/git/repo.ts';
import { snapshotFolder } from '../src/git/snapshot.ts';
import { makeReport } from '../src/pr-report/compare.ts';

const work = mkdtempSync(path.join(tmpdir(), 'bench-pr-report-'));
const repoDir = path.join(work, 'repo');
const caches = { snapshotCacheDir: path.join(work, 'snapshots'), lintCacheDir: path.join(work, 'lint') };
const git = (...args: string[]): string => execFileSync('git', args, { cwd: repoDir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.gov.uk', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.gov.uk' } }).trim();

try {
  cpSync('catalogue', path.join(repoDir, 'catalogue'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const notify = path.join(repoDir, 'catalogue/entries/govuk-notify-api/openapi.yaml');
  writeFileSync(notify, readFileSync(notify, 'utf8').replace(/\n {2}\/v2\/notifications\/sms:\n[\s\S]*?(?=\n {2}\/)/, ''));
  cpSync(path.join(repoDir, 'catalogue/entries/hmrc-hello-world-api'), path.join(repoDir, 'catalogue/entries/bench-new-api'), { recursive: true });
  const entryFile = path.join(repoDir, 'catalogue/entries/bench-new-api/entry.yaml');
  writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/^id: .*/m, 'id: bench-new-api'));
  git('add', '-A');
  git('commit', '-q', '-m', 'change');
  const files = Number(git('ls-files').split('\n').length);

  const time = async (label: string, run: () => Promise<unknown>): Promise<void> => {
    const started = performance.now();
    await run();
    console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  };
  const report = () => makeReport({ cwd: repoDir, base: 'HEAD~1', head: 'HEAD', today: '2026-12-01', ...caches });
  console.log(`catalogue: ${files} files in Git`);
  const repo = await GitRepo.open(repoDir);
  await time('snapshot of catalogue/ at one commit, cold', () => snapshotFolder(repo, 'HEAD~1', 'catalogue', { cacheDir: path.join(work, 'snap-only') }));
  await time('snapshot of catalogue/ at one commit, warm', () => snapshotFolder(repo, 'HEAD~1', 'catalogue', { cacheDir: path.join(work, 'snap-only') }));
  await time('report, cold (no snapshot or assessment cache)', report);
  await time('report, warm', report);
} finally {
  rmSync(work, { recursive: true, force: true });
}
