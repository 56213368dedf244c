/**
 * Small catalogue entries for tests that build Git histories (the pull-request report, the
 * changelog): an API entry's metadata, and the standards' baseline documents renamed per entry so
 * that no two are the same.
 */
import { readFileSync } from 'node:fs';

export const baseline = (version: '2.0' | '3.0' | '3.1', title: string): string =>
  readFileSync(`test/standards/fixtures/baseline-${version}.yaml`, 'utf8').replaceAll('Vehicle Records API', title);

/** An API entry of the example agency with one document, `openapi.yaml`; `extra` lines go at the end. */
export function entry(id: string, fields: { name: string; status: string; extra?: string }): string {
  return [
    `id: ${id}`,
    `name: ${fields.name}`,
    `summary: ${fields.name} for the example agency's vehicle records, for tests of the report.`,
    'description: |',
    `  The ${fields.name} lets services work with vehicle records.`,
    'kind: api',
    'organisation: hm-revenue-customs',
    `status: ${fields.status}`,
    'dates:',
    '  added: 2026-11-23',
    '  lastReviewed: 2026-11-23',
    ...(fields.status === 'retired' ? ['  deprecated: 2025-01-01', '  retired: 2026-01-01'] : []),
    `documentationUrl: https://developer.vehicle-records.service.gov.uk/${id}`,
    'access:',
    '  level: registration',
    '  howToGetAccess: Register an application on the developer hub.',
    'contact:',
    '  name: Vehicle records team',
    '  url: https://www.gov.uk/contact-the-dvla',
    'topics: [tax]',
    'specs:',
    '  - file: openapi.yaml',
    ...(fields.extra ? [fields.extra] : []),
    '',
  ].join('\n');
}

/** The minimal fixture catalogue's settings, topics and organisation, as files of a test repository. */
export function catalogueSettings(folder = 'catalogue'): Record<string, string> {
  const from = 'test/fixtures/catalogue-minimal';
  return {
    [`${folder}/config.yaml`]: readFileSync(`${from}/config.yaml`, 'utf8'),
    [`${folder}/topics.yaml`]: readFileSync(`${from}/topics.yaml`, 'utf8'),
    [`${folder}/organisations/hm-revenue-customs.yaml`]: readFileSync(`${from}/organisations/hm-revenue-customs.yaml`, 'utf8'),
  };
}
