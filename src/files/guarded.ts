/**
 * The one way the catalogue's files are read. Everything in a pull request is untrusted, its file
 * types and names included, so every read of a catalogue file (config, topics, organisations, entry
 * metadata and guides, OpenAPI documents and the files they `$ref`) goes through here, and:
 *
 * - stays inside a folder already known to be safe (the catalogue root, or an entry's folder): every
 *   part of the path below it is looked at with lstat, and a symbolic link anywhere is refused with a
 *   problem naming the link and where it points; the link is never followed, so its target (a file
 *   outside the repository, /etc/passwd, /dev/zero, a named pipe) is never opened or even looked at;
 * - reads regular files only: a folder, a named pipe, a socket or a device where a file should be is
 *   a problem (named pipes and devices are never opened, so nothing blocks or reads without end);
 * - never reads more than the limit of the file's kind (src/files/limits.ts);
 * - decodes strict UTF-8: a file that is not is a problem at the line and column of its first bad byte;
 * - turns every file-system error (ENOENT, EISDIR, EACCES, ELOOP …) into a located problem.
 *
 * It never throws for anything a pull request can contain. Folder listings (`listFolder`) check
 * names the same way: a name that is not UTF-8 or that holds control or invisible characters is a
 * problem, not a path that cannot be opened later.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, type Stats } from 'node:fs';
import path from 'node:path';
import { displayPath, type Problem } from '../problems/problem.ts';
import { quote } from '../problems/safe-text.ts';
import { firstSuspect } from '../text/characters.ts';
import { FILE_LIMITS, sizeText, type FileKind } from './limits.ts';
import { isInside } from './paths.ts';
import { decodeUtf8, showRawName } from './utf8.ts';

export type Refusal = 'outside' | 'missing' | 'symlink' | 'not-a-file' | 'not-a-folder' | 'too-large' | 'not-utf8' | 'unreadable' | 'name';

export interface Refused {
  ok: false;
  reason: Refusal;
  problem: Problem;
  /** The file's size, when it is refused for being too large. */
  size?: number;
}

export interface ReadOk {
  ok: true;
  /** Absolute path. */
  file: string;
  text: string;
  /** The bytes as read (for content hashes). */
  bytes: Buffer;
}

export interface GuardOptions {
  /**
   * A folder already known to be safe (the catalogue root after `checkRoot`, or an entry's folder
   * from `listFolder`): every part of the path below it is checked; nothing outside it is read.
   */
  root: string;
  /** Paths in problems are relative to this folder when inside it (the working directory by default). */
  cwd?: string;
}

export interface ReadOptions extends GuardOptions {
  /** What kind of file it is: sets the size limit and the words of the messages. */
  kind: FileKind;
}

const RULE: Record<Refusal, string> = {
  outside: 'file/outside',
  missing: 'file/missing',
  symlink: 'file/symlink',
  'not-a-file': 'file/not-a-file',
  'not-a-folder': 'file/not-a-folder',
  'too-large': 'file/too-large',
  'not-utf8': 'file/not-utf8',
  unreadable: 'file/unreadable',
  name: 'file/name',
};

function refuse(reason: Refusal, file: string, cwd: string | undefined, message: string, hint: string, at?: { line: number; column: number }): Refused {
  return { ok: false, reason, problem: { file: displayPath(file, cwd), ...(at ?? {}), rule: RULE[reason], severity: 'error', message, hint } };
}

