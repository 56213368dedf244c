/**
 * The hostile-entries suite: what a pull request can put in the catalogue, each case failing the one
 * check path (which the build, `npm run validate`, the scaffolder and the pull-request report share)
 * with exactly one located, one-line problem, and no stack trace. One catalogue holds every case
 * that does not interfere with the others (each in its own entry folder); the cases that replace a
 * whole part of the catalogue (the root, entries/, config.yaml …) each get their own.
 *
 * The real builds (the previous dist/ survives, no file outside the repository is opened, no
 * connection leaves the machine) are in test/pipeline/boundary.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, cpSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { checkCatalogue, type CatalogueCheck } from '../../src/checks/index.ts';
import { formatProblemLine } from '../../src/problems/problem.ts';
import { poisonedEntries, POISON, writeHostileCatalogue, type HostileCatalogue } from './hostile-catalogue.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hostile-entries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let hostile: HostileCatalogue;
let check: CatalogueCheck;
let lines: string[];

/** A problem line with the temporary folders written as `<outside>/` and `catalogue/`. */
const shown = (line: string): string => line.split(`${hostile.outside}/`).join('<outside>/').split(`${dir}/`).join('');

beforeAll(async () => {
  hostile = writeHostileCatalogue(dir, path.join(dir, 'outside'));
  check = await checkCatalogue({ catalogueDir: hostile.catalogue, today: '2026-11-30', assess: { cache: false } });
  lines = check.problems.map((p) => shown(formatProblemLine(p)));
}, 120_000);

/** Every problem line about one entry folder (or organisation file). */
const about = (folder: string): string[] => lines.filter((l) => l.startsWith(`catalogue/${folder}/`) || l.startsWith(`catalogue/${folder}:`));

const LINK = 'the catalogue reads only regular files and folders, and never follows links (commit the file or folder itself instead of a link)';
const ONE_LINE = 'delete it (retyping the text removes it): this field takes visible characters on one line only';
const PROSE = 'delete it (retyping the text removes it): text may hold line breaks and tabs, but no other control, bidirectional or invisible characters';
const NOT_UTF8 = 'save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252): the catalogue reads no other encoding';

describe('symbolic links of every kind are refused, naming the link and where it points', () => {
  it.each([
    ['entries/link-entry-folder', `catalogue/entries/link-entry-folder: is a symbolic link to "<outside>/entry-folder": ${LINK}`],
    ['entries/link-entry-file', `catalogue/entries/link-entry-file/entry.yaml: is a symbolic link to "<outside>/secret-entry.yaml": ${LINK}`],
    ['entries/link-passwd', `catalogue/entries/link-passwd/entry.yaml: is a symbolic link to "/etc/passwd": ${LINK}`],
    ['entries/link-dev-zero', `catalogue/entries/link-dev-zero/entry.yaml: is a symbolic link to "/dev/zero": ${LINK}`],
    ['entries/link-pipe', `catalogue/entries/link-pipe/entry.yaml: is a symbolic link to "<outside>/pipe": ${LINK}`],
    ['entries/link-spec', `catalogue/entries/link-spec/openapi.yaml: is a symbolic link to "<outside>/secret-openapi.yaml": ${LINK}`],
    ['entries/link-spec-folder', `catalogue/entries/link-spec-folder/v1: is a symbolic link to "<outside>/spec-folder": ${LINK}`],
    ['organisations/link-organisation.yaml', `catalogue/organisations/link-organisation.yaml: is a symbolic link to "<outside>/organisation.yaml": ${LINK}`],
  ])('%s', (folder, line) => {
    expect(about(folder)).toEqual([line]);
  });

  it.each([
    ['entries/ref-link', 'schemas/thing.yaml', '<outside>/secret-schema.yaml'],
    ['entries/ref-dev-zero', 'zero.yaml', '/dev/zero'],
    ['entries/ref-passwd', 'passwd.yaml', '/etc/passwd'],
  ])('a $ref target: %s', (folder, target, to) => {
    expect(about(folder)).toEqual([`catalogue/${folder}/openapi.yaml:15:13: \`${target}\` was not read: it is a symbolic link to "${to}": the catalogue reads only regular files and folders, and never follows links. (point the $ref at a file inside the entry folder, with a fragment that exists)`]);
  });

  it('never publishes, parses or quotes what a link points at', () => {
    const all = lines.join('\n');
    for (const secret of ['outsideSecretField', 'root:', 'Secret API', 'An entry kept outside the repository']) expect(all).not.toContain(secret);
    const ids = check.entries.filter((e) => e.passes).map((e) => e.id);
    expect(ids.filter((id) => id.startsWith('link-') || id.startsWith('ref-'))).toEqual([]);
  });
});

