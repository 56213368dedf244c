/**
 * A `$ref` resolver for @redocly/openapi-core that only reads local files inside one root folder.
 * It refuses URLs (http, https, file, data …), paths that leave the root (`../`, absolute paths,
 * symbolic links pointing outside) and files over a size limit. A refused reference is reported by
 * Redocly as an unresolved `$ref`; nothing is fetched and nothing outside the root is read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BaseResolver, ResolveError, Source } from '@redocly/openapi-core';

export interface SafeResolverOptions {
  /** Largest file the resolver reads, in bytes (default 20 MB). */
  maxFileBytes?: number;
  /** Largest number of distinct files read for one document (default 500). */
  maxFiles?: number;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** True when `child` is `root` or lies below it (both absolute and normalised). */
export function isInside(root: string, child: string): boolean {
  const rel = path.relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export class SafeResolver extends BaseResolver {
  readonly root: string;
  readonly #realRoot: string;
  readonly #maxFileBytes: number;
  readonly #maxFiles: number;
  #filesRead = 0;
  /** Absolute paths of the files actually read. */
  readonly filesRead = new Set<string>();

  constructor(root: string, options: SafeResolverOptions = {}) {
    super({ http: { headers: [] } });
    this.root = path.resolve(root);
    this.#realRoot = fs.realpathSync(this.root);
    this.#maxFileBytes = options.maxFileBytes ?? 20 * 1024 * 1024;
    this.#maxFiles = options.maxFiles ?? 500;
  }

  override resolveExternalRef(base: string | null, ref: string): string {
    // URLs are kept as they are (and refused on load); everything else is a path relative to the
    // referring file, or to the root for the entry document.
    if (SCHEME.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) return ref;
    if (base && SCHEME.test(base) && !/^[a-z]:[\\/]/i.test(base)) return `refused:${ref}`;
    let decoded = ref;
    try {
      decoded = decodeURIComponent(ref);
    } catch {
      // A malformed escape is kept as written; the file will not be found.
    }
    return path.resolve(base ? path.dirname(base) : this.root, decoded);
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    const refuse = (message: string): never => {
      throw new ResolveError(new Error(message));
    };
    if (SCHEME.test(absoluteRef) && !/^[a-z]:[\\/]/i.test(absoluteRef)) {
      refuse(`Refused to resolve "${absoluteRef}": only files inside the entry folder are read, never URLs.`);
    }
    const resolved = path.resolve(absoluteRef);
    if (!isInside(this.root, resolved)) {
      refuse(`Refused to resolve "${absoluteRef}": it is outside the entry folder.`);
    }
    let real: string;
    try {
      real = await fs.promises.realpath(resolved);
    } catch {
      return refuse(`Cannot find the file "${path.relative(this.root, resolved)}" in the entry folder.`);
    }
    if (!isInside(this.#realRoot, real)) {
      refuse(`Refused to resolve "${path.relative(this.root, resolved)}": it links to a file outside the entry folder.`);
    }
    const stat = await fs.promises.stat(real);
    if (!stat.isFile()) refuse(`"${path.relative(this.root, resolved)}" is not a file.`);
    if (stat.size > this.#maxFileBytes) {
      refuse(`"${path.relative(this.root, resolved)}" is ${stat.size} bytes, over the limit of ${this.#maxFileBytes}.`);
    }
    this.#filesRead += 1;
    if (this.#filesRead > this.#maxFiles) refuse(`More than ${this.#maxFiles} files are referenced; the rest are not read.`);
    const body = await fs.promises.readFile(real, 'utf8');
    this.filesRead.add(resolved);
    return new Source(resolved, body.replace(/\r\n/g, '\n'));
  }
}
