/**
 * `diffSpecFiles(before, after)`: loads two OpenAPI documents the way the catalogue does (bundled
 * within their entry folder, Swagger 2.0 converted to 3.0) and diffs them. A document that cannot
 * be loaded gives problems, never a throw. For a converted 2.0 document, pointers are mapped back
 * to the nearest node of the publisher's own document.
 */
import { bundleSpec, type BundledSpec, type SpecFamily } from '../bundle.ts';
import { atPointer } from '../spec-access.ts';
import { displayPath, UserInputError, type Problem } from '../../problems/problem.ts';
import { pathToPointer, pointerToRawPath } from '../../yaml/parse.ts';
import { diffDocuments, type OpenApiDocument } from './diff-documents.ts';
import type { SpecChange } from './kinds.ts';
import * as path from 'node:path';

export interface SpecFileRef {
  /** The document, absolute or relative to `root`. */
  file: string;
  /** The entry folder: `$ref`s may not leave it. */
  root: string;
}

export interface LoadedSpecInfo {
  file: string;
  family: SpecFamily;
  /** As written: `2.0`, `3.0.3`, `3.1.0` … */
  version: string;
  converted: boolean;
}

export type SpecFilesDiff =
  | {
      ok: true;
      changes: SpecChange[];
      stoppedEarly?: string;
      before: LoadedSpecInfo;
      after: LoadedSpecInfo;
      /** Bundling and conversion notes of either document. */
      warnings: Problem[];
    }
  | { ok: false; problems: Problem[] };

async function load(ref: SpecFileRef): Promise<{ spec: BundledSpec } | { problems: Problem[] }> {
  try {
    return { spec: await bundleSpec(ref.file, ref.root) };
  } catch (e) {
    if (e instanceof UserInputError) return { problems: e.problems };
    const file = displayPath(path.resolve(ref.root, ref.file));
    return { problems: [{ file, rule: 'diff', severity: 'error', message: `The OpenAPI document could not be read: ${(e as Error).message.split('\n')[0]}`, hint: 'check that it is valid OpenAPI 3.x or Swagger 2.0' }] };
  }
}

const info = (ref: SpecFileRef, spec: BundledSpec): LoadedSpecInfo => ({
  file: displayPath(path.resolve(ref.root, ref.file)),
  family: spec.family,
  version: spec.version,
  converted: spec.converted,
});

export async function diffSpecFiles(before: SpecFileRef, after: SpecFileRef): Promise<SpecFilesDiff> {
  const [b, a] = await Promise.all([load(before), load(after)]);
  if ('problems' in b || 'problems' in a) return { ok: false, problems: [...('problems' in b ? b.problems : []), ...('problems' in a ? a.problems : [])] };
  let diff;
  try {
    diff = diffDocuments(b.spec.document as unknown as OpenApiDocument, a.spec.document as unknown as OpenApiDocument);
  } catch (e) {
    const file = info(after, a.spec).file;
    return { ok: false, problems: [{ file, rule: 'diff', severity: 'error', message: `The two versions of the document could not be compared: ${(e as Error).message.split('\n')[0]}`, hint: 'report this to the catalogue team with both documents' }] };
  }
  const changes = diff.changes.map((c) => {
    const mapped = { ...c };
    if (b.spec.converted && c.beforePointer !== undefined) mapped.beforePointer = originalPointer(c.beforePointer, b.spec);
    if (a.spec.converted && c.afterPointer !== undefined) mapped.afterPointer = originalPointer(c.afterPointer, a.spec);
    return mapped;
  });
  const result: SpecFilesDiff = { ok: true, changes, before: info(before, b.spec), after: info(after, a.spec), warnings: [...b.spec.problems, ...a.spec.problems] };
  if (diff.stoppedEarly) result.stoppedEarly = diff.stoppedEarly;
  return result;
}

const COMPONENT_HOMES: Record<string, string> = { schemas: 'definitions', securitySchemes: 'securityDefinitions', parameters: 'parameters', responses: 'responses', requestBodies: 'parameters' };

/**
 * The pointer in the publisher's Swagger 2.0 document nearest to a pointer into its converted 3.0
 * form: component homes are renamed, `content/<type>` levels dropped, a request body becomes the
 * `in: body` parameter, parameters are found by name, servers become `host`; what still does not
 * exist is cut back to its nearest existing parent.
 */
export function originalPointer(pointer: string, spec: Pick<BundledSpec, 'original' | 'document'>): string {
  const segments = pointerToRawPath(pointer);
  const out: string[] = [];
  if (segments[0] === 'components' && segments[1] && COMPONENT_HOMES[segments[1]]) {
    out.push(COMPONENT_HOMES[segments[1]] ?? '', ...segments.slice(2));
  } else if (segments[0] === 'servers') {
    out.push('host');
  } else if (segments[0] === 'paths' && segments.length >= 3) {
    const [, p = '', method = ''] = segments;
    out.push('paths', p, method);
    const rest = segments.slice(3);
    const op = atPointer(spec.original, `#${pathToPointer(['paths', p, method])}`) as Record<string, unknown> | undefined;
    const params = Array.isArray(op?.['parameters']) ? (op['parameters'] as Record<string, unknown>[]) : [];
    if (rest[0] === 'requestBody') {
      const body = params.findIndex((x) => x?.['in'] === 'body' || x?.['in'] === 'formData');
      out.push(...(body >= 0 ? ['parameters', String(body), ...(rest[1] === 'content' ? rest.slice(3) : [])] : []));
    } else if (rest[0] === 'parameters' && rest[1] !== undefined) {
      const converted = atPointer(spec.document, `#${pathToPointer(['paths', p, method, 'parameters', rest[1]])}`) as Record<string, unknown> | undefined;
      const index = params.findIndex((x) => x?.['name'] === converted?.['name'] && x?.['in'] === converted?.['in']);
      if (index >= 0) out.push('parameters', String(index), ...(rest[2] === 'schema' ? rest.slice(3) : rest.slice(2)));
    } else if (rest[0] === 'responses') {
      out.push(...rest.slice(0, 2));
      if (rest[2] === 'content') out.push(...rest.slice(4));
      else out.push(...rest.slice(2));
    } else {
      out.push(...rest);
    }
  } else {
    out.push(...segments);
  }
  while (out.length > 0 && atPointer(spec.original, `#${pathToPointer(out)}`) === undefined) out.pop();
  return pathToPointer(out);
}
