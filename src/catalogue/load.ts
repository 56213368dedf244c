/**
 * Reads the catalogue folder (organisations, topics, entries, config) into typed values, collecting
 * every problem with its file, field, line and column. Nothing is dropped: an entry with a problem
 * is reported, and the caller decides to stop.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { displayPath, sortProblems, type Problem } from '../problems/problem.ts';
import { parseYaml, type ParsedYaml } from '../yaml/parse.ts';
import { catalogueConfig, DEFAULT_MAINTAINERS_TEAM, type CatalogueConfig } from './config.ts';
import { ENTRY_FILES, entryFilesIn, readEntryFile } from './entry-files.ts';
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
  return error.issues.map((issue) => {
    const fieldPath = issue.path.map(String);
    const field = fieldPath.join('.') || '(top level)';
    let message = `${field} ${issue.message}`;
    let hint: string | undefined;
    let at = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      at = [...at, keys[0] ?? ''];
      message = `${fieldPath.length ? `${field}: ` : ''}unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`;
      hint = (fieldPath.length === 0 && keys[0] ? didYouMean(keys[0], schemaKeys) : undefined) ?? 'remove it, or check the spelling against the fields in README.md';
    } else if (issue.code === 'invalid_type' && readAt(source, issue.path as (string | number)[]) === undefined) {
      message = `${field} is required`;
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      const values = (issue.values as unknown[]).map(String);
      const got = readAt(source, issue.path as (string | number)[]);
      message = `${field} ${got === undefined ? 'is required' : `"${String(got)}" is not one of ${values.map((v) => `"${v}"`).join(', ')}`}`;
      hint = typeof got === 'string' ? didYouMean(got, values) : undefined;
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

function loadOrganisations(dir: string, problems: Problem[]): LoadedOrganisation[] {
  if (!existsSync(dir)) return [];
  const out: LoadedOrganisation[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    const file = displayPath(abs);
    if (!/\.ya?ml$/.test(name)) {
      problems.push({ file, rule: 'entry/unexpected-file', severity: 'error', message: 'only .yaml files belong in catalogue/organisations', hint: 'rename it to <govuk-slug>.yaml or move it elsewhere' });
      continue;
    }
    const source = parseYaml(readFileSync(abs, 'utf8'));
    if (source.errors.length) {
      problems.push(...yamlProblems(file, source));
      continue;
    }
    const result = organisation.safeParse(source.data);
    if (!result.success) {
      problems.push(...zodProblems(result.error, file, source, Object.keys(organisation.shape)));
      continue;
    }
    const slugFromName = name.replace(/\.ya?ml$/, '');
    if (result.data.slug !== slugFromName) {
      const pos = source.locate(['slug']);
      problems.push({ file, ...pos, pointer: '/slug', rule: 'entry/slug-mismatch', severity: 'error', message: `slug "${result.data.slug}" does not match the file name "${name}"`, hint: `rename the file to ${result.data.slug}.yaml or set slug: ${slugFromName}` });
    }
    out.push({ organisation: result.data, file, source });
  }
  return out;
}

function loadTopics(file: string, problems: Problem[]): Topic[] {
  if (!existsSync(file)) {
    problems.push({ file: displayPath(file), rule: 'entry/missing-file', severity: 'error', message: 'topics.yaml is missing', hint: 'create catalogue/topics.yaml with a `topics:` list' });
    return [];
  }
  const source = parseYaml(readFileSync(file, 'utf8'));
  if (source.errors.length) {
    problems.push(...yamlProblems(displayPath(file), source));
    return [];
  }
  const result = topicsFile.safeParse(source.data);
  if (!result.success) {
    problems.push(...zodProblems(result.error, displayPath(file), source));
    return [];
  }
  return result.data.topics;
}

/** Stands in for a config.yaml that is missing or wrong, which is always reported as a problem. */
const FALLBACK_CONFIG: CatalogueConfig = { conformance: { minimumLevel: 'baseline' }, reviewAfterDays: 365, repository: { url: '', defaultBranch: 'main' }, maintainers: { githubTeam: DEFAULT_MAINTAINERS_TEAM } };

