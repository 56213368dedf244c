/**
 * `catalogue.schema.json`: the JSON Schema (draft 2020-12) of catalogue.json, generated with zod's
 * `z.toJSONSchema` from the same zod schema the file is built with (catalogue-json.ts), itself
 * built on the one entry schema. Never edited by hand.
 *
 * The field descriptions come along. The CDDO Metadata Exchange Model property a field maps to
 * (zod metadata `dataService`) becomes a `$comment`, the standard place for notes, so that
 * validators in strict mode (ajv's default) accept the schema without extra keywords.
 */
import { z } from 'zod';
import { CATALOGUE_FORMAT_VERSION, catalogueFile } from './catalogue-json.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

type JsonSchema = Record<string, unknown>;

function moveDataServiceToComment(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) moveDataServiceToComment(n);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as JsonSchema;
  if (typeof o.dataService === 'string') {
    o.$comment = `CDDO Metadata Exchange Model, DataService: ${o.dataService}`;
    delete o.dataService;
  }
  for (const v of Object.values(o)) moveDataServiceToComment(v);
}

export function catalogueJsonSchema(site: string): JsonSchema {
  const generated = z.toJSONSchema(catalogueFile, { io: 'output', target: 'draft-2020-12' }) as JsonSchema;
  moveDataServiceToComment(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: absoluteUrl(site, urls.catalogueSchema()),
    title: `Government API catalogue, format ${CATALOGUE_FORMAT_VERSION}`,
    description: 'Every entry of the cross-government API catalogue with all its fields and its conformance result. Generated from the catalogue\'s entry schema.',
    ...rest,
  };
}
