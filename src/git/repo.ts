/**
 * Reads a Git repository's history without touching its working tree: resolve refs to commits,
 * list a commit's files with their object ids, read file contents, and list the commits that
 * changed some paths. Everything is addressed by commit and object id, which never change, so
 * callers can cache what they derive from them (see snapshot.ts).
 */
import path from 'node:path';
import { catFileBatch, git, GitError, gitText } from './git.ts';

export const FILE_MODES = { file: '100644', executable: '100755', symlink: '120000', submodule: '160000', tree: '040000' } as const;

export interface TreeFile {
  /** Path from the repository root, with forward slashes. */
  path: string;
  /** Git file mode: 100644, 100755, 120000 (symbolic link), 160000 (submodule). */
  mode: string;
  /** `blob` or `commit` (a submodule). */
  type: string;
  /** The object id of the content. */
  id: string;
  /** Size in bytes (blobs only). */
  size?: number;
}


/** A file a commit added (`A`), modified (`M`), deleted (`D`) or changed the type of (`T`). */
export interface FileChange {
  status: string;
  path: string;
  /** Mode and object id before the commit; all zeros for an added file. */
  oldMode: string;
  oldId: string;
  /** Mode and object id after the commit; all zeros for a deleted file. */
  newMode: string;
  newId: string;
}

export interface CommitChanges {
  commit: string;
  parents: string[];
  /** Committer date, ISO 8601. */
  date: string;
  files: FileChange[];
}

/** Starts each commit's header in `history`'s output; a header ends with the NUL of `-z`. */
const COMMIT_MARK = '%x1e';

/** Parses `git log -z --raw` output whose headers are `\x1e<id>\x1f<parents>\x1f<date>`. */
export function parseHistory(out: string): CommitChanges[] {
  const commits: CommitChanges[] = [];
  const tokens = out.split('\0');
  let current: CommitChanges | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/^\n/, '');
    if (token === '') continue;
    if (token.startsWith('\x1e')) {
      const [commit = '', parents = '', date = ''] = token.slice(1).split('\x1f');
      current = { commit, parents: parents.split(' ').filter(Boolean), date, files: [] };
      commits.push(current);
    } else if (token.startsWith(':') && current) {
      const [oldMode = '', newMode = '', oldId = '', newId = '', status = ''] = token.slice(1).split(' ');
      const file = tokens[++i];
      if (file === undefined) throw new GitError('git log: output ended in the middle of a file change');
      current.files.push({ status: status.slice(0, 1), path: file, oldMode, oldId, newMode, newId });
    } else {
      throw new GitError(`git log: unexpected output ${JSON.stringify(token.slice(0, 60))}`);
    }
  }
  return commits;
}

export interface LogOptions {
  /** Stop after this many commits. */
  limit?: number;
  /** Follow only the first parent of merges (the history of a branch as merged). */
  firstParent?: boolean;
}

export class GitRepo {
  /** The repository's top-level folder. */
  readonly root: string;

  private constructor(root: string) {
    this.root = root;
  }

  /** The repository containing `dir` (the working directory by default). */
  static async open(dir: string = process.cwd()): Promise<GitRepo> {
    let root: string;
    try {
      root = await gitText(dir, ['rev-parse', '--show-toplevel']);
    } catch (e) {
      if (e instanceof GitError && /not a git repository/i.test(e.message)) throw new GitError(`${dir} is not inside a Git repository (run the command from a clone of the catalogue)`);
      throw e;
    }
    return new GitRepo(path.resolve(root));
  }

  /** The commit a ref names (a branch, tag, `HEAD~1`, a commit id …); a GitError says how to fix a bad one. */
  async resolveCommit(ref: string): Promise<string> {
    if (ref === '' || /[\0\n]/.test(ref)) throw new GitError(`${JSON.stringify(ref)} is not a Git ref`);
    try {
      return await gitText(this.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    } catch {
      throw new GitError(
        `"${ref}" is not a commit in this repository (check the spelling; in a shallow clone fetch it first, e.g. \`git fetch origin ${ref}\`, or check out with \`fetch-depth: 0\`)`,
      );
    }
  }

  /** The object id of the tree at `dir` in a commit, or undefined when the commit has no such folder. */
  async treeId(commit: string, dir: string): Promise<string | undefined> {
    const spec = dir === '' || dir === '.' ? `${commit}^{tree}` : `${commit}:${dir.replace(/\/+$/, '')}`;
    try {
      const id = await gitText(this.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', spec]);
      const type = await gitText(this.root, ['cat-file', '-t', id]);
      return type === 'tree' ? id : undefined;
    } catch {
      return undefined;
    }
  }

  /** Every file below `dir` in a commit (recursively), with its mode, object id and size. */
  async listFiles(commit: string, dir = ''): Promise<TreeFile[]> {
    const args = ['ls-tree', '-r', '-l', '-z', '--full-tree', '--end-of-options', commit];
    if (dir !== '' && dir !== '.') args.push('--', dir.replace(/\/+$/, ''));
    const out = (await git(this.root, args)).toString('utf8');
    const files: TreeFile[] = [];
    for (const record of out.split('\0')) {
      if (record === '') continue;
      const tab = record.indexOf('\t');
      const [mode, type, id, size] = record.slice(0, tab).split(/ +/);
      if (!mode || !type || !id) throw new GitError(`git ls-tree: unexpected line ${JSON.stringify(record)}`);
      files.push({ path: record.slice(tab + 1), mode, type, id, ...(size && size !== '-' ? { size: Number(size) } : {}) });
    }
    return files;
  }

  /** The contents of blobs by object id (one `git cat-file` process for all of them). */
  async readBlobs(ids: readonly string[]): Promise<Map<string, Buffer>> {
    const unique = [...new Set(ids)];
    const objects = await catFileBatch(this.root, unique);
    const out = new Map<string, Buffer>();
    for (const [id, object] of objects) {
      if (object.type !== 'blob') throw new GitError(`object ${id} is a ${object.type}, not a file`);
      out.set(id, object.content);
    }
    return out;
  }

  /**
   * Commits reachable from `ref` that changed any of `paths`, newest first, each with the files it
   * added, changed or removed under those paths (old and new object ids and modes). Merges are
   * compared with their first parent, so with `firstParent` a merged branch shows as one commit:
   * what merging it changed, on the day it was merged. One `git log` call however long the history.
   */
  async history(ref: string, paths: readonly string[], options: LogOptions = {}): Promise<CommitChanges[]> {
    const commit = await this.resolveCommit(ref);
    const args = ['log', '-z', '--raw', '--no-renames', '--no-abbrev', '--diff-merges=first-parent', `--format=${COMMIT_MARK}%H%x1f%P%x1f%cI`];
    if (options.limit !== undefined) args.push(`--max-count=${options.limit}`);
    if (options.firstParent) args.push('--first-parent');
    args.push('--end-of-options', commit, '--', ...paths);
    return parseHistory((await git(this.root, args, { maxBuffer: 1024 * 1024 * 1024 })).toString('utf8'));
  }

  /** True when the clone is shallow: its oldest commits stand in for history it does not have. */
  async isShallow(): Promise<boolean> {
    return (await gitText(this.root, ['rev-parse', '--is-shallow-repository'])) === 'true';
  }

  /** The best common ancestor of two commits, or undefined when they share no history. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      return await gitText(this.root, ['merge-base', '--end-of-options', a, b]);
    } catch {
      return undefined;
    }
  }
}