describe('named pipes and folders where files belong', () => {
  it.each([
    ['entries/pipe-entry', 'catalogue/entries/pipe-entry/entry.yaml: is a named pipe (FIFO), not a regular file (commit a regular file)'],
    ['entries/folder-entry', 'catalogue/entries/folder-entry/entry.yaml: is a folder, where a file was expected (replace the folder with the file itself)'],
    ['entries/folder-spec', 'catalogue/entries/folder-spec/openapi.yaml: is a folder, where a file was expected (replace the folder with the file itself)'],
    ['organisations/folder-organisation.yaml', 'catalogue/organisations/folder-organisation.yaml: only .yaml files belong in catalogue/organisations, not folders (rename it to <govuk-slug>.yaml or move it elsewhere)'],
  ])('%s', (folder, line) => {
    expect(about(folder)).toEqual([line]);
  });

  it('a named pipe as a $ref target', () => {
    expect(about('entries/ref-pipe')).toEqual(['catalogue/entries/ref-pipe/openapi.yaml:15:13: `pipe.yaml` was not read: it is a named pipe (FIFO), not a regular file. (point the $ref at a file inside the entry folder, with a fragment that exists)']);
  });
});

describe('files over their limits, and fields over theirs', () => {
  it.each([
    ['entries/big-entry', "catalogue/entries/big-entry/entry.yaml: is 161 KB, over the 128 KB limit for an entry's metadata file (keep each field within the lengths the schema gives; put a long guide in entry.mdx)"],
    ['entries/big-spec', 'catalogue/entries/big-spec/openapi.yaml: is 11 MB, over the 10 MB limit for an OpenAPI document (split the document into smaller files joined with relative $refs, or remove generated bulk such as large embedded examples)'],
    ['entries/long-description', 'catalogue/entries/long-description/entry.yaml:4:14: description must be at most 5000 characters: keep the detail for the documentation it links to'],
  ])('%s', (folder, line) => {
    expect(about(folder)).toEqual([line]);
  });
});

describe('bytes that are not UTF-8, and names that deceive', () => {
  it.each([
    ['entries/latin1-entry', `catalogue/entries/latin1-entry/entry.yaml:18:1: is not UTF-8: byte 0xE9 here cannot be read as UTF-8 text (${NOT_UTF8})`],
    ['entries/latin1-spec', `catalogue/entries/latin1-spec/openapi.yaml:12:1: is not UTF-8: byte 0xE9 here cannot be read as UTF-8 text (${NOT_UTF8})`],
    ['entries/caf\\xE9', 'catalogue/entries/caf\\xE9: has a name that is not UTF-8 (rename it using letters, digits, hyphens and dots)'],
    ['entries/escape<U+001B>[31mred', 'catalogue/entries/escape<U+001B>[31mred: has U+001B ESCAPE in its name (rename it using letters, digits, hyphens and dots)'],
  ])('%s', (folder, line) => {
    expect(about(folder)).toEqual([line]);
  });

  it('gives a folder whose name cannot be shown a verdict that cannot forge a line either', () => {
    const verdict = check.entries.find((e) => e.id.startsWith('escape'));
    expect(verdict?.passes).toBe(false);
  });
});

describe('control and escape characters in every printed field', () => {
  const expected: Record<string, string> = {
    name: `2:7: name has U+001B ESCAPE at character 11, a control character (${ONE_LINE})`,
    'alternativeNames.0': `19:5: alternativeNames.0 has U+001B ESCAPE at character 7, a control character (${ONE_LINE})`,
    summary: `3:10: summary has U+202E RIGHT-TO-LEFT OVERRIDE at character 12, a bidirectional control, which changes the order text is shown in (${ONE_LINE})`,
    description: `4:14: description has U+0000 NULL at character 17, a control character (${PROSE})`,
    'access.howToGetAccess': `14:19: access.howToGetAccess has U+001B ESCAPE at character 7, a control character (${PROSE})`,
    'contact.name': `16:9: contact.name has U+200B ZERO WIDTH SPACE at character 9, an invisible character (${ONE_LINE})`,
    'keywords.0': `19:5: keywords.0 has U+000A LINE FEED at character 4, a control character (${ONE_LINE})`,
    version: `18:10: version has U+2066 LEFT-TO-RIGHT ISOLATE at character 4, a bidirectional control, which changes the order text is shown in (${ONE_LINE})`,
    licence: `19:9: licence.name has U+0085 NEXT LINE at character 29, a control character (${ONE_LINE})`,
    'usedByServices.0.name': `19:11: usedByServices.0.name has U+FEFF ZERO WIDTH NO-BREAK SPACE at character 1, an invisible character (${ONE_LINE})`,
    register: `21:14: register.custodian has U+2028 LINE SEPARATOR at character 5, an invisible character (${ONE_LINE})`,
  };
  it.each(poisonedEntries().map(([id, field]) => [field, id]))('%s', (field, id) => {
    expect(about(`entries/${id}`)).toEqual([`catalogue/entries/${id}/entry.yaml:${expected[field]}`]);
  });

  it('a character in the guide of an entry.mdx, at its line and column', () => {
    expect(about('entries/guide-bidi')).toEqual([`catalogue/entries/guide-bidi/entry.mdx:23:14: the guide has U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control, which changes the order text is shown in (${PROSE})`]);
  });

  it('prints no escape sequence, and no line a log would take for an annotation', () => {
    const text = check.problems.map(formatProblemLine).join('\n');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
    expect(text.split('\n')).toHaveLength(check.problems.length);
    expect(text).not.toMatch(/^::/m);
    expect(text).not.toContain(POISON);
  });
});