/** What a file-system object that is neither a file, a folder nor a link is, in words. */
function specialKind(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function linkTarget(link: string): string {
  try {
    return readlinkSync(link);
  } catch {
    return '(unreadable)';
  }
}

function symlinkProblem(link: string, cwd: string | undefined): Refused {
  return refuse('symlink', link, cwd, `is a symbolic link to ${quote(linkTarget(link), 200)}: the catalogue reads only regular files and folders, and never follows links`, 'commit the file or folder itself instead of a link');
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of its path is not a folder',
  ELOOP: 'it is a symbolic link',
  ENAMETOOLONG: 'its name is too long',
  EMFILE: 'too many files are open',
  EIO: 'the disk could not be read',
};

function errnoProblem(file: string, error: unknown, cwd: string | undefined): Refused {
  const code = (error as { code?: string }).code ?? 'error';
  if (code === 'ELOOP') return symlinkProblem(file, cwd);
  if (code === 'ENOENT') return refuse('missing', file, cwd, 'does not exist', 'check the name and the folder');
  return refuse('unreadable', file, cwd, `cannot be read: ${ERRNO_WORDS[code] ?? code}`, 'make it a regular file that the build can read');
}

/**
 * Looks at every part of `abs` below `root` without following links. The last part must be of
 * `want` type. Returns its lstat, or why it is refused.
 */
function walk(abs: string, want: 'file' | 'folder', options: GuardOptions): { ok: true; stat: Stats } | Refused {
  const root = path.resolve(options.root);
  const cwd = options.cwd;
  if (!isInside(root, abs)) return refuse('outside', abs, cwd, `is outside ${displayPath(root, cwd)}`, 'keep every file the entry uses inside its own folder');
  const rel = path.relative(root, abs);
  const parts = rel === '' ? [] : rel.split(path.sep);
  let current = root;
  let stat: Stats | undefined;
  try {
    stat = lstatSync(root);
    for (const [i, part] of parts.entries()) {
      current = path.join(current, part);
      stat = lstatSync(current, { throwIfNoEntry: false });
      if (!stat) return refuse('missing', current, cwd, 'does not exist', i === parts.length - 1 ? 'check the name and the folder' : `check the path: ${displayPath(current, cwd)} is missing`);
      if (stat.isSymbolicLink()) return symlinkProblem(current, cwd);
      if (i < parts.length - 1 && !stat.isDirectory()) {
        return refuse('not-a-folder', current, cwd, `is ${stat.isFile() ? 'a file' : specialKind(stat)}, where a folder was expected`, 'check the path');
      }
    }
  } catch (error) {
    return errnoProblem(current, error, cwd);
  }
  if (want === 'file' && !stat.isFile()) {
    return stat.isDirectory()
      ? refuse('not-a-file', abs, cwd, 'is a folder, where a file was expected', 'replace the folder with the file itself')
      : refuse('not-a-file', abs, cwd, `is ${specialKind(stat)}, not a regular file`, 'commit a regular file');
  }
  if (want === 'folder' && !stat.isDirectory()) {
    return stat.isFile()
      ? refuse('not-a-folder', abs, cwd, 'is a file, where a folder was expected', 'replace the file with a folder')
      : refuse('not-a-folder', abs, cwd, `is ${specialKind(stat)}, where a folder was expected`, 'replace it with a folder');
  }
  return { ok: true, stat };
}

function tooLarge(abs: string, size: number, kind: FileKind, cwd: string | undefined): Refused {
  const limit = FILE_LIMITS[kind];
  return { ...refuse('too-large', abs, cwd, `is ${sizeText(size)}, over the ${sizeText(limit.bytes)} limit for ${limit.what}`, limit.hint), size };
}

/** Checks that a file could be read (inside the root, no links, a regular file, within its limit) without reading it. */
export function checkFile(file: string, options: ReadOptions): { ok: true; file: string; size: number } | Refused {
  const abs = path.resolve(file);
  const walked = walk(abs, 'file', options);
  if (!walked.ok) return walked;
  if (walked.stat.size > FILE_LIMITS[options.kind].bytes) return tooLarge(abs, walked.stat.size, options.kind, options.cwd);
  return { ok: true, file: abs, size: walked.stat.size };
}

/** Reads a catalogue file as strict UTF-8 text, or says why it cannot be read. See the module comment. */
export function readGuarded(file: string, options: ReadOptions): ReadOk | Refused {
  const checked = checkFile(file, options);
  if (!checked.ok) return checked;
  const abs = checked.file;
  const limit = FILE_LIMITS[options.kind].bytes;
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: a link swapped in after the check is refused by the kernel (ELOOP), not followed.
    // O_NONBLOCK: a named pipe swapped in cannot block the build.
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return refuse('not-a-file', abs, options.cwd, `is ${stat.isDirectory() ? 'a folder' : specialKind(stat)}, not a regular file`, 'commit a regular file');
    if (stat.size > limit) return tooLarge(abs, stat.size, options.kind, options.cwd);
    // Never more than limit + 1 bytes, whatever the file claims its size is.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) return tooLarge(abs, length, options.kind, options.cwd);
      if (length === buffer.length) break;
    }
    bytes = buffer.subarray(0, length);
  } catch (error) {
    return errnoProblem(abs, error, options.cwd);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) {
    const e = decoded.error;
    return e.utf16
      ? refuse('not-utf8', abs, options.cwd, 'is UTF-16, not UTF-8', 'save the file as UTF-8: the catalogue reads no other encoding', { line: 1, column: 1 })
      : refuse('not-utf8', abs, options.cwd, `is not UTF-8: byte ${e.byte} here cannot be read as UTF-8 text`, 'save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252): the catalogue reads no other encoding', { line: e.line, column: e.column });
  }
  return { ok: true, file: abs, text: decoded.text, bytes };
}

