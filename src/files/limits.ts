/**
 * The largest file of each kind the catalogue reads. Each is about thirty times the largest real file
 * of its kind (or, for OpenAPI documents, five times the largest public-sector document we know), so
 * no real entry meets it, while a hostile one cannot make the build read without end (a link to
 * /dev/zero) or publish a page of many megabytes. A file over its limit is never read: it is a
 * problem that names the file, its size and the limit.
 *
 * Largest real files when these were set: an entry.yaml 3.7 KB, an organisation 0.3 KB, topics.yaml
 * 2.5 KB, config.yaml 0.6 KB, an OpenAPI document in the catalogue 39 KB and in the public corpus
 * 1.9 MB (NHS Electronic Prescription Service, resolved to one JSON file).
 */

export const FILE_KINDS = ['config', 'topics', 'organisation', 'entry', 'entry-mdx', 'openapi', 'ref', 'link-report', 'pr-report', 'csv', 'csv-metadata'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const KB = 1024;
const MB = 1024 * KB;

/** Largest OpenAPI document (and each file it references), in bytes: the assessment's and the bundler's limit too. */
export const OPENAPI_MAX_BYTES = 10 * MB;

export interface FileLimit {
  /** Largest size in bytes. */
  bytes: number;
  /** What the file is, in words, for messages: "an entry's metadata file". */
  what: string;
  /** How to get under the limit. */
  hint: string;
}

export const FILE_LIMITS: Readonly<Record<FileKind, FileLimit>> = {
  config: { bytes: 16 * KB, what: 'catalogue/config.yaml', hint: 'config.yaml holds a few settings only' },
  topics: { bytes: 256 * KB, what: 'catalogue/topics.yaml', hint: 'keep each topic to an id, a name and a sentence of description' },
  organisation: { bytes: 16 * KB, what: 'an organisation file', hint: 'an organisation file holds its slug, name, abbreviation, website and GitHub team only' },
  entry: { bytes: 128 * KB, what: "an entry's metadata file", hint: 'keep each field within the lengths the schema gives; put a long guide in entry.mdx' },
  'entry-mdx': { bytes: 512 * KB, what: 'an entry.mdx file (metadata and guide)', hint: 'shorten the guide, and link to the service\'s own documentation for the detail' },
  openapi: { bytes: OPENAPI_MAX_BYTES, what: 'an OpenAPI document', hint: 'split the document into smaller files joined with relative $refs, or remove generated bulk such as large embedded examples' },
  ref: { bytes: OPENAPI_MAX_BYTES, what: 'a file an OpenAPI document refers to', hint: 'split it into smaller files, or remove generated bulk such as large embedded examples' },
  // About 30 times the report of the whole catalogue (about 330 links, 0.15 MB).
  'link-report': { bytes: 8 * MB, what: 'catalogue/link-report.json', hint: 'run `npm run check-links` to write it again' },
  // The pull-request report artifact the comment workflow reads back (untrusted: written by the pull request's own code).
  'pr-report': { bytes: 5 * MB, what: 'a pull-request report', hint: 'post the report the check workflow wrote with `npm run pr-report -- --output <file>`: a real one is far smaller' },
  // Ten times api.gov.uk's catalogue.csv (213 KB) and its metadata (4 KB).
  csv: { bytes: 2 * MB, what: 'a CSV file to import', hint: 'split the file' },
  'csv-metadata': { bytes: 64 * KB, what: 'a CSV on the Web metadata file', hint: 'keep only the table schema' },
};

/** `3.7 KB`, `12.4 MB`: sizes as messages show them. */
export function sizeText(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / KB)} KB`;
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}
