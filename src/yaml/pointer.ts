/** JSON pointers (`/paths/~1pets/get`) and the key paths they stand for, without any parser. */

function unescapeSegment(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Splits a JSON pointer into its unescaped segments. */
export function pointerToPath(pointer: string): string[] {
  const p = pointer.replace(/^#/, '');
  if (p === '' || p === '/') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => {
      const u = unescapeSegment(s);
      try {
        return decodeURIComponent(u);
      } catch {
        return u;
      }
    });
}

/** Splits a JSON pointer into segments without URI-decoding them (Redocly's pointers are not URI-encoded). */
export function pointerToRawPath(pointer: string): string[] {
  const p = pointer.replace(/^#/, '');
  if (p === '' || p === '/') return [];
  return p.slice(1).split('/').map(unescapeSegment);
}

/** Builds a JSON pointer from segments. */
export function pathToPointer(path: readonly (string | number)[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
