/**
 * Links into the catalogue's Git repository (catalogue/config.yaml `repository`): the repository,
 * opening an issue (the feedback route on every page), and each entry's metadata file.
 * Built for GitHub's URL layout, where the catalogue is hosted.
 */
import { isAbsolute } from 'node:path';
import type { CatalogueConfig } from '../catalogue/config.ts';

export interface RepositoryLinks {
  /** The repository's home page. */
  home: string;
  /** Opening an issue: feedback, a problem with an entry, a request for an API. */
  newIssue: string;
  /** The pull requests, where entries are proposed and reviewed. */
  pullRequests: string;
  /** The file that names the GitHub team reviewing each organisation's entries. */
  codeowners: string;
  /** Editing a file of the repository (GitHub offers to fork it and open a pull request), or undefined for a file outside it. */
  editFile(file: string): string | undefined;
  /** A folder of the repository on the default branch, or undefined for a folder outside it. */
  viewFolder(dir: string): string | undefined;
  /** A commit, with its changes. */
  commit(id: string): string;
}

/** A path as the repository names it (forward slashes), when `file` is relative to the repository root. */
function repositoryPath(file: string): string | undefined {
  const posix = file.split('\\').join('/');
  if (isAbsolute(file) || posix.startsWith('../') || posix === '..') return undefined;
  return posix.split('/').map(encodeURIComponent).join('/');
}

export function repositoryLinks(repository: CatalogueConfig['repository']): RepositoryLinks {
  const { url, defaultBranch } = repository;
  const branch = defaultBranch.split('/').map(encodeURIComponent).join('/');
  return {
    home: url,
    newIssue: `${url}/issues/new/choose`,
    pullRequests: `${url}/pulls`,
    codeowners: `${url}/blob/${branch}/.github/CODEOWNERS`,
    editFile: (file) => {
      const p = repositoryPath(file);
      return p === undefined ? undefined : `${url}/edit/${branch}/${p}`;
    },
    viewFolder: (dir) => {
      const p = repositoryPath(dir.replace(/\/+$/, ''));
      return p === undefined ? undefined : `${url}/tree/${branch}/${p}/`;
    },
    commit: (id) => `${url}/commit/${encodeURIComponent(id)}`,
  };
}
