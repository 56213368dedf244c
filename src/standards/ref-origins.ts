/**
 * Where the other files of a multi-file document are reached from in its entry document: a `$ref`
 * at `/paths/~1pets` to `paths/pets.yaml` means that `/get` in that file is `GET /pets`. Findings in
 * referenced files use this to name their operation or schema in words.
 */
import * as path from 'node:path';
import type { ParsedYaml } from '../yaml/parse.ts';
import { pathToPointer, pointerToRawPath } from '../yaml/parse.ts';

/** Most nodes walked looking for `$ref`s, over all files. */
const MAX_NODES = 200_000;

interface Target {
  /** The fragment of the target the reference names (`/Pet`), empty for the whole file. */
  fragment: string;
  /** The pointer of the `$ref` in the entry document. */
  at: string;
}

export type Translate = (absoluteFile: string, pointer: string) => string | undefined;

/** Translates a pointer in a referenced file to the entry document's pointer of the place that refers to it. */
export function refOrigins(entryFile: string, entryData: unknown, parsed: ReadonlyMap<string, ParsedYaml>): Translate {
  const targets = new Map<string, Target[]>();
  let walkedAll = false;
  const translate: Translate = (file, pointer) => {
    if (file === entryFile) return pointer;
    // Most documents are one file: walk them for their references only when a finding is elsewhere.
    if (!walkedAll) {
      walkedAll = true;
      walkReferences();
    }
    let best: Target | undefined;
    for (const t of targets.get(file) ?? []) {
      if ((pointer === t.fragment || pointer.startsWith(`${t.fragment}/`) || t.fragment === '') && (!best || t.fragment.length > best.fragment.length)) best = t;
    }
    return best ? `${best.at}${pointer.slice(best.fragment.length)}` : undefined;
  };

  function walkReferences(): void {
    let budget = MAX_NODES;
    const queue: { file: string; data: unknown }[] = [{ file: entryFile, data: entryData }];
    const walked = new Set<string>();
    while (queue.length > 0 && budget > 0) {
      const { file, data } = queue.shift()!;
      if (walked.has(file)) continue;
      walked.add(file);
      const stack: { node: unknown; keys: (string | number)[] }[] = [{ node: data, keys: [] }];
      const seen = new Set<object>();
      while (stack.length > 0 && budget-- > 0) {
        const { node, keys } = stack.pop()!;
        if (typeof node !== 'object' || node === null || seen.has(node)) continue;
        seen.add(node);
        if (Array.isArray(node)) {
          node.forEach((item, i) => stack.push({ node: item, keys: [...keys, i] }));
          continue;
        }
        const ref = (node as { $ref?: unknown }).$ref;
        if (typeof ref === 'string' && !ref.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
          const [target = '', fragment = ''] = ref.split('#');
          const absolute = path.resolve(path.dirname(file), decodeURIComponent(target));
          const at = translate(file, pathToPointer(keys));
          if (at !== undefined && absolute !== entryFile) {
            const list = targets.get(absolute) ?? [];
            list.push({ fragment: pathToPointer(pointerToRawPath(fragment)), at });
            targets.set(absolute, list);
            const next = parsed.get(absolute);
            if (next) queue.push({ file: absolute, data: next.data });
          }
        }
        for (const [key, value] of Object.entries(node)) stack.push({ node: value, keys: [...keys, key] });
      }
    }
  }
  return translate;
}
