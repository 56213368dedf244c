/**
 * The files `npm run new-entry` writes from the answers: the entry's metadata (entry.yaml) and, for
 * an API, a starter OpenAPI 3.1 document made only of what the answers say (no invented operations),
 * which reaches the baseline level until operations are added.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document } from 'yaml';
import type { EntryInput } from '../catalogue/schema.ts';
import type { Answers } from './questions.ts';

const STARTER_SPEC_FILE = 'openapi.yaml';

/** The entry's fields, in the schema's order, with only what was answered. */
export function entryFromAnswers(a: Answers, today: string): EntryInput {
  const dates: EntryInput['dates'] = { added: today, lastReviewed: today, ...(a.deprecatedOn ? { deprecated: a.deprecatedOn } : {}), ...(a.retiredOn ? { retired: a.retiredOn } : {}) };
  return {
    id: a.id,
    name: a.name,
    summary: a.summary,
    description: a.description,
    kind: a.kind,
    organisation: a.organisation,
    status: a.status,
    dates,
    documentationUrl: a.documentationUrl,
    ...(a.productionUrl ? { endpoints: [{ environment: 'production' as const, url: a.productionUrl }] } : {}),
    access: { level: a.accessLevel as NonNullable<EntryInput['access']>['level'], howToGetAccess: a.howToGetAccess },
    contact: { name: a.contactName, ...(a.contactEmail ? { email: a.contactEmail } : {}), ...(a.contactUrl ? { url: a.contactUrl } : {}) },
    ...(a.topics?.length ? { topics: a.topics } : {}),
    ...(a.kind === 'api' ? { specs: [{ file: STARTER_SPEC_FILE }] } : {}),
    ...(a.formats ? { register: { formats: a.formats } } : {}),
  };
}

function yamlText(data: unknown, header: string): string {
  const doc = new Document(data);
  doc.commentBefore = header;
  return doc.toString({ lineWidth: 100 });
}

function entryYaml(a: Answers, today: string): string {
  return yamlText(
    entryFromAnswers(a, today),
    ` ${a.name}: created with \`npm run new-entry\`. Every field is explained on the catalogue's\n "List your API" guide (/guides/list-your-api/). Check it with \`npm run validate -- catalogue/entries/${a.id}\`.`,
  );
}

/** A starter OpenAPI 3.1 document: what the answers say about the API, and no operations yet. */
function starterOpenApi(a: Answers): string {
  const contact = { name: a.contactName, ...(a.contactEmail ? { email: a.contactEmail } : {}), ...(a.contactUrl ? { url: a.contactUrl } : {}) };
  const text = yamlText(
    {
      openapi: '3.1.0',
      info: { title: a.name, version: '1.0.0', summary: a.summary, description: a.description, contact },
      externalDocs: { description: 'Documentation', url: a.documentationUrl },
      servers: a.productionUrl ? [{ url: a.productionUrl, description: 'Production' }] : [],
      paths: {},
    },
    ` The OpenAPI description of ${a.name}, started by \`npm run new-entry\` from the entry's answers.\n Describe each operation under \`paths\` (or replace this file with the API's own document), then\n check it against the GDS API standards: \`npm run validate -- catalogue/entries/${a.id}\`.`,
  );
  return text.replace(/^paths: \{\}$/m, '# Each path of the API goes here, with its operations, parameters and responses.\npaths: {}');
}

/** Writes the entry folder; returns the files written. Throws when the folder already exists. */
export function writeEntry(catalogueRoot: string, a: Answers, today: string): string[] {
  const dir = path.join(catalogueRoot, 'entries', a.id);
  mkdirSync(dir, { recursive: false });
  const files = [path.join(dir, 'entry.yaml')];
  writeFileSync(files[0] as string, entryYaml(a, today), { flag: 'wx' });
  if (a.kind === 'api') {
    const spec = path.join(dir, STARTER_SPEC_FILE);
    writeFileSync(spec, starterOpenApi(a), { flag: 'wx' });
    files.push(spec);
  }
  return files;
}
