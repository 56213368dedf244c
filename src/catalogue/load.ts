/**
 * Reads the catalogue folder (organisations, topics, entries, config) into typed values, collecting
 * every problem with its file, field, line and column. Nothing is dropped: an entry with a problem
 * is reported, and the caller decides to stop.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { checkRoot, listFolder, readGuarded, type FolderItem } from '../files/guarded.ts';
import type { FileKind } from '../files/limits.ts';
import { displayPath, sortProblems, type Problem } from '../problems/problem.ts';
import { quote } from '../problems/safe-text.ts';
import { parseYaml, type ParsedYaml } from '../yaml/parse.ts';
import { catalogueConfig, DEFAULT_MAINTAINERS_TEAM, type CatalogueConfig } from './config.ts';
import { ENTRY_FILES, entryFilesIn, readEntryFile } from './entry-files.ts';
import { checkGuide } from './text-rules.ts';
import { crossCheck } from './cross-checks.ts';
import { entry, organisation, topicsFile, type Entry, type Organisation, type Topic } from './schema.ts';
import { didYouMean } from './suggest.ts';

export interface LoadedEntry {
  entry: Entry;
  /** The metadata file, relative to the working directory (catalogue/entries/<id>/entry.yaml). */
  file: string;
  /** Absolute path of the entry's folder: the only folder its specs may read from. */
  dir: string;
  /** Long guide in Markdown, from the body of entry.mdx (rendered sanitised, never executed). */
  guide?: string;
  /** The line of entry.mdx the guide starts on. */
  guideLine?: number;
  /** Locates a field of the metadata file (for cross-check messages). */
  source: ParsedYaml;
  /** Line offset of the YAML inside the file (frontmatter of entry.mdx starts on line 2). */
  lineOffset: number;
}

export interface LoadedOrganisation {
  organisation: Organisation;
  file: string;
  source: ParsedYaml;
}

export interface Catalogue {
  root: string;
  config: CatalogueConfig;
  organisations: LoadedOrganisation[];
  topics: Topic[];
  entries: LoadedEntry[];
  /**
   * Folder names of entries that failed to load. Other entries may still refer to them, so that one
   * broken entry gives its own errors, not a cascade of "unknown id" errors elsewhere.
   */
  brokenEntryIds: string[];
}

export interface LoadResult {
  catalogue: Catalogue;
  problems: Problem[];
}

/** Turns zod issues into problems that name the field and its position. */
export function zodProblems(
  error: z.ZodError,
  file: string,
  source: ParsedYaml,
  schemaKeys: readonly string[] = [],
  lineOffset = 0,
): Problem[] {
  // A refused character explains every other complaint about the same value (it is why an email or
  // an id does not match its pattern), so it is reported alone.
  const suspect = new Set(error.issues.filter((i) => i.code === 'custom' && i.params?.suspect).map((i) => i.path.join('\u0000')));
  const issues = error.issues.filter((i) => !suspect.has(i.path.join('\u0000')) || (i.code === 'custom' && i.params?.suspect));
  return issues.map((issue) => {
    const fieldPath = issue.path.map(String);
    const field = fieldPath.join('.') || '(top level)';
    let message = `${field} ${issue.message}`;
    let hint: string | undefined;
    let at = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      at = [...at, keys[0] ?? ''];
      message = `${fieldPath.length ? `${field}: ` : ''}unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => quote(k)).join(', ')}`;
      hint = (fieldPath.length === 0 && keys[0] ? didYouMean(keys[0], schemaKeys) : undefined) ?? 'remove it, or check the spelling against the fields in README.md';
    } else if (issue.code === 'invalid_type' && readAt(source, issue.path as (string | number)[]) === undefined) {
      message = `${field} is required`;
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      const values = (issue.values as unknown[]).map(String);
      const got = readAt(source, issue.path as (string | number)[]);
      message = `${field} ${got === undefined ? 'is required' : `${quote(got)} is not one of ${values.map((v) => `"${v}"`).join(', ')}`}`;
      hint = typeof got === 'string' ? didYouMean(got, values) : undefined;
    } else if (issue.code === 'custom' && typeof issue.params?.hint === 'string') {
      hint = issue.params.hint;
    }
    const pos = source.locate(at, { key: issue.code === 'unrecognized_keys' });
    return {
      file,
      line: pos.line + lineOffset,
      column: pos.column,
      pointer: '/' + fieldPath.join('/'),
      rule: `entry/schema`,
      severity: 'error' as const,
      message,
      ...(hint ? { hint } : {}),
    };
  });
}

