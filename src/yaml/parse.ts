/**
 * YAML (and JSON, which is YAML 1.2) parsing that keeps line and column for every node, so that any
 * problem can name `file:line:col`. Built on the `yaml` package, which accepts valid YAML 1.2 that
 * some other parsers refuse (for example a flow sequence indented less than its key).
 *
 * Hostile input is bounded here: alias expansion is capped (no "billion laughs"), nesting deeper
 * than `maxDepth` is an error with the position of the first node that is too deep, and a parser
 * stack overflow becomes an error instead of a crash.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export type YamlErrorCode = 'syntax' | 'too-deep' | 'too-many-aliases';

export interface YamlSyntaxError {
  message: string;
  line: number;
  column: number;
  hint: string;
  /** What kind of problem it is; `syntax` for ordinary YAML syntax errors. */
  code?: YamlErrorCode;
}

export interface LocateOptions {
  /** Point at the key that introduces the node rather than at its value. */
  key?: boolean;
}

export interface ParsedYaml {
  /** The plain data (undefined when the text has a syntax error). */
  data: unknown;
  /** Syntax errors; when any exist, `data` is undefined. */
  errors: YamlSyntaxError[];
  /** Position of the node at a path of keys and indexes; falls back to the nearest ancestor that exists. */
  locate(path: readonly (string | number)[], options?: LocateOptions): Position;
  /** Position of the node at a JSON pointer (`/paths/~1pets/get` or `#/paths/…`). */
  locatePointer(pointer: string, options?: LocateOptions): Position;
}

export interface ParseLimits {
  /** Largest number of alias expansions allowed (guards against "billion laughs"). Default 1000. */
  maxAliasCount?: number;
  /** Deepest nesting of mappings and sequences allowed. Default 128. */
  maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 128;
export const DEFAULT_MAX_ALIAS_COUNT = 1000;

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

function hintFor(code: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and quoting of this line against the lines above it: nested keys need more spaces than their parent, siblings the same, and every opening quote needs a closing one';
    case 'DUPLICATE_KEY':
      return 'a key may appear only once in a mapping: remove or rename one of them';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a key must fit on one line; quote values that contain ": " and close every quote on the line where the value ends';
    case 'MULTIPLE_DOCS':
      return 'keep one document per file: remove the `---` separator and everything after it, or split the file';
    case 'BAD_ALIAS':
    case 'RESOURCE_EXHAUSTION':
      return 'remove the YAML aliases (*name) or expand them by hand';
    default:
      return 'fix the YAML syntax at this position; quoting the value often helps';
  }
}

const keyString = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

/**
 * Finds the first node nested deeper than `maxDepth` (counting mappings and sequences), without
 * recursion so that hostile nesting cannot overflow the stack here.
 */
function findTooDeep(root: unknown, maxDepth: number): Node | undefined {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > maxDepth) return node;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        if (isCollection(item.key)) stack.push([item.key, depth + 1]);
        stack.push([item.value, depth + 1]);
      } else {
        stack.push([item, depth + 1]);
      }
    }
  }
  return undefined;
}

export function parseYaml(text: string, limits: ParseLimits = {}): ParsedYaml {
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const lineCounter = new LineCounter();
  const toPos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors: YamlSyntaxError[] = [];
  let doc: ReturnType<typeof parseDocument> | undefined;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: false, merge: true });
  } catch (e) {
    // The parser recurses per nesting level; absurd nesting ends in a stack overflow.
    const overflow = e instanceof RangeError;
    errors.push({
      line: 1,
      column: 1,
      message: overflow ? 'The document is nested too deeply to parse.' : `The document cannot be parsed: ${(e as Error).message}`,
      hint: overflow ? `flatten the structure: no more than ${maxDepth} levels of nesting are accepted` : hintFor(''),
      code: overflow ? 'too-deep' : 'syntax',
    });
  }
  if (doc) {
    for (const e of doc.errors) {
      const message = e.message.split('\n')[0] ?? e.message;
      const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(message)?.[1] : undefined;
      const opening = quote ? findOpeningQuote(text, e.pos[0], quote) : undefined;
      if (opening !== undefined) {
        errors.push({ ...toPos(opening), message: `The quoted value that starts here has no closing ${quote} where YAML expects one: close it, and indent any lines it continues on further than its key.`, hint: hintFor(e.code), code: 'syntax' });
      } else {
        errors.push({ ...toPos(e.pos[0]), message, hint: hintFor(e.code), code: 'syntax' });
      }
    }
  }
  let data: unknown;
  if (doc && errors.length === 0) {
    const deep = findTooDeep(doc.contents, maxDepth);
    if (deep) {
      errors.push({
        ...toPos(deep.range?.[0] ?? 0),
        message: `The document is nested more than ${maxDepth} levels deep here.`,
        hint: `flatten the structure, for example by moving nested schemas to components and using $ref: no more than ${maxDepth} levels of nesting are accepted`,
        code: 'too-deep',
      });
    }
  }
  if (doc && errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: limits.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT });
    } catch (e) {
      const overflow = e instanceof RangeError;
      const firstAlias = overflow ? undefined : findFirstAlias(doc.contents);
      errors.push({
        ...toPos(firstAlias?.range?.[0] ?? 0),
        message: overflow ? 'The document is nested too deeply to load.' : `Too many YAML alias expansions: ${(e as Error).message}`,
        hint: overflow ? `flatten the structure: no more than ${maxDepth} levels of nesting are accepted` : hintFor('RESOURCE_EXHAUSTION'),
        code: overflow ? 'too-deep' : 'too-many-aliases',
      });
    }
  }

  const locate = (path: readonly (string | number)[], options: LocateOptions = {}): Position => {
    let node: unknown = doc?.contents;
    let best: Node | null = (doc?.contents as Node | null) ?? null;
    let keyNode: Node | null = null;
    for (const seg of path) {
      if (isAlias(node) && doc) node = node.resolve(doc);
      if (!isCollection(node)) break;
      let next: unknown;
      if (isMap(node)) {
        const wanted = String(seg);
        let pair = node.items.find((it) => keyString(it.key) === wanted);
        if (!pair && wanted.includes('%')) {
          let decoded = wanted;
          try {
            decoded = decodeURIComponent(wanted);
          } catch {
            // keep as written
          }
          pair = node.items.find((it) => keyString(it.key) === decoded);
        }
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
      if (options.key && keyNode?.range) best = keyNode;
      else if (isScalar(node) && node.range) best = node;
      else if (keyNode?.range) best = keyNode;
      else if ((isCollection(node) || isAlias(node)) && (node as Node).range) best = node as Node;
    }
    const offset = best?.range?.[0] ?? 0;
    return toPos(offset);
  };

  return {
    data,
    errors,
    locate,
    locatePointer: (pointer, options) => locate(pointerToRawPath(pointer), options),
  };
}

/**
 * The offset of the quote that opens the unterminated quoted value before `offset`: the last `quote`
 * that starts a value (after `key: `, `- `, `[`, `,`, `{` or a tag, or at the start of a line).
 */
function findOpeningQuote(text: string, offset: number, quote: string): number | undefined {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const before = text.slice(lineStart, i);
    if (/(^\s*|[:\-[,{?]\s+|[[{,]|![^\s]*\s+)$/.test(before) && (quote !== '"' || text[i - 1] !== '\\')) return i;
  }
  return undefined;
}

function findFirstAlias(root: unknown): Node | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return node;
    if (!isCollection(node)) continue;
    for (const item of [...(node.items as unknown[])].reverse()) {
      if (isPair(item)) stack.push(item.value, item.key);
      else stack.push(item);
    }
  }
  return undefined;
}
