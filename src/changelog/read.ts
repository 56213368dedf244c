/**
 * `readChangelog`: the catalogue's history from Git, as what changed in each entry.
 *
 * One `git log` lists every commit on the first-parent line of HEAD that touched
 * `<catalogue>/entries/` with the files it changed (a merged pull request is its merge commit, on
 * the day it was merged). Walking them oldest first keeps each entry folder's files (path → blob
 * id); for every commit that touched an entry, its metadata before and after are compared field
 * by field, and each document whose files changed is compared with the spec diff (documents.ts,
 * cached by blob ids). Nothing is checked out.
 *
 * It never throws and never fails the build: without Git or history it says why, and in a shallow
 * clone the oldest commit is the starting point ("history starts at …"), not a mass of additions.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ENTRY_FILES, type EntryFileName } from '../catalogue/entry-files.ts';
import { FILE_LIMITS } from '../files/limits.ts';
import { GitRepo, type CommitChanges } from '../git/repo.ts';
import { JsonCache } from './cache.ts';
import { DocumentComparer, jobKey, type DiffJob, type DiffOutcome, type Folder, type FolderFile } from './documents.ts';
import { readMetadata, type MetadataVersion } from './metadata.ts';
import { emptyChangelog, type Changelog, type DocumentChange, type EntryChange, type LifecycleChange } from './model.ts';

export interface ChangelogOptions {
  /** The catalogue folder (config.yaml, entries/ …); its repository's history is read. */
  catalogueDir: string;
  /** The commit to read history from (HEAD by default). */
  ref?: string;
  /** Where comparisons are cached (`.cache/changelog` in the repository by default). */
  cacheDir?: string;
}

const ZERO = /^0+$/;

/** One commit's effect on one entry folder. */
interface Touch {
  commit: CommitChanges;
  entry: string;
  before: Folder;
  after: Folder;
}

function metadataFile(folder: Folder): { name: EntryFileName; file: FolderFile } | undefined {
  for (const name of ENTRY_FILES) {
    const file = folder.get(name);
    if (file) return { name, file };
  }
  return undefined;
}

/** Walks the commits oldest first, keeping each entry folder's files; returns what each commit did to each entry. */
function walk(commits: readonly CommitChanges[], prefix: string, baseline: (c: CommitChanges) => boolean): { touches: Touch[]; since?: string } {
  const state = new Map<string, Map<string, FolderFile>>();
  const touches: Touch[] = [];
  let since: string | undefined;
  for (const commit of commits) {
    since ??= commit.date;
    const byEntry = new Map<string, CommitChanges['files']>();
    for (const f of commit.files) {
      if (!f.path.startsWith(prefix)) continue;
      const rest = f.path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash <= 0) continue;
      const id = rest.slice(0, slash);
      byEntry.set(id, [...(byEntry.get(id) ?? []), { ...f, path: rest.slice(slash + 1) }]);
    }
    for (const [entry, files] of byEntry) {
      const before = new Map(state.get(entry) ?? []);
      const after = new Map(before);
      for (const f of files) {
        if (ZERO.test(f.newId)) after.delete(f.path);
        else after.set(f.path, { id: f.newId, mode: f.newMode });
      }
      if (after.size === 0) state.delete(entry);
      else state.set(entry, after);
      if (!baseline(commit)) touches.push({ commit, entry, before, after });
    }
  }
  return { touches, ...(since ? { since } : {}) };
}

function lifecycleChanges(before: MetadataVersion, after: MetadataVersion): LifecycleChange[] {
  const pairs: [LifecycleChange['field'], string | undefined, string | undefined][] = [
    ['status', before.status, after.status],
    ['dates.deprecated', before.deprecated, after.deprecated],
    ['dates.retired', before.retired, after.retired],
    ['successor', before.successor, after.successor],
  ];
  return pairs
    .filter(([, b, a]) => b !== a)
    .map(([field, b, a]) => ({ field, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) }));
}

/** Fields the changelog reports on their own (lifecycle, documents), left out of `fields`. */
const OWN_FIELDS = new Set(['status', 'dates.deprecated', 'dates.retired', 'successor', 'specs']);

function changedFields(before: MetadataVersion, after: MetadataVersion): string[] {
  const names = new Set([...before.fields.keys(), ...after.fields.keys()]);
  return [...names].filter((n) => !OWN_FIELDS.has(n) && before.fields.get(n) !== after.fields.get(n)).sort();
}

