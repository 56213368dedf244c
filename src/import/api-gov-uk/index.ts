/**
 * The api.gov.uk import: `importApiGovUk` reads api.gov.uk's catalogue.csv and organisation.csv,
 * checks them against their CSV on the Web schemas, and accounts for every row:
 *
 * - a row that describes no catalogue entry becomes a new entry (`created`), marked with where it
 *   came from and as awaiting its owners' review;
 * - a row that describes an entry this import made earlier, still awaiting review, refreshes the
 *   fields it maps (`updated`), or changes nothing (`unchanged`): running the import twice changes
 *   nothing;
 * - a row that describes an entry written or reviewed by its owners is merged into it (`merged`):
 *   the entry keeps its text, and gains the row's name as an alternative name when it is new;
 * - any other row is reported with its reason, never dropped, never duplicated.
 *
 * Organisations map onto GOV.UK slugs (organisations.ts); a body not on GOV.UK gets `onGovUk: false`.
 * Fields that cannot be mapped are reported per row and listed on the entry as gaps (map-row.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, type Document } from 'yaml';
import { loadCatalogue, type LoadedEntry } from '../../catalogue/load.ts';
import { awaitingOwnerReview } from '../../catalogue/schema.ts';
import type { Problem } from '../../problems/problem.ts';
import { checkCsvw, readCsvwSchema, type CellProblem } from '../csvw.ts';
import { editEntryFile, entryYaml } from '../entry-yaml.ts';
import { readCsv, type CsvRow, type CsvTable } from '../read-csv.ts';
import { mapRow, type RowNote } from './map-row.ts';
import { EntryIndex, type MatchCriterion } from './match.ts';
import { mapOrganisation, type OrganisationMapping } from './organisations.ts';
import { REASONS, type ReasonCode } from './reasons.ts';
import { API_GOV_UK } from './source.ts';
import { sameName, slugify } from './text.ts';
import { canonicalJson } from '../../text/canonical-json.ts';

export { REASONS, type ReasonCode } from './reasons.ts';

export interface ImportOptions {
  catalogueCsv: string;
  organisationCsv: string;
  /** The catalogue folder: entries/ and organisations/ are read and written. */
  catalogueDir: string;
  /** The import's date, YYYY-MM-DD. */
  today: string;
  /** Work out and report everything, write nothing. */
  dryRun?: boolean;
}

export type RowOutcome =
  | { kind: 'created' | 'updated' | 'unchanged'; id: string }
  | { kind: 'merged'; id: string; by: MatchCriterion; addedName: boolean }
  | { kind: 'reported'; code: ReasonCode; message: string };

export interface RowReport {
  row: number;
  name: string;
  outcome: RowOutcome;
  /** What could not be mapped, for created, updated and unchanged entries. */
  notes: RowNote[];
}

export interface OrganisationReport {
  row: number;
  mapping: OrganisationMapping;
  created: boolean;
}

export interface ImportReport {
  /** Fatal problems (a file missing or unreadable, a column missing): nothing was imported. */
  problems: Problem[];
  rows: RowReport[];
  organisations: OrganisationReport[];
  /** Cells that break the CSV on the Web schemas, for the source's maintainers. */
  schemaProblems: { file: string; cells: CellProblem[] }[];
  /** Entry files written (created, updated or merged into). */
  written: string[];
}

const REQUIRED_COLUMNS = ['url', 'name', 'description', 'documentation', 'license', 'maintainer', 'provider', 'areaServed', 'startDate', 'endDate'];
const ORGANISATION_COLUMNS = ['id', 'name', 'alternateName', 'url'];

function missingColumns(table: CsvTable, needed: readonly string[]): Problem[] {
  const missing = needed.filter((c) => !table.columns.includes(c));
  return missing.length ? [{ file: table.file, line: 1, rule: 'import/columns', severity: 'error', message: `has no column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`, hint: `the header must name the columns of api.gov.uk's file: ${needed.join(', ')}` }] : [];
}

/** Values of `column` that several rows share while naming different APIs: a gateway or a portal, not one API's address. */
function sharedValues(rows: readonly CsvRow[], column: string): Set<string> {
  const names = new Map<string, Set<string>>();
  for (const r of rows) {
    const v = r.values[column] ?? '';
    if (v !== '') names.set(v, (names.get(v) ?? new Set()).add((r.values.name ?? '').toLowerCase()));
  }
  return new Set([...names].filter(([, n]) => n.size > 1).map(([v]) => v));
}

