/**
 * The one `$ref` loader for @redocly/openapi-core, used by the assessments (src/standards/engine.ts)
 * and by the API reference bundler (src/openapi/bundle.ts). It never fetches a URL (http, https,
 * file, data …) and reads files only through the guarded reader (src/files/guarded.ts): nothing
 * outside the entry's folder, no symbolic link followed, regular files only, strict UTF-8, nothing
 * over the size limits or beyond the file count; such references are refused with a `RefusedRef` that
 * says why (the assessment reports it as a `gds-refs-local` finding at the `$ref`, the bundler as a
 * warning). Files are parsed with our YAML parser (so positions are known, valid YAML 1.2 is
 * accepted and alias bombs and deep nesting are bounded), and every file read is recorded with its
 * SHA-256 for the assessment cache.
 */
import { checkFile, readGuarded, type Refused } from '../files/guarded.ts';
import * as path from 'node:path';
import { BaseResolver, ResolveError, Source, type Document } from '@redocly/openapi-core';
import { sha256 } from '../files/hash.ts';
import { isInside } from '../files/paths.ts';
import { parseYaml, type ParsedYaml, type YamlSyntaxError } from '../yaml/parse.ts';

/** What the resolver may read (the assessment's `AssessLimits` has all of these). */
export interface RefLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Largest total of all files read, in bytes. */
  maxTotalBytes: number;
  /** Most files read (the entry document included). */
  maxFiles: number;
  /** Deepest nesting of mappings and sequences in a referenced file. */
  maxDepth: number;
  /** Most YAML alias expansions in a referenced file. */
  maxAliasCount: number;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;
const isUrl = (ref: string): boolean => SCHEME.test(ref) && !WINDOWS_DRIVE.test(ref);
const PARSEABLE = /\.(ya?ml|json)$/i;

/** A reference's path with `%20` and the like decoded; a malformed escape is kept as written. */
function decode(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}


/** Why a reference was not followed. Carried inside Redocly's ResolveError as `originalError`. */
export class RefusedRef extends Error {
  readonly refused = true;
  readonly target: string;
  constructor(target: string, message: string) {
    super(message);
    this.name = 'RefusedRef';
    this.target = target;
  }
}

export function isRefused(error: unknown): RefusedRef | undefined {
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  return original && typeof original === 'object' && (original as { refused?: unknown }).refused === true ? (original as RefusedRef) : undefined;
}

export interface FileRead {
  /** Absolute path. */
  file: string;
  sha256: string;
  bytes: number;
}

export class SpecResolver extends BaseResolver {
  readonly root: string;
  readonly #limits: RefLimits;
  /** Every file read (the entry document first), by absolute path. */
  readonly files = new Map<string, FileRead>();
  /** Parsed YAML of every file read, by absolute path. */
  readonly parsed = new Map<string, ParsedYaml>();
  /** Refused references, by the absolute target Redocly asked for. */
  readonly refused = new Map<string, { base: string | null; ref: string; message: string }>();
  /** The first referenced file that is not valid YAML. */
  parseFailure: { file: string; error: YamlSyntaxError } | undefined;
  #totalBytes = 0;

  constructor(root: string, limits: RefLimits) {
    super({ http: { headers: [] } });
    this.root = path.resolve(root);
    this.#limits = limits;
  }

  /** Registers the entry document, already read and parsed, so that refs back to it reuse it. */
  addRoot(document: Document, parsed: ParsedYaml, record = true): void {
    const file = document.source.absoluteRef;
    this.cache.set(file, Promise.resolve(document));
    this.parsed.set(file, parsed);
    if (record) {
      const bytes = Buffer.byteLength(document.source.body, 'utf8');
      this.files.set(file, { file, sha256: sha256(document.source.body), bytes });
      this.#totalBytes += bytes;
    }
  }

  override resolveExternalRef(base: string | null, ref: string): string {
    if (isUrl(ref)) return ref;
    // Relative to a URL is still a URL (and is refused on load). Only the entry can be a base
    // here, and it is a file, but a URL must never turn into a local path by accident.
    if (base && isUrl(base)) {
      try {
        return new URL(ref, base).href;
      } catch {
        return base;
      }
    }
    const target = path.resolve(base ? path.dirname(base) : this.root, decode(ref));
    if (!this.refused.has(target) && !this.files.has(target)) this.#bases.set(target, { base, ref });
    return target;
  }