export type ItemType = 'file' | 'folder';

export interface FolderItem {
  name: string;
  /** Absolute path. */
  path: string;
  type: ItemType;
}

export interface FolderListing {
  ok: true;
  /** Files and folders whose names and types are safe, sorted by name. */
  items: FolderItem[];
  /** Everything else (links, pipes, devices, names that are not UTF-8 or hold control characters), each named, with the name it has if readable. */
  refused: (Refused & { name?: string })[];
}

/** Lists a folder inside `root` (which must itself pass the same checks), refusing what is not a safe file or folder. */
export function listFolder(dir: string, options: GuardOptions): FolderListing | Refused {
  const abs = path.resolve(dir);
  const walked = walk(abs, 'folder', options);
  if (!walked.ok) return walked;
  let dirents;
  try {
    dirents = readdirSync(abs, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    return errnoProblem(abs, error, options.cwd);
  }
  const items: FolderItem[] = [];
  const refused: FolderListing['refused'] = [];
  for (const d of dirents) {
    const raw = d.name as unknown as Buffer;
    const decoded = decodeUtf8(raw);
    if ('error' in decoded) {
      refused.push(refuse('name', `${abs}${path.sep}${showRawName(raw)}`, options.cwd, 'has a name that is not UTF-8', 'rename it using letters, digits, hyphens and dots'));
      continue;
    }
    const name = decoded.text;
    const full = path.join(abs, name);
    const odd = firstSuspect(name);
    if (odd) {
      refused.push({ ...refuse('name', full, options.cwd, `has ${odd.label} in its name`, 'rename it using letters, digits, hyphens and dots'), name });
    } else if (d.isSymbolicLink()) {
      refused.push({ ...symlinkProblem(full, options.cwd), name });
    } else if (d.isDirectory()) {
      items.push({ name, path: full, type: 'folder' });
    } else if (d.isFile()) {
      items.push({ name, path: full, type: 'file' });
    } else {
      let what = 'not a regular file';
      try {
        what = specialKind(lstatSync(full));
      } catch {
        // gone meanwhile: still refused
      }
      refused.push({ ...refuse('not-a-file', full, options.cwd, `is ${what}, not a regular file or folder`, 'commit regular files and folders only'), name });
    }
  }
  items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { ok: true, items, refused };
}

/**
 * Checks a catalogue root given on the command line: it must exist and be a folder, and not be a
 * symbolic link itself (a pull request could turn `catalogue/` into a link to anywhere).
 */
export function checkRoot(root: string, cwd?: string): Refused | undefined {
  const abs = path.resolve(root);
  let stat: Stats | undefined;
  try {
    stat = lstatSync(abs, { throwIfNoEntry: false });
  } catch (error) {
    return errnoProblem(abs, error, cwd);
  }
  if (!stat) return refuse('missing', abs, cwd, 'catalogue folder does not exist', 'run the command from the repository root');
  if (stat.isSymbolicLink()) return symlinkProblem(abs, cwd);
  if (!stat.isDirectory()) return refuse('not-a-folder', abs, cwd, `is ${stat.isFile() ? 'a file' : specialKind(stat)}, where the catalogue folder was expected`, 'give the catalogue folder');
  return undefined;
}
