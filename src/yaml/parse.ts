/**
 * YAML (and JSON, which is YAML 1.2) parsing that keeps line and column for every node, so that any
 * problem can name `file:line:col`. Built on the `yaml` package, which accepts valid YAML 1.2 that
 * some other parsers refuse (for example a flow sequence indented less than its key).
 *
 * Hostile input is bounded here: alias expansion is capped (no "billion laughs"), nesting deeper
 * than `maxDepth` is an error with the position of the first node that is too deep, and a parser
 * stack overflow becomes an error instead of a crash.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { lineIndex, locateJson, scanJsonPositions } from './json-positions.ts';
import { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_DEPTH } from './limits.ts';
import { pointerToRawPath } from './pointer.ts';

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
  /**
   * Most alias nodes (`*name`) allowed. Default 1000. Independently, the document may not expand
   * through aliases to more than 10 times its own number of nodes (plus 100 000): this stops
   * "billion laughs" in linear time.
   */
  maxAliasCount?: number;
  /** Deepest nesting of mappings and sequences allowed. Default 128. */
  maxDepth?: number;
}

export { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_DEPTH } from './limits.ts';
export { pathToPointer, pointerToPath, pointerToRawPath } from './pointer.ts';

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

/** JSON text that `JSON.parse` accepts takes the fast path (same data, same positions). */
function parseJsonFast(text: string, maxDepth: number): ParsedYaml | undefined {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined; // not strict JSON: the YAML parser gives the exact error, or accepts it
  }
  const positions = scanJsonPositions(text, maxDepth);
  const toPos = lineIndex(text);
  const locate = (path: readonly (string | number)[], options: LocateOptions = {}): Position => toPos(locateJson(positions, path, options.key));
  const errors: YamlSyntaxError[] = [];
  if (positions.tooDeepAt !== undefined) {
    errors.push({
      ...toPos(positions.tooDeepAt),
      message: `The document is nested more than ${maxDepth} levels deep here.`,
      hint: `flatten the structure, for example by moving nested schemas to components and using $ref: no more than ${maxDepth} levels of nesting are accepted`,
      code: 'too-deep',
    });
  }
  return { data: errors.length ? undefined : data, errors, locate, locatePointer: (pointer, options) => locate(pointerToRawPath(pointer), options) };
}

export function parseYaml(text: string, limits: ParseLimits = {}): ParsedYaml {
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const fast = parseJsonFast(text, maxDepth);
  if (fast) return fast;
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
    const aliasProblem = checkAliases(doc, limits.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT);
    if (aliasProblem) {
      errors.push({ ...toPos(aliasProblem.node?.range?.[0] ?? 0), message: aliasProblem.message, hint: hintFor('RESOURCE_EXHAUSTION'), code: 'too-many-aliases' });
    }
  }
  if (doc && errors.length === 0) {
    try {
      // Alias expansion is bounded by checkAliases; yaml's own per-alias count is quadratic on big files.
      data = doc.toJS({ maxAliasCount: -1 });
    } catch (e) {
      const overflow = e instanceof RangeError;
      errors.push({
        line: 1,
        column: 1,
        message: overflow ? 'The document is nested too deeply to load.' : `The document cannot be loaded: ${(e as Error).message.split('\n')[0]}`,
        hint: overflow ? `flatten the structure: no more than ${maxDepth} levels of nesting are accepted` : hintFor(''),
        code: overflow ? 'too-deep' : 'syntax',
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

/**
 * Guards against alias bombs in linear time: counts alias nodes, and computes (memoised) how many
 * nodes the document expands to when every alias is replaced by what it names. Also rejects an
 * alias that names one of its own ancestors (a cycle).
 */
function checkAliases(doc: Document, maxAliasCount: number): { message: string; node?: Node } | undefined {
  const aliases: Node[] = [];
  // Anchor name → its definitions (an anchor may be redefined; an alias names the latest one before it).
  const anchors = new Map<string, Node[]>();
  let nodes = 0;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) aliases.push(node);
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!node) continue;
    nodes++;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) {
      const defs = anchors.get(anchor);
      if (defs) defs.push(node as Node);
      else anchors.set(anchor, [node as Node]);
    }
    if (isCollection(node)) stack.push(...(node.items as unknown[]));
  }
  if (aliases.length === 0) return undefined;
  aliases.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  if (aliases.length > maxAliasCount) return { message: `The document uses ${aliases.length} YAML aliases; at most ${maxAliasCount} are accepted.`, node: aliases[maxAliasCount] };
  for (const defs of anchors.values()) defs.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  const target = (alias: Node): unknown => {
    const at = alias.range?.[0] ?? 0;
    const defs = anchors.get((alias as unknown as { source: string }).source) ?? [];
    let found: Node | undefined;
    for (const d of defs) if ((d.range?.[0] ?? 0) < at) found = d;
    return found;
  };
  const limit = nodes * 10 + 100_000;
  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  let cyclic: Node | undefined;
  const size = (node: unknown): number => {
    if (!node) return 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (inProgress.has(node)) {
      cyclic ??= node as Node;
      return limit;
    }
    let total = 1;
    if (isAlias(node)) {
      inProgress.add(node);
      total = size(target(node));
      inProgress.delete(node);
    } else if (isPair(node)) {
      total = size(node.key) + size(node.value);
    } else if (isCollection(node)) {
      inProgress.add(node);
      for (const item of node.items as unknown[]) {
        total += size(item);
        if (total > limit) break;
      }
      inProgress.delete(node);
    }
    total = Math.min(total, limit + 1);
    sizes.set(node, total);
    return total;
  };
  for (const alias of aliases) {
    if (size(alias) > limit || cyclic) {
      return cyclic
        ? { message: 'A YAML alias refers to a node that contains it, which never ends.', node: cyclic }
        : { message: `YAML aliases expand the document to more than ${limit} nodes ("billion laughs").`, node: alias };
    }
  }
  if (size(doc.contents) > limit) return { message: `YAML aliases expand the document to more than ${limit} nodes ("billion laughs").`, node: aliases[0] };
  return undefined;
}