function readAt(source: ParsedYaml, at: readonly (string | number)[]): unknown {
  let v: unknown = source.data;
  for (const k of at) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

function yamlProblems(file: string, parsed: ParsedYaml, lineOffset = 0): Problem[] {
  return parsed.errors.map((e) => ({
    file,
    line: e.line + lineOffset,
    column: e.column,
    rule: 'entry/yaml',
    severity: 'error' as const,
    message: `YAML syntax error: ${e.message}`,
    hint: e.hint,
  }));
}

/** Reads a YAML file of the catalogue through the guarded reader, adding its problems; undefined when it cannot be used. */
function readYaml(file: string, root: string, kind: FileKind, problems: Problem[]): ParsedYaml | undefined {
  const read = readGuarded(file, { root, kind });
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  const source = parseYaml(read.text);
  if (source.errors.length) {
    problems.push(...yamlProblems(displayPath(file), source));
    return undefined;
  }
  return source;
}

/** A folder's files and sub-folders, with every refused name or type (links, pipes, bad names) added to `problems`. */
function listing(dir: string, root: string, problems: Problem[]): FolderItem[] {
  const listed = listFolder(dir, { root });
  if (!listed.ok) {
    if (listed.reason !== 'missing') problems.push(listed.problem);
    return [];
  }
  problems.push(...listed.refused.map((r) => r.problem));
  return listed.items;
}

function loadOrganisations(root: string, problems: Problem[]): LoadedOrganisation[] {
  const out: LoadedOrganisation[] = [];
  for (const item of listing(path.join(root, 'organisations'), root, problems)) {
    const { name } = item;
    const file = displayPath(item.path);
    if (item.type !== 'file' || !/\.ya?ml$/.test(name)) {
      problems.push({ file, rule: 'entry/unexpected-file', severity: 'error', message: `only .yaml files belong in catalogue/organisations${item.type === 'folder' ? ', not folders' : ''}`, hint: 'rename it to <govuk-slug>.yaml or move it elsewhere' });
      continue;
    }
    const source = readYaml(item.path, root, 'organisation', problems);
    if (!source) continue;
    const result = organisation.safeParse(source.data);
    if (!result.success) {
      problems.push(...zodProblems(result.error, file, source, Object.keys(organisation.shape)));
      continue;
    }
    const slugFromName = name.replace(/\.ya?ml$/, '');
    if (result.data.slug !== slugFromName) {
      const pos = source.locate(['slug']);
      problems.push({ file, ...pos, pointer: '/slug', rule: 'entry/slug-mismatch', severity: 'error', message: `slug "${result.data.slug}" does not match the file name ${quote(name)}`, hint: `rename the file to ${result.data.slug}.yaml or set slug: ${slugFromName}` });
    }
    out.push({ organisation: result.data, file, source });
  }
  return out;
}

/** Whether a top-level file of the catalogue is there at all (a link or folder in its place is, and reading it says what is wrong). */
const present = (file: string): boolean => lstatSync(file, { throwIfNoEntry: false }) !== undefined;

function loadTopics(root: string, problems: Problem[]): Topic[] {
  const file = path.join(root, 'topics.yaml');
  if (!present(file)) {
    problems.push({ file: displayPath(file), rule: 'entry/missing-file', severity: 'error', message: 'topics.yaml is missing', hint: 'create catalogue/topics.yaml with a `topics:` list' });
    return [];
  }
  const source = readYaml(file, root, 'topics', problems);
  if (!source) return [];
  const result = topicsFile.safeParse(source.data);
  if (!result.success) {
    problems.push(...zodProblems(result.error, displayPath(file), source));
    return [];
  }
  return result.data.topics;
}

/** Stands in for a config.yaml that is missing or wrong, which is always reported as a problem. */
const FALLBACK_CONFIG: CatalogueConfig = { conformance: { minimumLevel: 'baseline' }, reviewAfterDays: 365, repository: { url: '', defaultBranch: 'main' }, maintainers: { githubTeam: DEFAULT_MAINTAINERS_TEAM } };

function loadConfig(root: string, problems: Problem[]): CatalogueConfig {
  const file = path.join(root, 'config.yaml');
  const fallback = FALLBACK_CONFIG;
  if (!present(file)) {
    problems.push({ file: displayPath(file), rule: 'entry/missing-file', severity: 'error', message: 'config.yaml is missing', hint: 'create it with `conformance: { minimumLevel: baseline }` and `repository: { url: https://github.com/<owner>/<repo>, defaultBranch: main }`' });
    return fallback;
  }
  const source = readYaml(file, root, 'config', problems);
  if (!source) return fallback;
  const result = catalogueConfig.safeParse(source.data ?? {});
  if (!result.success) {
    problems.push(...zodProblems(result.error, displayPath(file), source));
    return fallback;
  }
  return result.data;
}

function loadEntries(root: string, problems: Problem[], broken: string[]): LoadedEntry[] {
  const out: LoadedEntry[] = [];
  const entryKeys = Object.keys(entry.shape);
  const entriesDir = path.join(root, 'entries');
  const refused: Problem[] = [];
  const folders = listing(entriesDir, root, refused);
  problems.push(...refused);
  // An entry folder that is refused (a link, a bad name) is still an entry others may name.
  for (const p of refused) {
    const folder = path.relative(entriesDir, path.resolve(p.file)).split(path.sep)[0];
    if (folder && !folder.startsWith('..')) broken.push(folder);
  }
  for (const item of folders) {
    const folder = item.name;
    const entryDir = item.path;
    if (item.type !== 'folder') {
      problems.push({ file: displayPath(entryDir), rule: 'entry/unexpected-file', severity: 'error', message: 'catalogue/entries holds one folder per entry, not files', hint: `move it into a folder such as catalogue/entries/${folder.replace(/\..*$/, '')}/` });
      continue;
    }
    const candidates = entryFilesIn(entryDir);
    if (candidates.length === 0) {
      problems.push({ file: displayPath(entryDir), rule: 'entry/missing-file', severity: 'error', message: `folder has no ${ENTRY_FILES.join(', ')}`, hint: 'add entry.yaml with the entry metadata, or create the entry with `npm run new-entry`' });
      broken.push(folder);
      continue;
    }
    if (candidates.length > 1) {
      problems.push({ file: displayPath(entryDir), rule: 'entry/duplicate-id', severity: 'error', message: `folder has both ${candidates.join(' and ')}, so the entry ${quote(folder)} is defined twice`, hint: 'keep one metadata file per entry' });
      broken.push(folder);
      continue;
    }
    const abs = path.join(entryDir, candidates[0] as string);
    const file = displayPath(abs);
    const read = readEntryFile(abs, entryDir);
    if ('rule' in read) {
      problems.push(read);
      broken.push(folder);
      continue;
    }
    const source = parseYaml(read.yaml);
    if (source.errors.length) {
      problems.push(...yamlProblems(file, source, read.lineOffset));
      broken.push(folder);
      continue;
    }
    const result = entry.safeParse(source.data);
    if (!result.success) {
      problems.push(...zodProblems(result.error, file, source, entryKeys, read.lineOffset));
      broken.push(folder);
      continue;
    }
    if (read.guide !== undefined) {
      const guideProblems = checkGuide(file, read.guide, read.guideLine ?? 1);
      if (guideProblems.length) {
        problems.push(...guideProblems);
        broken.push(folder);
        continue;
      }
    }
    if (result.data.id !== folder) {
      const pos = source.locate(['id']);
      problems.push({ file, line: pos.line + read.lineOffset, column: pos.column, pointer: '/id', rule: 'entry/id-mismatch', severity: 'error', message: `id "${result.data.id}" does not match its folder name ${quote(folder)}`, hint: `ids are stable: rename the folder to catalogue/entries/${result.data.id}/ or set id: ${folder}` });
    }
    out.push({
      entry: result.data,
      file,
      dir: entryDir,
      source,
      lineOffset: read.lineOffset,
      ...(read.guide ? { guide: read.guide, guideLine: read.guideLine ?? 1 } : {}),
    });
  }
  return out;
}

/** Loads and checks the whole catalogue. Problems are returned, never thrown. */
export function loadCatalogue(root: string): LoadResult {
  const problems: Problem[] = [];
  const absRoot = path.resolve(root);
  const refused = checkRoot(absRoot);
  if (refused) {
    return {
      catalogue: { root: absRoot, config: FALLBACK_CONFIG, organisations: [], topics: [], entries: [], brokenEntryIds: [] },
      problems: [refused.reason === 'missing' ? { ...refused.problem, rule: 'entry/missing-file' } : refused.problem],
    };
  }
  const brokenEntryIds: string[] = [];
  const catalogue: Catalogue = {
    root: absRoot,
    config: loadConfig(absRoot, problems),
    organisations: loadOrganisations(absRoot, problems),
    topics: loadTopics(absRoot, problems),
    entries: loadEntries(absRoot, problems, brokenEntryIds),
    brokenEntryIds,
  };
  problems.push(...crossCheck(catalogue));
  return { catalogue, problems: sortProblems(problems) };
}