function loadConfig(file: string, problems: Problem[]): CatalogueConfig {
  const fallback = FALLBACK_CONFIG;
  if (!existsSync(file)) {
    problems.push({ file: displayPath(file), rule: 'entry/missing-file', severity: 'error', message: 'config.yaml is missing', hint: 'create it with `conformance: { minimumLevel: baseline }` and `repository: { url: https://github.com/<owner>/<repo>, defaultBranch: main }`' });
    return fallback;
  }
  const source = parseYaml(readFileSync(file, 'utf8'));
  if (source.errors.length) {
    problems.push(...yamlProblems(displayPath(file), source));
    return fallback;
  }
  const result = catalogueConfig.safeParse(source.data ?? {});
  if (!result.success) {
    problems.push(...zodProblems(result.error, displayPath(file), source));
    return fallback;
  }
  return result.data;
}

function loadEntries(dir: string, problems: Problem[], broken: string[]): LoadedEntry[] {
  if (!existsSync(dir)) return [];
  const out: LoadedEntry[] = [];
  const entryKeys = Object.keys(entry.shape);
  for (const folder of readdirSync(dir).sort()) {
    const entryDir = path.join(dir, folder);
    if (!statSync(entryDir).isDirectory()) {
      problems.push({ file: displayPath(entryDir), rule: 'entry/unexpected-file', severity: 'error', message: 'catalogue/entries holds one folder per entry, not files', hint: `move it into a folder such as catalogue/entries/${folder.replace(/\..*$/, '')}/` });
      continue;
    }
    const candidates = entryFilesIn(entryDir);
    if (candidates.length === 0) {
      problems.push({ file: displayPath(entryDir), rule: 'entry/missing-file', severity: 'error', message: `folder has no ${ENTRY_FILES.join(', ')}`, hint: 'add entry.yaml with the entry metadata, or create the entry with `npm run new-entry`' });
      continue;
    }
    if (candidates.length > 1) {
      problems.push({ file: displayPath(entryDir), rule: 'entry/duplicate-id', severity: 'error', message: `folder has both ${candidates.join(' and ')}, so the entry "${folder}" is defined twice`, hint: 'keep one metadata file per entry' });
      continue;
    }
    const abs = path.join(entryDir, candidates[0] as string);
    const file = displayPath(abs);
    const read = readEntryFile(abs);
    if ('rule' in read) {
      problems.push(read);
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
    if (result.data.id !== folder) {
      const pos = source.locate(['id']);
      problems.push({ file, line: pos.line + read.lineOffset, column: pos.column, pointer: '/id', rule: 'entry/id-mismatch', severity: 'error', message: `id "${result.data.id}" does not match its folder name "${folder}"`, hint: `ids are stable: rename the folder to catalogue/entries/${result.data.id}/ or set id: ${folder}` });
    }
    out.push({ entry: result.data, file, dir: entryDir, source, lineOffset: read.lineOffset, ...(read.guide ? { guide: read.guide } : {}) });
  }
  return out;
}

/** Loads and checks the whole catalogue. Problems are returned, never thrown. */
export function loadCatalogue(root: string): LoadResult {
  const problems: Problem[] = [];
  const absRoot = path.resolve(root);
  if (!existsSync(absRoot)) {
    return {
      catalogue: { root: absRoot, config: FALLBACK_CONFIG, organisations: [], topics: [], entries: [], brokenEntryIds: [] },
      problems: [{ file: displayPath(absRoot), rule: 'entry/missing-file', severity: 'error', message: 'catalogue folder does not exist', hint: 'run the command from the repository root' }],
    };
  }
  const brokenEntryIds: string[] = [];
  const catalogue: Catalogue = {
    root: absRoot,
    config: loadConfig(path.join(absRoot, 'config.yaml'), problems),
    organisations: loadOrganisations(path.join(absRoot, 'organisations'), problems),
    topics: loadTopics(path.join(absRoot, 'topics.yaml'), problems),
    entries: loadEntries(path.join(absRoot, 'entries'), problems, brokenEntryIds),
    brokenEntryIds,
  };
  problems.push(...crossCheck(catalogue));
  return { catalogue, problems: sortProblems(problems) };
}