describe('credentials, deep nesting and documents that break the converter', () => {
  it('refuses credentials in a URL without repeating them', () => {
    expect(about('entries/credentials')).toEqual([
      'catalogue/entries/credentials/entry.yaml:11:19: documentationUrl must not contain a user name or password (the part before "@") (remove them from the URL, and change the password if it was real: credentials never belong in a published address)',
    ]);
    expect(lines.join('\n')).not.toContain('hunter2');
  });

  it('names deep nesting as deep nesting', () => {
    expect(about('entries/deep-entry')).toEqual([
      'catalogue/entries/deep-entry/entry.yaml:18:136: YAML syntax error: The document is nested more than 128 levels deep here. (flatten the structure, for example by moving nested schemas to components and using $ref: no more than 128 levels of nesting are accepted)',
    ]);
  });

  it('fails a Swagger 2.0 document whose `consumes` would break the converter, in the check, at its place', () => {
    expect(about('entries/swagger-consumes')).toEqual([
      'catalogue/entries/swagger-consumes/openapi.yaml:18:17: `consumes` must be a list of media types, such as [application/json], not the text "application/json": the Swagger 2.0 document cannot be converted for its API reference (write it as a list, such as `consumes: [application/json]`, or leave it out to use the document\'s own)',
    ]);
  });
});

describe('the catalogue still checks the entries around the hostile ones', () => {
  it('passes the minimal entries, and fails every hostile one', () => {
    const passing = check.entries.filter((e) => e.passes).map((e) => e.id);
    expect(passing).toEqual(['old-vat-api', 'vat-api', 'vat-component']);
  });
});

describe('hostile parts of the catalogue itself', () => {
  /** The minimal catalogue with one part replaced; its problem lines. */
  function replaced(name: string, change: (catalogue: string, outside: string) => void): string[] {
    const base = mkdtempSync(path.join(dir, `${name}-`));
    const catalogue = path.join(base, 'catalogue');
    const outside = path.join(base, 'outside');
    mkdirSync(outside);
    cpSync('test/fixtures/catalogue-minimal', catalogue, { recursive: true });
    change(catalogue, outside);
    return loadCatalogue(catalogue).problems.map((p) => formatProblemLine(p).split(`${outside}/`).join('<outside>/').split(`${base}/`).join(''));
  }

  it('a catalogue folder that is a link', () => {
    expect(
      replaced('root', (catalogue, outside) => {
        renameSync(catalogue, path.join(outside, 'real'));
        symlinkSync(path.join(outside, 'real'), catalogue);
      }),
    ).toEqual([`catalogue: is a symbolic link to "<outside>/real": ${LINK}`]);
  });

  it('entries/ and organisations/ that are links', () => {
    const lines = replaced('folders', (catalogue, outside) => {
      for (const part of ['entries', 'organisations']) {
        renameSync(path.join(catalogue, part), path.join(outside, part));
        symlinkSync(path.join(outside, part), path.join(catalogue, part));
      }
    });
    expect(lines).toContain(`catalogue/entries: is a symbolic link to "<outside>/entries": ${LINK}`);
    expect(lines).toContain(`catalogue/organisations: is a symbolic link to "<outside>/organisations": ${LINK}`);
  });

  it('config.yaml as a link to /etc/passwd, topics.yaml as a named pipe', () => {
    const lines = replaced('files', (catalogue) => {
      rmSync(path.join(catalogue, 'config.yaml'));
      symlinkSync('/etc/passwd', path.join(catalogue, 'config.yaml'));
      rmSync(path.join(catalogue, 'topics.yaml'));
      execFileSync('mkfifo', [path.join(catalogue, 'topics.yaml')]);
    });
    expect(lines).toContain(`catalogue/config.yaml: is a symbolic link to "/etc/passwd": ${LINK}`);
    expect(lines).toContain('catalogue/topics.yaml: is a named pipe (FIFO), not a regular file (commit a regular file)');
    expect(lines.join('\n')).not.toContain('root:');
  });

  it('config.yaml as a folder, and an organisation file that is not UTF-8', () => {
    const lines = replaced('folder-config', (catalogue) => {
      rmSync(path.join(catalogue, 'config.yaml'));
      mkdirSync(path.join(catalogue, 'config.yaml'));
      writeFileSync(path.join(catalogue, 'organisations', 'hm-revenue-customs.yaml'), Buffer.from('slug: hm-revenue-customs\nname: Caf\xe9\n', 'latin1'));
    });
    expect(lines).toContain('catalogue/config.yaml: is a folder, where a file was expected (replace the folder with the file itself)');
    expect(lines).toContain(`catalogue/organisations/hm-revenue-customs.yaml:2:10: is not UTF-8: byte 0xE9 here cannot be read as UTF-8 text (${NOT_UTF8})`);
  });
});
