/**
 * The guarded reader on real files, links, named pipes and devices: what it refuses, with which
 * one-line problem, and that it never opens what it refuses.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile, checkRoot, listFolder, readGuarded } from '../../src/files/guarded.ts';
import { FILE_LIMITS } from '../../src/files/limits.ts';
import { decodeUtf8 } from '../../src/files/utf8.ts';
import { formatProblemLine } from '../../src/problems/problem.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'guarded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = path.join(dir, 'root');
mkdirSync(path.join(root, 'entry', 'nested'), { recursive: true });
const at = (...parts: string[]) => path.join(root, ...parts);
writeFileSync(at('entry', 'ok.yaml'), 'name: ok\n');
writeFileSync(path.join(dir, 'outside.yaml'), 'secret: 1\n');
symlinkSync(path.join(dir, 'outside.yaml'), at('entry', 'link.yaml'));
symlinkSync('/etc/passwd', at('entry', 'passwd.yaml'));
symlinkSync('/dev/zero', at('entry', 'zero.yaml'));
symlinkSync(dir, at('linked-folder'));
execFileSync('mkfifo', [at('entry', 'fifo.yaml')]);
mkdirSync(at('entry', 'folder.yaml'));

/** The problem line with the temporary folder taken out. */
const line = (r: { ok: boolean; problem?: Parameters<typeof formatProblemLine>[0] }): string => (r.ok ? 'ok' : formatProblemLine(r.problem!).split(`${root}/`).join(''));
const read = (file: string, kind: Parameters<typeof readGuarded>[1]['kind'] = 'entry') => readGuarded(at(...file.split('/')), { root, kind });