/** Adds `name` to an entry file's alternativeNames unless the entry already answers to it. */
function addAlternativeName(doc: Document, name: string): boolean {
  const map = doc.contents;
  if (!isMap(map)) return false;
  const current = [String(map.get('name') ?? ''), ...((map.get('alternativeNames') as { items?: { value?: unknown }[] } | undefined)?.items ?? []).map((i) => String(i.value ?? i))];
  if (current.some((n) => sameName(n, name))) return false;
  const list = map.get('alternativeNames', true);
  if (isSeq(list)) list.add(doc.createNode(name));
  else map.set('alternativeNames', doc.createNode([name]));
  return true;
}

export function importApiGovUk(options: ImportOptions): ImportReport {
  const report: ImportReport = { problems: [], rows: [], organisations: [], schemaProblems: [], written: [] };
  const catalogueRead = readCsv(options.catalogueCsv);
  const organisationRead = readCsv(options.organisationCsv);
  for (const r of [catalogueRead, organisationRead]) if (!r.ok) report.problems.push(r.problem);
  if (!catalogueRead.ok || !organisationRead.ok) return report;
  const table = catalogueRead.table;
  const orgTable = organisationRead.table;
  report.problems.push(...missingColumns(table, REQUIRED_COLUMNS), ...missingColumns(orgTable, ORGANISATION_COLUMNS));
  if (report.problems.length) return report;

  const orgIds = new Set(orgTable.rows.map((r) => r.values.id ?? ''));
  for (const [t, file] of [[orgTable, options.organisationCsv], [table, options.catalogueCsv]] as const) {
    const schema = readCsvwSchema(file);
    if (!schema) continue;
    const cells = checkCsvw(t, schema, Object.fromEntries(schema.foreignKeys.map((f) => [f.table, orgIds])));
    report.schemaProblems.push({ file: schema.file, cells });
  }

  const { catalogue } = loadCatalogue(options.catalogueDir);
  const entriesDir = path.join(catalogue.root, 'entries');
  const orgDir = path.join(catalogue.root, 'organisations');
  const existingOrgs = new Set(catalogue.organisations.map((o) => o.organisation.slug));
  const orgNames = new Map(catalogue.organisations.map((o) => [o.organisation.slug, o.organisation.name]));
  const write = (file: string, text: string): void => {
    report.written.push(file);
    if (options.dryRun) return;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  // Organisations: every row of organisation.csv onto a GOV.UK slug.
  const orgs = new Map<string, OrganisationMapping>();
  for (const r of orgTable.rows) {
    const found = mapOrganisation({ row: r.row, id: r.values.id ?? '', name: r.values.name ?? '', alternateName: r.values.alternateName ?? '', url: r.values.url ?? '' });
    // An organisation already in the catalogue keeps the name its file gives it.
    const mapping = { ...found, name: orgNames.get(found.slug) ?? found.name };
    orgs.set(mapping.sourceId, mapping);
    const created = !existingOrgs.has(mapping.slug);
    if (created) {
      existingOrgs.add(mapping.slug);
      const data = { slug: mapping.slug, name: mapping.name, ...(mapping.abbreviation ? { abbreviation: mapping.abbreviation } : {}), ...(mapping.website ? { website: mapping.website } : {}), ...(mapping.onGovUk ? {} : { onGovUk: false }) };
      write(path.join(orgDir, `${mapping.slug}.yaml`), entryYaml(data, ` Imported from ${API_GOV_UK.source} (${path.basename(options.organisationCsv)} row ${r.row}). Name the GitHub team that reviews its entries in githubTeam.`));
    }
    report.organisations.push({ row: r.row, mapping, created });
  }

  const index = new EntryIndex();
  const loadedById = new Map<string, LoadedEntry>(catalogue.entries.map((l) => [l.entry.id, l]));
  for (const l of catalogue.entries) index.add(l.entry);
  const takenIds = new Set([...loadedById.keys(), ...catalogue.brokenEntryIds]);
  const claimedBy = new Map<string, number>();
  const sharedUrls = sharedValues(table.rows, 'url');
  const sharedDocs = sharedValues(table.rows, 'documentation');
  const file = path.basename(options.catalogueCsv);

  for (const row of table.rows) {
    const name = (row.values.name ?? '').replace(/\s+/g, ' ');
    const reported = (code: ReasonCode, message: string = REASONS[code]) => report.rows.push({ row: row.row, name, outcome: { kind: 'reported', code, message }, notes: [] });
    const organisation = orgs.get(row.values.provider ?? '');
    if (!organisation) {
      reported('row/unknown-provider', `provider "${row.values.provider ?? ''}" is not an id in ${path.basename(options.organisationCsv)}: not imported (add the organisation there first)`);
      continue;
    }
    if (name.length < 2) {
      reported('row/no-name');
      continue;
    }
    if ((row.values.description ?? '').trim() === '') {
      reported('row/no-description');
      continue;
    }
    const mapped = mapRow(row, organisation, sharedUrls);
    const found = index.find({
      productionUrl: mapped.fields.endpoints?.[0]?.url,
      documentationUrl: mapped.fields.documentationUrl && !sharedDocs.has(mapped.fields.documentationUrl) ? mapped.fields.documentationUrl : undefined,
      name,
      organisation: organisation.slug,
    });
    if (found.ambiguous) {
      reported('row/ambiguous', `matches ${found.ambiguous.map((id) => `"${id}"`).join(' and ')}: not imported, so that nothing is merged into the wrong entry (say in the entries how they relate, or merge them)`);
      continue;
    }
    const provenanceBase = { source: API_GOV_UK.source, sourceUrl: API_GOV_UK.sourceUrl, file, row: row.row, licence: API_GOV_UK.licence };
    const gapsFor = (data: Record<string, unknown>) =>
      mapped.notes.filter((n) => n.gap && n.field && !hasField(data, n.field)).map((n) => ({ field: n.field as string, reason: n.message }));

    if (found.match) {
      const id = found.match.id;
      const earlier = claimedBy.get(id);
      if (earlier !== undefined) {
        reported('row/same-as-earlier-row', `describes the same API as row ${earlier} (same ${found.match.by}), which is "${id}": reported, not imported twice`);
        continue;
      }
      claimedBy.set(id, row.row);
      const loaded = loadedById.get(id);
      if (!loaded) continue; // entries made in this run are always claimed
      const raw = loaded.source.data as Record<string, unknown>;
      if (loaded.entry.provenance?.source === API_GOV_UK.source && awaitingOwnerReview(loaded.entry)) {
        const merged: Record<string, unknown> = { ...raw, ...mapped.fields, id, dates: { ...(raw.dates as object), ...mapped.fields.dates } };
        merged.provenance = { ...provenanceBase, imported: loaded.entry.provenance.imported, ...(mapped.sourceUpdated ? { sourceUpdated: mapped.sourceUpdated } : {}), gaps: gapsFor(merged) };
        const same = canonicalJson(stripEmpty(merged)) === canonicalJson(stripEmpty(raw));
        if (!same) write(path.join(loaded.dir, path.basename(loaded.file)), entryYaml(merged));
        report.rows.push({ row: row.row, name, outcome: { kind: same ? 'unchanged' : 'updated', id }, notes: mapped.notes });
      } else {
        const abs = path.join(loaded.dir, path.basename(loaded.file));
        const addedName = options.dryRun ? false : editEntryFile(abs, (doc) => addAlternativeName(doc, name));
        if (addedName) report.written.push(abs);
        report.rows.push({ row: row.row, name, outcome: { kind: 'merged', id, by: found.match.by, addedName }, notes: [] });
      }
      continue;
    }

    const id = newId(name, organisation, takenIds);
    takenIds.add(id);
    claimedBy.set(id, row.row);
    const data: Record<string, unknown> = { id, ...mapped.fields, dates: { added: options.today, ...mapped.fields.dates } };
    data.provenance = { ...provenanceBase, imported: options.today, ...(mapped.sourceUpdated ? { sourceUpdated: mapped.sourceUpdated } : {}), gaps: gapsFor(data) };
    write(path.join(entriesDir, id, 'entry.yaml'), entryYaml(data));
    index.add({ id, kind: 'api', name, organisation: organisation.slug, documentationUrl: mapped.fields.documentationUrl, endpoints: mapped.fields.endpoints ?? [] }, { nameVariants: false });
    report.rows.push({ row: row.row, name, outcome: { kind: 'created', id }, notes: mapped.notes });
  }
  return report;
}

function hasField(data: Record<string, unknown>, field: string): boolean {
  let v: unknown = data;
  for (const k of field.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v !== undefined && !(Array.isArray(v) && v.length === 0);
}

/** Data without empty lists, which the schema fills in and files leave out. */
function stripEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripEmpty);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (x === undefined || (Array.isArray(x) && x.length === 0) ? [] : [[k, stripEmpty(x)]])));
  return v;
}

/** An id from the name; when another entry has it, with the organisation's abbreviation in front, then a number. */
function newId(name: string, organisation: OrganisationMapping, taken: ReadonlySet<string>): string {
  const base = slugify(name) || 'api';
  if (!taken.has(base)) return base;
  const prefixed = `${slugify(organisation.abbreviation ?? organisation.slug, 20)}-${base}`.slice(0, 80).replace(/-+$/, '');
  if (!taken.has(prefixed)) return prefixed;
  for (let n = 2; ; n++) if (!taken.has(`${prefixed}-${n}`)) return `${prefixed}-${n}`;
}