  #bases = new Map<string, { base: string | null; ref: string }>();

  #refuse(target: string, message: string): never {
    const origin = this.#bases.get(target) ?? { base: null, ref: target };
    this.refused.set(target, { ...origin, message });
    throw new ResolveError(new RefusedRef(target, message));
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isUrl(absoluteRef)) {
      this.#refuse(absoluteRef, `\`${absoluteRef}\` was not fetched: only files inside the entry's folder are read, never URLs.`);
    }
    const resolved = path.resolve(absoluteRef);
    const shown = this.#shown(resolved);
    if (!isInside(this.root, resolved)) {
      const written = this.#bases.get(absoluteRef)?.ref;
      this.#refuse(
        absoluteRef,
        written !== undefined && path.isAbsolute(decode(written))
          ? `\`${written}\` was not read: it is an absolute path outside the entry folder; write it relative to the file that refers to it.`
          : `\`${shown}\` was not read: it is outside the entry's folder.`,
      );
    }
    // Through the guarded reader: no link anywhere below the entry's folder is followed (its target
    // is never opened), only regular files are read (a named pipe or device never is), within the
    // size limits, as strict UTF-8.
    const checked = checkFile(resolved, { root: this.root, kind: 'ref' });
    if (!checked.ok) this.#refuseRead(absoluteRef, shown, checked);
    if (checked.size > this.#limits.maxFileBytes) {
      this.#refuse(absoluteRef, `\`${shown}\` was not read: it is ${(checked.size / 1048576).toFixed(1)} MB, over the ${(this.#limits.maxFileBytes / 1048576).toFixed(0)} MB limit.`);
    }
    if (this.files.size >= this.#limits.maxFiles) {
      this.#refuse(absoluteRef, `\`${shown}\` was not read: the document already reads ${this.#limits.maxFiles} files, the most allowed.`);
    }
    if (this.#totalBytes + checked.size > this.#limits.maxTotalBytes) {
      this.#refuse(absoluteRef, `\`${shown}\` was not read: the document's files would exceed ${(this.#limits.maxTotalBytes / 1048576).toFixed(0)} MB in total.`);
    }
    const read = readGuarded(resolved, { root: this.root, kind: 'ref' });
    if (!read.ok) this.#refuseRead(absoluteRef, shown, read);
    const body = read.text.replace(/\r\n/g, '\n');
    this.files.set(resolved, { file: resolved, sha256: sha256(read.bytes), bytes: read.bytes.length });
    this.#totalBytes += read.bytes.length;
    return new Source(resolved, body);
  }

  /** A file the guarded reader refused: missing is an unresolved reference; anything else is refused, saying why. */
  #refuseRead(absoluteRef: string, shown: string, refused: Refused): never {
    if (refused.reason === 'missing') throw new ResolveError(new Error(`Cannot find the file \`${shown}\` in the entry's folder.`));
    // The problem may be about a folder on the way (a link to a folder), which is then the one named.
    const at = this.#shown(path.resolve(refused.problem.file));
    const where = refused.problem.line !== undefined ? ` (line ${refused.problem.line}, column ${refused.problem.column ?? 1})` : '';
    this.#refuse(absoluteRef, `\`${at}\` was not read: it ${refused.problem.message}${where}.`);
  }

  /** A path as shown in messages: relative to the entry's folder. */
  #shown(file: string): string {
    return path.relative(this.root, file) || path.basename(file);
  }

  override parseDocument(source: Source, isRoot = false): Document {
    if (!isRoot && !PARSEABLE.test(source.absoluteRef)) return { source, parsed: source.body };
    const parsed = parseYaml(source.body, { maxDepth: this.#limits.maxDepth, maxAliasCount: this.#limits.maxAliasCount });
    this.parsed.set(source.absoluteRef, parsed);
    const first = parsed.errors[0];
    if (first) {
      this.parseFailure ??= { file: source.absoluteRef, error: first };
      throw new ResolveError(new Error(`\`${this.#shown(source.absoluteRef)}\` is not valid YAML: ${first.message} (${first.line}:${first.column})`));
    }
    return { source, parsed: parsed.data };
  }
}
