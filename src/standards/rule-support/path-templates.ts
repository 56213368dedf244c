/**
 * Path templates as frameworks write them by mistake: Spring, JAX-RS and others accept a regular
 * expression after the parameter name (`{id:[0-9a-f]+}`), which OpenAPI does not: its templates are
 * plain names. Rules that read path keys use `plainPath` so that one such template is one finding
 * (of gds-valid-openapi), not one from every rule that reads the path.
 */

export interface RegexTemplate {
  /** The template as written, braces included: `{id:[0-9a-f]+}`. */
  written: string;
  name: string;
  pattern: string;
}

/** The `{name:pattern}` templates of a path, braces inside the pattern (`\d{4}`) included. */
export function regexTemplates(path: string): RegexTemplate[] {
  const found: RegexTemplate[] = [];
  for (let i = 0; i < path.length; i++) {
    if (path[i] !== '{') continue;
    let depth = 0;
    let end = -1;
    for (let j = i; j < path.length; j++) {
      if (path[j] === '{') depth++;
      else if (path[j] === '}' && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end < 0) break;
    const inner = path.slice(i + 1, end);
    const colon = inner.indexOf(':');
    if (colon > 0 && /^[A-Za-z_][\w.-]*$/.test(inner.slice(0, colon))) {
      found.push({ written: path.slice(i, end + 1), name: inner.slice(0, colon), pattern: inner.slice(colon + 1) });
    }
    i = end;
  }
  return found;
}

/** The path with each `{name:pattern}` written as `{name}`. */
export function plainPath(path: string): string {
  let out = path;
  for (const t of regexTemplates(path)) out = out.replace(t.written, `{${t.name}}`);
  return out;
}
