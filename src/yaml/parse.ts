/**
 * YAML (and JSON, which is YAML 1.2) parsing that keeps line and column for every node, so that any
 * problem can name `file:line:col`. Built on the `yaml` package, which accepts valid YAML 1.2 that
 * some other parsers refuse.
 */
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface YamlSyntaxError {
  message: string;
  line: number;
  column: number;
  hint: string;
}

export interface ParsedYaml {
  /** The plain data (undefined when the text has a syntax error). */
  data: unknown;
  /** Syntax errors; when any exist, `data` is undefined. */
  errors: YamlSyntaxError[];
  /** Position of the node at a path of keys and indexes; falls back to the nearest ancestor that exists. */
  locate(path: readonly (string | number)[]): Position;
  /** Position of the node at a JSON pointer (`/paths/~1pets/get` or `#/paths/…`). */
  locatePointer(pointer: string): Position;
}

export interface ParseLimits {
  /** Largest number of alias expansions allowed (guards against "billion laughs"). */
  maxAliasCount?: number;
}

/** Splits a JSON pointer into its unescaped segments. */
export function pointerToPath(pointer: string): string[] {
  const p = pointer.replace(/^#/, '');
  if (p === '' || p === '/') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON pointer from segments. */
export function pathToPointer(path: readonly (string | number)[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function hintFor(code: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation of this line against the lines above it: nested keys need more spaces than their parent, and siblings the same';
    case 'DUPLICATE_KEY':
      return 'a key may appear only once in a mapping: remove or rename one of them';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a key must fit on one line; quote values that contain ": "';
    case 'BAD_ALIAS':
    case 'RESOURCE_EXHAUSTION':
      return 'remove the YAML aliases (*name) or expand them by hand';
    default:
      return 'fix the YAML syntax at this position; quoting the value often helps';
  }
}

export function parseYaml(text: string, limits: ParseLimits = {}): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: false });
  const toPos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors: YamlSyntaxError[] = doc.errors.map((e) => ({
    ...toPos(e.pos[0]),
    message: e.message.split('\n')[0] ?? e.message,
    hint: hintFor(e.code),
  }));
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: limits.maxAliasCount ?? 1000 });
    } catch (e) {
      errors.push({ line: 1, column: 1, message: (e as Error).message, hint: hintFor('RESOURCE_EXHAUSTION') });
    }
  }

  const locate = (path: readonly (string | number)[]): Position => {
    let node: unknown = doc.contents;
    let best: Node | null = (doc.contents as Node | null) ?? null;
    let keyNode: Node | null = null;
    for (const seg of path) {
      if (!isCollection(node)) break;
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((it) => (isScalar(it.key) ? String(it.key.value) : String(it.key)) === String(seg));
        if (!pair) break;
        keyNode = isScalar(pair.key) ? pair.key : null;
        next = pair.value;
      } else if (isSeq(node)) {
        next = node.items[Number(seg)];
        keyNode = null;
        if (next === undefined) break;
      }
      node = next;
      // A scalar is shown at its value; a mapping or list at the key that introduces it.
      if (isScalar(node) && node.range) best = node;
      else if (keyNode?.range) best = keyNode;
      else if (isCollection(node) && node.range) best = node;
    }
    const offset = best?.range?.[0] ?? 0;
    return toPos(offset);
  };

  return { data, errors, locate, locatePointer: (pointer) => locate(pointerToPath(pointer)) };
}
