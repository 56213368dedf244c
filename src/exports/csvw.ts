/**
 * CSV on the Web (W3C CSVW) descriptions of catalogue.csv and organisations.csv, published beside
 * each as `<file>-metadata.json`, as api.gov.uk published its own: every column's name, meaning and
 * datatype, which are required, list separators, the primary key, and the link from `provider` to
 * the organisations. Generated from the column lists in csv.ts.
 */
import { CATALOGUE_COLUMNS, LIST_SEPARATOR, ORGANISATION_COLUMNS, type CsvColumn } from './csv.ts';
import { OGL_URL } from './catalogue-json.ts';
import { absoluteUrl, urls } from '../site/urls.ts';

function columns<T>(list: readonly CsvColumn<T>[]): Record<string, unknown>[] {
  return list.map((c) => ({
    name: c.name,
    titles: c.name,
    'dc:description': c.description,
    datatype: c.datatype,
    ...(c.required ? { required: true } : {}),
    ...(c.list ? { separator: LIST_SEPARATOR } : {}),
  }));
}

const table = (site: string, title: string, url: string, tableSchema: Record<string, unknown>): Record<string, unknown> => ({
  '@context': 'http://www.w3.org/ns/csvw',
  url: absoluteUrl(site, url),
  'dc:title': title,
  'dc:license': OGL_URL,
  tableSchema,
});

/** `catalogue.csv-metadata.json`. */
export function catalogueCsvMetadata(site: string): Record<string, unknown> {
  return table(site, 'Government API catalogue: APIs, components and registers', urls.catalogueCsv(), {
    columns: columns(CATALOGUE_COLUMNS),
    primaryKey: 'id',
    foreignKeys: [{ columnReference: 'provider', reference: { resource: absoluteUrl(site, urls.organisationsCsv()), columnReference: 'id' } }],
  });
}

/** `organisations.csv-metadata.json`. */
export function organisationsCsvMetadata(site: string): Record<string, unknown> {
  return table(site, 'Government API catalogue: organisations', urls.organisationsCsv(), { columns: columns(ORGANISATION_COLUMNS), primaryKey: 'id' });
}