describe('readGuarded', () => {
  it('reads a regular file inside the root as text', () => {
    expect(read('entry/ok.yaml')).toMatchObject({ ok: true, text: 'name: ok\n' });
  });

  it('refuses symbolic links, naming the link and where it points, without following them', () => {
    expect(line(read('entry/link.yaml'))).toBe(`entry/link.yaml: is a symbolic link to "${dir}/outside.yaml": the catalogue reads only regular files and folders, and never follows links (commit the file or folder itself instead of a link)`);
    expect(line(read('entry/passwd.yaml'))).toBe('entry/passwd.yaml: is a symbolic link to "/etc/passwd": the catalogue reads only regular files and folders, and never follows links (commit the file or folder itself instead of a link)');
    expect(line(read('entry/zero.yaml'))).toMatch(/^entry\/zero\.yaml: is a symbolic link to "\/dev\/zero": /);
    expect(line(read('linked-folder/outside.yaml'))).toMatch(/^linked-folder: is a symbolic link to ".*": /);
  });

  it('refuses named pipes and folders where a file should be, without opening them', () => {
    expect(line(read('entry/fifo.yaml'))).toBe('entry/fifo.yaml: is a named pipe (FIFO), not a regular file (commit a regular file)');
    expect(line(read('entry/folder.yaml'))).toBe('entry/folder.yaml: is a folder, where a file was expected (replace the folder with the file itself)');
    expect(line(read('entry/ok.yaml/inner.yaml'))).toBe('entry/ok.yaml: is a file, where a folder was expected (check the path)');
  });

  it('refuses what is outside the root and says what is missing', () => {
    expect(readGuarded(path.join(dir, 'outside.yaml'), { root, kind: 'entry' })).toMatchObject({ ok: false, reason: 'outside' });
    expect(line(read('entry/nope.yaml'))).toBe('entry/nope.yaml: does not exist (check the name and the folder)');
  });

  it('never reads a file over the limit of its kind, and names the size and the limit', () => {
    writeFileSync(at('entry', 'big.yaml'), 'x'.repeat(FILE_LIMITS.organisation.bytes + 1));
    expect(line(readGuarded(at('entry', 'big.yaml'), { root, kind: 'organisation' }))).toBe('entry/big.yaml: is 17 KB, over the 16 KB limit for an organisation file (an organisation file holds its slug, name, abbreviation, website and GitHub team only)');
    expect(readGuarded(at('entry', 'big.yaml'), { root, kind: 'entry' }).ok).toBe(true);
  });

  it('reads strict UTF-8: Latin-1 and UTF-16 are problems at the first bad byte', () => {
    writeFileSync(at('entry', 'latin1.yaml'), Buffer.concat([Buffer.from('name: ok\nsummary: caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    expect(line(read('entry/latin1.yaml'))).toBe('entry/latin1.yaml:2:13: is not UTF-8: byte 0xE9 here cannot be read as UTF-8 text (save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252): the catalogue reads no other encoding)');
    writeFileSync(at('entry', 'utf16.yaml'), Buffer.from('\ufeffname: ok\n', 'utf16le'));
    expect(line(read('entry/utf16.yaml'))).toBe('entry/utf16.yaml:1:1: is UTF-16, not UTF-8 (save the file as UTF-8: the catalogue reads no other encoding)');
    writeFileSync(at('entry', 'bom.yaml'), '\ufeffname: ok\n');
    expect(read('entry/bom.yaml')).toMatchObject({ ok: true, text: 'name: ok\n' });
  });

  it('checkFile applies the same checks without reading', () => {
    expect(checkFile(at('entry', 'ok.yaml'), { root, kind: 'openapi' })).toMatchObject({ ok: true, size: 9 });
    expect(checkFile(at('entry', 'fifo.yaml'), { root, kind: 'openapi' })).toMatchObject({ ok: false, reason: 'not-a-file' });
  });
});

describe('listFolder', () => {
  it('lists files and folders, and refuses links, pipes and names that are not UTF-8 or hold control characters', () => {
    const folder = path.join(dir, 'names');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'plain.yaml'), '');
    mkdirSync(path.join(folder, 'sub'));
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/caf`), Buffer.from([0xe9])]), '');
    writeFileSync(path.join(folder, 'new\nline'), '');
    symlinkSync('/etc/passwd', path.join(folder, 'link'));
    const listed = listFolder(folder, { root: dir });
    if (!listed.ok) throw new Error(listed.problem.message);
    expect(listed.items.map((i) => `${i.name} ${i.type}`)).toEqual(['plain.yaml file', 'sub folder']);
    expect(listed.refused.map((r) => formatProblemLine(r.problem).split(`${folder}/`).join('')).sort()).toEqual([
      'caf\\xE9: has a name that is not UTF-8 (rename it using letters, digits, hyphens and dots)',
      'link: is a symbolic link to "/etc/passwd": the catalogue reads only regular files and folders, and never follows links (commit the file or folder itself instead of a link)',
      'new<U+000A>line: has U+000A LINE FEED in its name (rename it using letters, digits, hyphens and dots)',
    ]);
  });
});

describe('checkRoot', () => {
  it('refuses a catalogue folder that is a link', () => {
    expect(checkRoot(at('linked-folder'))).toMatchObject({ reason: 'symlink' });
    expect(checkRoot(root)).toBeUndefined();
  });
});

describe('decodeUtf8', () => {
  it('finds the first byte that is not UTF-8, counting columns in characters', () => {
    expect(decodeUtf8(Buffer.from('a\nbé\u{1F600}x'))).toEqual({ text: 'a\nbé\u{1F600}x' });
    expect(decodeUtf8(Buffer.concat([Buffer.from('a\nbé'), Buffer.from([0xc3, 0x28])]))).toMatchObject({ error: { line: 2, column: 3, byte: '0xC3' } });
    expect(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toMatchObject({ error: { line: 1, column: 1, byte: '0xED' } }); // an encoded surrogate
    expect(decodeUtf8(Buffer.from([0xc0, 0xaf]))).toMatchObject({ error: { byte: '0xC0' } }); // an overlong "/"
  });
});
