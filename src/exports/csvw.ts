/**
 * `catalogue.csv-metadata.json`: a CSV on the Web (W3C CSVW) description of catalogue.csv and
 * organisations.csv, as api.gov.uk published beside its files: every column's name, meaning and
 * datatype, list separators, the primary keys and the link from `provider` to the organisations.
 * Generated from the column lists in csv.ts.
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
    ...(c.list ? { separator: LIST_SEPARATOR } : {}),
  }));
}

export function csvwMetadata(site: string): Record<string, unknown> {
  const organisations = absoluteUrl(site, urls.organisationsCsv());
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    'dc:title': 'Government API catalogue',
    'dc:license': OGL_URL,
    tables: [
      {
        url: absoluteUrl(site, urls.catalogueCsv()),
        'dc:title': 'Entries: APIs, components and registers',
        tableSchema: {
          columns: columns(CATALOGUE_COLUMNS),
          primaryKey: 'id',
          foreignKeys: [{ columnReference: 'provider', reference: { resource: organisations, columnReference: 'id' } }],
        },
      },
      {
        url: organisations,
        'dc:title': 'Organisations',
        tableSchema: { columns: columns(ORGANISATION_COLUMNS), primaryKey: 'id' },
      },
    ],
  };
}
