/**
 * Fast path for JSON documents: `JSON.parse` for the data (tens of times faster than a YAML parser
 * on large generated specs) plus one iterative scan that records where every key and value starts,
 * so that findings still get line and column. Only used on text that `JSON.parse` accepts.
 */

interface Entry {
  /** Offset of the key's opening quote (object members only). */
  keyOffset?: number;
  /** Offset of the value's first character. */
  valueOffset: number;
  child?: Container;
}

interface Container {
  start: number;
  members?: Map<string, Entry>;
  items?: Entry[];
}

export interface JsonPositions {
  root: Entry;
  /** Offset of the first container nested deeper than the limit, if any. */
  tooDeepAt?: number;
}

const WS = new Set([' ', '\t', '\n', '\r']);

/** Index of the character after the string starting at `i` (which is a `"`). */
function skipString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return text.length;
    let backslashes = 0;
    for (let k = q - 1; text[k] === '\\'; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** Scans valid JSON text, recording the offsets of keys and values. */
export function scanJsonPositions(text: string, maxDepth: number): JsonPositions {
  let i = 0;
  const skipWs = (): void => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  skipWs();
  const root: Entry = { valueOffset: i };
  let tooDeepAt: number | undefined;
  // Each frame: the container being filled and, for objects, the key awaiting its value.
  const stack: { c: Container; pendingKey?: string; pendingKeyOffset?: number }[] = [];

  const startValue = (entry: Entry): void => {
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      const c: Container = ch === '{' ? { start: i, members: new Map() } : { start: i, items: [] };
      entry.child = c;
      stack.push({ c });
      if (stack.length > maxDepth && tooDeepAt === undefined) tooDeepAt = i;
      i++;
    } else if (ch === '"') {
      i = skipString(text, i);
    } else {
      while (i < text.length && !WS.has(text[i]!) && text[i] !== ',' && text[i] !== '}' && text[i] !== ']') i++;
    }
  };

  startValue(root);
  while (stack.length > 0 && i < text.length) {
    skipWs();
    const frame = stack[stack.length - 1]!;
    const ch = text[i];
    if (ch === '}' || ch === ']') {
      stack.pop();
      i++;
      continue;
    }
    if (ch === ',') {
      i++;
      continue;
    }
    if (frame.c.members) {
      if (frame.pendingKey === undefined) {
        const end = skipString(text, i);
        const raw = text.slice(i + 1, end - 1);
        frame.pendingKey = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        frame.pendingKeyOffset = i;
        i = end;
        skipWs();
        i++; // the colon
        continue;
      }
      const entry: Entry = { keyOffset: frame.pendingKeyOffset!, valueOffset: i };
      frame.c.members.set(frame.pendingKey, entry);
      frame.pendingKey = undefined;
      startValue(entry);
    } else {
      const entry: Entry = { valueOffset: i };
      frame.c.items!.push(entry);
      startValue(entry);
    }
  }
  return tooDeepAt === undefined ? { root } : { root, tooDeepAt };
}

/** Offset of the node at a path: a scalar at its value, a mapping or list at its key (or `key` forces the key). */
export function locateJson(positions: JsonPositions, path: readonly (string | number)[], key = false): number {
  let entry = positions.root;
  let best = entry.valueOffset;
  for (const seg of path) {
    const c = entry.child;
    if (!c) break;
    let next: Entry | undefined;
    if (c.members) {
      next = c.members.get(String(seg));
      if (!next && String(seg).includes('%')) {
        try {
          next = c.members.get(decodeURIComponent(String(seg)));
        } catch {
          // keep as written
        }
      }
    } else {
      next = c.items![Number(seg)];
    }
    if (!next) break;
    entry = next;
    best = (key || next.child) && next.keyOffset !== undefined ? next.keyOffset : next.valueOffset;
  }
  return best;
}

/** 1-based line and column of an offset, with line starts computed once. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
