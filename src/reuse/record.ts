/**
 * The reuse check record: what an architect searched for on the "Before you build" page, when, what
 * the catalogue found (entries, operations, data items, with links), and which version of the
 * catalogue answered; evidence for spend control and service assessments. One zod schema defines
 * it; the page builds records of its type in the browser, the site publishes its JSON Schema, and
 * tests check downloaded records against it.
 */
import { z } from 'zod';
import { RECORD_KIND, RECORD_VERSION } from './record-constants.ts';
export { RECORD_KIND, RECORD_LIMITS, RECORD_VERSION } from './record-constants.ts';


/** A timestamp with its time zone, such as `2026-11-24T10:15:00.000Z`. */
const timestamp = z.iso.datetime({ offset: true });
/** A link on the catalogue site: absolute (https://…) in a downloaded record. */
const link = z.string().min(1);

export const foundEntry = z.strictObject({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
  summary: z.string(),
  url: link,
});

export const foundOperation = z.strictObject({
  entry: z.string().describe('id of the entry the operation belongs to'),
  entryName: z.string(),
  method: z.string(),
  path: z.string(),
  title: z.string(),
  url: link,
  /** Data items the operation accepts and returns. */
  accepts: z.array(z.string()),
  returns: z.array(z.string()),
});

export const foundDataItem = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** How many catalogue entries carry it. */
  entries: z.number().int().nonnegative(),
  url: link,
});

export const search = z.strictObject({
  query: z.string().min(1).describe('what the architect typed'),
  at: timestamp.describe('when the search ran'),
  found: z.strictObject({
    entries: z.array(foundEntry),
    operations: z.array(foundOperation),
    dataItems: z.array(foundDataItem),
  }),
});

export const reuseCheckRecord = z.strictObject({
  kind: z.literal(RECORD_KIND),
  version: z.literal(RECORD_VERSION),
  /** What the check is for: a project or service name, in the architect's words. */
  title: z.string(),
  createdAt: timestamp.describe('when the record was kept'),
  catalogue: z.strictObject({
    /** The catalogue's version: a hash of its content, and the commit it was built from when known. */
    version: z.string().min(1),
    commit: z.string().optional(),
    builtAt: timestamp,
    url: link.describe('the catalogue site the searches ran on'),
  }),
  searches: z.array(search).min(1),
  notes: z.string(),
  /** What the check cannot know, as the page says it. */
  limits: z.array(z.string()).min(1),
});

export type FoundEntry = z.infer<typeof foundEntry>;
export type FoundOperation = z.infer<typeof foundOperation>;
export type FoundDataItem = z.infer<typeof foundDataItem>;
export type Search = z.infer<typeof search>;
export type ReuseCheckRecord = z.infer<typeof reuseCheckRecord>;

/** The record's JSON Schema (draft 2020-12), published beside the page. */
export function recordJsonSchema(schemaUrl: string): Record<string, unknown> {
  return { $id: schemaUrl, title: 'Reuse check record', ...z.toJSONSchema(reuseCheckRecord, { target: 'draft-2020-12' }) };
}
