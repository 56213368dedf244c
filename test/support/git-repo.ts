/**
 * Temporary Git repositories for tests: start from a folder (such as a copy of the catalogue),
 * change files and commit, all with a fixed author and dates so commit ids are repeatable.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes (string) or deletes (null) files, then commits them all; returns the commit id. */
  commit(message: string, changes?: Record<string, string | null | ((text: string) => string)>): string;
  read(file: string): string;
  remove(): void;
}

export interface TestRepoOptions {
  /**
   * A fixed folder (emptied first) instead of a new temporary one: the standards cache keys results
   * by path, so a test over many documents is fast from its second run on.
   */
  dir?: string;
}

export function makeTestRepo(seed: Record<string, string> = {}, copies: Record<string, string> = {}, options: TestRepoOptions = {}): TestRepo {
  let dir: string;
  if (options.dir) {
    rmSync(options.dir, { recursive: true, force: true });
    mkdirSync(options.dir, { recursive: true });
    dir = options.dir;
  } else dir = mkdtempSync(path.join(tmpdir(), 'git-repo-'));
  let tick = 0;
  const git = (...args: string[]): string => {
    const date = `2026-11-23T10:${String(Math.floor(tick / 60)).padStart(2, '0')}:${String(tick % 60).padStart(2, '0')}Z`;
    return execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.gov.uk', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.gov.uk', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  };
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  for (const [to, from] of Object.entries(copies)) cpSync(from, path.join(dir, to), { recursive: true });
  for (const [file, text] of Object.entries(seed)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const repo: TestRepo = {
    dir,
    git,
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    commit(message, changes = {}) {
      for (const [file, change] of Object.entries(changes)) {
        const abs = path.join(dir, file);
        if (change === null) {
          rmSync(abs, { recursive: true, force: true });
          continue;
        }
        mkdirSync(path.dirname(abs), { recursive: true });
        writeFileSync(abs, typeof change === 'function' ? change(readFileSync(abs, 'utf8')) : change);
      }
      tick += 1;
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  return repo;
}

/** A text edit that must apply: throws when `from` is not found, so a fixture change never silently does nothing. */
export const replaceOnce = (from: string | RegExp, to: string) => (text: string): string => {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`edit did not apply: ${String(from)}`);
  return out;
};
