/**
 * Every catalogue file is read through the guarded reader (src/files/guarded.ts). This test lists
 * the modules of src/ that use the file system at all, each with why it may: a new one fails here
 * until someone has checked that it reads no catalogue file directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ALLOWED: Record<string, string> = {
  'src/files/guarded.ts': 'the guarded reader itself',
  'src/catalogue/entry-files.ts': 'lstat only: which entry file names are present (reading them goes through the reader)',
  'src/catalogue/load.ts': 'lstat only: whether config.yaml and topics.yaml are there at all',
  'src/checks/references.ts': "its own cache in .cache/checks, and the project's own sources and package versions for the cache key",
  'src/checks/shared-documents.ts': 'its own cache in .cache/checks',
  'src/checks/targets.ts': 'stat only: which command-line paths are catalogues',
  'src/standards/cache.ts': "its own cache in .cache/lint, and the project's own sources for the ruleset version (catalogue files it checks again go through the reader)",
  'src/standards/cli.ts': 'existence of the paths given on the command line',
  'src/standards/discover.ts': '`validate` on OpenAPI files outside a catalogue: the paths the person running it names (links in folders are skipped)',
  'src/standards/redocly-bundle.ts': 'its bundle of @redocly/openapi-core in .cache/redocly',
  'src/integrations/catalogue.ts': "GOV.UK Frontend's assets in node_modules",
  'src/pipeline/publish.ts': 'renames and removes the built site',
  'src/scaffold/files.ts': 'npm run new-entry writes the files of a new entry',
  'src/scaffold/questions.ts': 'npm run new-entry: whether a new entry folder exists',
  'src/git/snapshot.ts': "writes a commit's catalogue from Git's objects into .cache/git (regular files only, links left out) and lists that cache",
  'src/pr-report/cli.ts': 'writes the report files',
  'src/changelog/cache.ts': "its own cache in .cache/changelog, and the project's own sources for the code version",
  'src/changelog/documents.ts': "writes two versions of an entry folder from Git's objects into .cache/changelog/scratch (regular files and safe paths only) for the spec diff, which reads them through the reader; writes only",
  'src/changelog/read.ts': 'realpath only: where the catalogue folder sits in its repository',
  'src/import/entry-yaml.ts': 'writes the entry files the import and sync change (reading them goes through the reader)',
  'src/import/api-gov-uk/index.ts': 'npm run import:api-gov-uk writes new entries and organisations',
  'src/sync/index.ts': 'npm run sync writes the documents it fetched (the committed copies are read through the reader)',
  'src/sync/state.ts': 'its own ETags in .cache/sync',
  'src/sync/cli.ts': 'the CA file the person running it names with --ca',
  'src/links/cli.ts': 'the CA file the person running it names with --ca',
  'src/links/report-file.ts': 'npm run check-links writes catalogue/link-report.json, and whether it exists (reading it goes through the reader)',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sources(p) : /\.(ts|mjs|js|astro)$/.test(d.name) ? [p] : [];
  });
}

const USES_FS = /from ['"](node:)?fs(\/promises)?['"]|require\(['"](node:)?fs['"]\)|import\(['"](node:)?fs/;

describe('file-system access in src/', () => {
  it('happens only in the modules that are allowed it, each for its stated reason', () => {
    const using = sources('src').filter((f) => USES_FS.test(readFileSync(f, 'utf8')));
    expect(using.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('reads files with read calls only in the guarded reader, the caches and the tools outside the catalogue', () => {
    const READS = /\b(readFileSync|readFile|createReadStream|openSync|readSync|opendirSync|readdirSync)\b/;
    const reading = sources('src').filter((f) => USES_FS.test(readFileSync(f, 'utf8')) && READS.test(readFileSync(f, 'utf8')));
    expect(reading.sort()).toEqual([
      'src/changelog/cache.ts',
      'src/checks/references.ts',
      'src/checks/shared-documents.ts',
      'src/files/guarded.ts',
      'src/git/snapshot.ts',
      'src/integrations/catalogue.ts',
      'src/links/cli.ts',
      'src/standards/cache.ts',
      'src/standards/discover.ts',
      'src/sync/cli.ts',
      'src/sync/state.ts',
    ]);
  });
});
