/**
 * Runs the `git` command line without a shell, with a clean, predictable environment: no prompts,
 * no pager, C locale, and the repository's own configuration only. Refs given by users are passed
 * after `--end-of-options`, so that a ref such as `--output=x` can never become an option.
 */
import { execFile, spawn } from 'node:child_process';

/** A Git failure a user can act on; its message says what to do. Printed without a stack. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

export const GIT_ENV: Readonly<Record<string, string>> = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  GIT_OPTIONAL_LOCKS: '0',
  LC_ALL: 'C',
};

function env(): NodeJS.ProcessEnv {
  return { ...process.env, ...GIT_ENV };
}

export interface GitRunOptions {
  /** Most bytes of standard output to accept (64 MB by default). */
  maxBuffer?: number;
}

/** Runs `git <args>` in `cwd`; resolves with its standard output, rejects with a GitError. */
export function git(cwd: string, args: readonly string[], options: GitRunOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, env: env(), encoding: 'buffer', maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as { code?: unknown }).code;
        if (code === 'ENOENT') return reject(new GitError('git is not installed or not on PATH (install Git and run the command again)'));
        const detail = stderr.toString('utf8').trim().split('\n')[0] ?? '';
        return reject(new GitError(`git ${args[0] ?? ''} failed${detail ? `: ${detail}` : ''}`));
      }
      resolve(stdout);
    });
  });
}

/** Runs `git <args>` and returns its output as text with the final newline removed. */
export async function gitText(cwd: string, args: readonly string[], options: GitRunOptions = {}): Promise<string> {
  return (await git(cwd, args, options)).toString('utf8').replace(/\n$/, '');
}

/**
 * Reads many objects with one `git cat-file --batch` process. The objects are named by their
 * object ids (40 or 64 hex digits); each is returned with its type and content.
 */
export function catFileBatch(cwd: string, ids: readonly string[]): Promise<Map<string, { type: string; content: Buffer }>> {
  const out = new Map<string, { type: string; content: Buffer }>();
  if (ids.length === 0) return Promise.resolve(out);
  for (const id of ids) if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(id)) return Promise.reject(new GitError(`not an object id: ${JSON.stringify(id)}`));
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, env: env(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const chunks: Buffer[] = [];
    let buffered = 0;
    let stderr = '';
    let failed = false;
    const fail = (e: Error): void => {
      if (failed) return;
      failed = true;
      child.kill();
      reject(e);
    };
    child.on('error', (e) => fail((e as { code?: string }).code === 'ENOENT' ? new GitError('git is not installed or not on PATH (install Git and run the command again)') : e));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.on('data', (d: Buffer) => {
      chunks.push(d);
      buffered += d.length;
    });
    child.stdin.on('error', () => {
      // git exits early on a bad request; the close handler reports it
    });
    child.on('close', (code) => {
      if (failed) return;
      if (code !== 0) return fail(new GitError(`git cat-file failed: ${stderr.trim().split('\n')[0] ?? `exit code ${code}`}`));
      const all = Buffer.concat(chunks, buffered);
      let at = 0;
      for (const id of ids) {
        const eol = all.indexOf(0x0a, at);
        if (eol < 0) return fail(new GitError('git cat-file: output ended early'));
        const header = all.subarray(at, eol).toString('utf8');
        const missing = / missing$/.test(header);
        if (missing) return fail(new GitError(`object ${id} is missing from the repository (fetch the commits first)`));
        const [, type, size] = header.split(' ');
        const length = Number(size);
        if (!type || !Number.isInteger(length)) return fail(new GitError(`git cat-file: unexpected header ${JSON.stringify(header)}`));
        out.set(id, { type, content: all.subarray(eol + 1, eol + 1 + length) });
        at = eol + 1 + length + 1;
      }
      resolve(out);
    });
    child.stdin.end(ids.join('\n') + '\n');
  });
}