const withoutMetadata = (folder: Folder): Map<string, string> =>
  new Map([...folder].filter(([p]) => !(ENTRY_FILES as readonly string[]).includes(p)).map(([p, f]) => [p, `${f.mode}:${f.id}`]));

function sameFiles(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** What the changelog needs to finish a touch once the documents are compared. */
interface Pending {
  touch: Touch;
  kind: EntryChange['kind'];
  meta: MetadataVersion;
  before?: MetadataVersion;
  /** Documents, each with the comparison it waits for (changed) or the blob whose version it shows (added). */
  documents: { doc: DocumentChange; job?: DiffJob; blob?: string; ownFileChanged: boolean }[];
}

function plan(touch: Touch, metadata: (blob: string, name: EntryFileName) => MetadataVersion): Pending | undefined {
  const metaBefore = metadataFile(touch.before);
  const metaAfter = metadataFile(touch.after);
  if (!metaAfter && !metaBefore) return undefined;
  const before = metaBefore ? metadata(metaBefore.file.id, metaBefore.name) : undefined;
  const after = metaAfter ? metadata(metaAfter.file.id, metaAfter.name) : undefined;

  if (!before && after) {
    const documents = after.specs.map((s) => ({
      doc: { file: s.file, ...(s.title ? { title: s.title } : {}), change: 'added' as const, changes: [], breaking: 0 },
      ...(touch.after.get(s.file) ? { blob: touch.after.get(s.file)!.id } : {}),
      ownFileChanged: true,
    }));
    return { touch, kind: 'added', meta: after, documents };
  }
  if (before && !after) return { touch, kind: 'removed', meta: before, documents: [] };
  if (!before || !after) return undefined;

  const documents: Pending['documents'] = [];
  const otherFilesChanged = !sameFiles(withoutMetadata(touch.before), withoutMetadata(touch.after));
  const beforeSpecs = new Map(before.specs.map((s) => [s.file, s]));
  for (const s of after.specs) {
    const title = s.title ? { title: s.title } : {};
    const was = beforeSpecs.get(s.file);
    const own = { before: touch.before.get(s.file), after: touch.after.get(s.file) };
    if (!was || !own.before) {
      documents.push({ doc: { file: s.file, ...title, change: 'added', changes: [], breaking: 0 }, ...(own.after ? { blob: own.after.id } : {}), ownFileChanged: true });
    } else if (otherFilesChanged && own.after) {
      const ownFileChanged = own.before.id !== own.after.id;
      documents.push({ doc: { file: s.file, ...title, change: 'changed', changes: [], breaking: 0 }, job: { file: s.file, before: touch.before, after: touch.after }, ownFileChanged });
    }
  }
  const afterFiles = new Set(after.specs.map((s) => s.file));
  for (const s of before.specs) {
    if (afterFiles.has(s.file)) continue;
    documents.push({ doc: { file: s.file, ...(s.title ? { title: s.title } : {}), change: 'removed', changes: [], breaking: 1 }, ownFileChanged: true });
  }
  return { touch, kind: 'changed', meta: after, before, documents };
}

function finish(p: Pending, outcomes: ReadonlyMap<string, DiffOutcome>, versions: ReadonlyMap<string, string>): EntryChange | undefined {
  const documents: DocumentChange[] = [];
  for (const d of p.documents) {
    const doc = { ...d.doc };
    if (d.job) {
      const o = outcomes.get(jobKey(d.job));
      if (o) {
        doc.changes = o.changes;
        doc.breaking = o.changes.filter((c) => c.breaking).length;
        if (o.incomplete) doc.incomplete = o.incomplete;
        if (o.versionBefore !== undefined) doc.versionBefore = o.versionBefore;
        if (o.versionAfter !== undefined) doc.versionAfter = o.versionAfter;
      }
      // A referenced file changed without changing what the document describes: nothing to say.
      const versionChanged = doc.versionBefore !== doc.versionAfter;
      if (!d.ownFileChanged && doc.changes.length === 0 && !doc.incomplete && !versionChanged) continue;
    } else if (d.blob) {
      const version = versions.get(d.blob);
      if (version !== undefined) doc.versionAfter = version;
    }
    documents.push(doc);
  }
  const lifecycle = p.before ? lifecycleChanges(p.before, p.meta) : [];
  const fields = p.before ? changedFields(p.before, p.meta) : [];
  if (p.kind === 'changed' && documents.length === 0 && lifecycle.length === 0 && fields.length === 0) return undefined;
  return {
    entry: p.touch.entry,
    name: p.meta.name ?? p.touch.entry,
    organisation: p.meta.organisation ?? '',
    kind: p.kind,
    commit: p.touch.commit.commit,
    date: p.touch.commit.date,
    ...(p.meta.status ? { status: p.meta.status } : {}),
    lifecycle,
    documents,
    fields,
    breaking: documents.reduce((n, d) => n + d.breaking, 0),
  };
}

/** The folder of the repository that holds the catalogue, as a path from its root ('' for the root). */
function folderInRepo(repo: GitRepo, catalogueDir: string): string {
  const abs = realpathSync(path.resolve(catalogueDir));
  const rel = path.relative(realpathSync(repo.root), abs);
  return rel.split(path.sep).join('/');
}

export async function readChangelog(options: ChangelogOptions): Promise<Changelog> {
  const started = performance.now();
  let repo: GitRepo;
  try {
    repo = await GitRepo.open(path.resolve(options.catalogueDir));
  } catch (e) {
    const message = (e as Error).message;
    return emptyChangelog(/not installed/.test(message) ? 'Git was not available where the site was built' : 'the site was built from a copy of the catalogue without its Git history', message);
  }
  try {
    const folder = folderInRepo(repo, options.catalogueDir);
    if (folder.startsWith('..')) return emptyChangelog('the site was built from a copy of the catalogue without its Git history', 'the catalogue folder is outside its Git repository');
    const prefix = `${folder === '' ? '' : `${folder}/`}entries/`;
    let head: string;
    try {
      head = await repo.resolveCommit(options.ref ?? 'HEAD');
    } catch {
      return emptyChangelog('nothing has been committed to the catalogue\'s repository yet');
    }
    const commits = (await repo.history(head, [prefix], { firstParent: true })).reverse();
    if (commits.length === 0) return { ...emptyChangelog('no commit in the catalogue\'s history has changed an entry yet'), head };
    const shallow = await repo.isShallow();
    // In a shallow clone a commit without parents is where the clone starts, not where history starts.
    const { touches, since } = walk(commits, prefix, (c) => shallow && c.parents.length === 0);

    // Every metadata version the comparisons need, read with one `git cat-file`.
    const metaIds = new Set<string>();
    for (const t of touches) for (const f of [metadataFile(t.before), metadataFile(t.after)]) if (f) metaIds.add(f.file.id);
    const blobs = await repo.readBlobs([...metaIds]);
    const parsed = new Map<string, MetadataVersion>();
    const metadata = (blob: string, name: EntryFileName): MetadataVersion => {
      const key = `${name}:${blob}`;
      let m = parsed.get(key);
      if (!m) {
        const content = blobs.get(blob);
        // A metadata file over the loader's limit is not read in history either.
        m = content && content.length <= FILE_LIMITS['entry-mdx'].bytes ? readMetadata(name, content.toString('utf8')) : { readable: false, specs: [], fields: new Map() };
        parsed.set(key, m);
      }
      return m;
    };

    const pending = touches.map((t) => plan(t, metadata)).filter((p): p is Pending => p !== undefined);
    const cache = new JsonCache(path.resolve(options.cacheDir ?? path.join(repo.root, '.cache', 'changelog')));
    const comparer = new DocumentComparer(repo, cache);
    const outcomes = await comparer.compare(pending.flatMap((p) => p.documents.flatMap((d) => (d.job ? [d.job] : []))));

    const versions = await comparer.versions(pending.flatMap((p) => p.documents.flatMap((d) => (d.blob ? [d.blob] : []))));
    // Newest commit first; within a commit, entries by id.
    const order = new Map(commits.map((c, i) => [c.commit, i]));
    const changes = pending
      .map((p) => finish(p, outcomes, versions))
      .filter((c): c is EntryChange => c !== undefined)
      .sort((a, b) => order.get(b.commit)! - order.get(a.commit)! || (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
    const byEntry = new Map<string, EntryChange[]>();
    for (const c of changes) byEntry.set(c.entry, [...(byEntry.get(c.entry) ?? []), c]);
    return {
      coverage: shallow ? { state: 'shallow', since: since ?? commits[0]!.date } : { state: 'complete', since: since ?? commits[0]!.date },
      head,
      changes,
      byEntry,
      stats: { commits: commits.length, diffs: comparer.diffs, cachedDiffs: comparer.cached, ms: Math.round(performance.now() - started) },
    };
  } catch (e) {
    return emptyChangelog('the catalogue\'s Git history could not be read when the site was built', (e as Error).message);
  }
}
