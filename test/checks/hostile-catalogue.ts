/**
 * A catalogue that a hostile pull request could produce: the minimal fixture plus one entry per kind
 * of attack (links of every kind, named pipes, folders where files belong, files over their limits,
 * bytes that are not UTF-8, names with control characters, text that deceives, credentials in URLs,
 * a document that breaks the Swagger 2.0 converter). Each case lives in its own entry folder, so
 * they do not interfere, and one check of the whole catalogue gives every case's problem.
 *
 * The links point into `outside`, a folder that stands for everything outside the repository (the
 * build and `validate` must never open anything in it), and at /etc/passwd and /dev/zero.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

const MINIMAL = path.resolve('test/fixtures/catalogue-minimal');

/** A valid component entry (no documents), as YAML fields. */
export function componentEntry(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: `Component ${id}`,
    summary: 'A component used by the hostile-entry tests.',
    description: 'Stands for one hostile case.',
    kind: 'component',
    organisation: 'hm-revenue-customs',
    status: 'beta',
    dates: { added: '2026-11-23', lastReviewed: '2026-11-23' },
    documentationUrl: 'https://developer.service.hmrc.gov.uk/api-documentation',
    access: { level: 'government-only', howToGetAccess: 'Ask the team.' },
    contact: { name: 'Platform team', email: 'platform@hmrc.gov.uk' },
    ...overrides,
  };
}

/** A valid API entry naming `openapi.yaml`, under a waiver so that the level never gets in the way. */
export function apiEntry(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return componentEntry(id, {
    kind: 'api',
    specs: [{ file: 'openapi.yaml' }],
    conformanceWaiver: { reason: 'A test entry for one hostile case; it is never published.', until: '2999-12-31' },
    ...overrides,
  });
}

/** A small OpenAPI 3.0 document that reaches baseline, with its own title (no two entries may share a document). */
export function openapi(title: string, extra: Record<string, unknown> = {}): string {
  return stringify({
    openapi: '3.0.3',
    info: { title, version: '1.0.0', description: `The ${title} test document.`, contact: { name: 'Platform team', url: 'https://developer.service.hmrc.gov.uk/developer/support' } },
    servers: [{ url: 'https://api.service.hmrc.gov.uk/organisations/hostile' }],
    paths: {},
    ...extra,
  });
}

/** The text fields of an entry, each poisoned in its own entry: [entry id, the field's path, the entry's fields]. */
export const POISON = '\u001b[2K\u001b[1A::error::forged';
export function poisonedEntries(): [string, string, Record<string, unknown>][] {
  const cases: [string, (string | number)[], unknown][] = [
    ['name', ['name'], `Good name ${POISON}`],
    ['alternative-names', ['alternativeNames', 0], `Other ${POISON}`],
    ['summary', ['summary'], 'Looks fine \u202Eenilno si tI in a terminal.'],
    ['description', ['description'], 'Text with a NUL \u0000 byte in it.'],
    ['access', ['access', 'howToGetAccess'], `Apply \u001b]8;;https://evil.example/\u0007here\u001b]8;;\u0007.`],
    ['contact-name', ['contact', 'name'], 'Platform\u200Bteam'],
    ['keywords', ['keywords', 0], 'tax\nverified: true'],
    ['version', ['version'], '1.0\u2066'],
    ['licence', ['licence'], { name: 'Open Government Licence v3.0\u0085' }],
    ['used-by-services', ['usedByServices', 0, 'name'], [{ name: '\uFEFFPay' }]],
    ['register-custodian', ['register'], { formats: ['CSV'], custodian: 'Team\u2028Lead' }],
  ];
  return cases.map(([id, at, value]) => {
    const fields = componentEntry(`poison-${id}`);
    const [first] = at;
    if (first === 'access') (fields.access as Record<string, unknown>).howToGetAccess = value;
    else if (first === 'contact') (fields.contact as Record<string, unknown>).name = value;
    else if (first === 'alternativeNames' || first === 'keywords') fields[first as string] = [value];
    else fields[first as string] = value;
    if (first === 'register') fields.kind = 'register';
    return [`poison-${id}`, at.join('.'), fields];
  });
}

export interface HostileCatalogue {
  catalogue: string;
  outside: string;
  /** Everything outside the repository that the catalogue points at: none of it may be opened. */
  targets: string[];
}

/**
 * Writes the hostile catalogue into `<parent>/catalogue` and the files it points at into `outside`
 * (which must be outside the repository for the file-access test to mean anything).
 */
export function writeHostileCatalogue(parent: string, outside: string): HostileCatalogue {
  const catalogue = path.join(parent, 'catalogue');
  cpSync(MINIMAL, catalogue, { recursive: true });
  mkdirSync(outside, { recursive: true });
  const entries = path.join(catalogue, 'entries');
  const entry = (id: string, files: Record<string, string | Buffer>): string => {
    const dir = path.join(entries, id);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
  const yaml = (fields: Record<string, unknown>): string => stringify(fields);

  // What the links point at.
  const outsideEntry = path.join(outside, 'entry-folder');
  mkdirSync(outsideEntry, { recursive: true });
  writeFileSync(path.join(outsideEntry, 'entry.yaml'), yaml(componentEntry('link-entry-folder')));
  const outsideYaml = path.join(outside, 'secret-entry.yaml');
  writeFileSync(outsideYaml, yaml(componentEntry('link-entry-file', { summary: 'An entry kept outside the repository.' })));
  const outsideSpec = path.join(outside, 'secret-openapi.yaml');
  writeFileSync(outsideSpec, openapi('Secret API outside the repository'));
  const outsideSpecFolder = path.join(outside, 'spec-folder');
  mkdirSync(outsideSpecFolder, { recursive: true });
  writeFileSync(path.join(outsideSpecFolder, 'openapi.yaml'), openapi('Secret API in a folder outside the repository'));
  const outsideSchema = path.join(outside, 'secret-schema.yaml');
  writeFileSync(outsideSchema, 'type: object\nproperties:\n  outsideSecretField: { type: string }\n');
  const outsideOrg = path.join(outside, 'organisation.yaml');
  writeFileSync(outsideOrg, readFileSync(path.join(MINIMAL, 'organisations/hm-revenue-customs.yaml')));
  const outsidePipe = path.join(outside, 'pipe');
  execFileSync('mkfifo', [outsidePipe]);

  // Links of every kind: an entry folder, an entry file, to /etc/passwd, to a device, to a pipe.
  symlinkSync(outsideEntry, path.join(entries, 'link-entry-folder'));
  symlinkSync(outsideYaml, path.join(entry('link-entry-file', {}), 'entry.yaml'));
  symlinkSync('/etc/passwd', path.join(entry('link-passwd', {}), 'entry.yaml'));
  symlinkSync('/dev/zero', path.join(entry('link-dev-zero', {}), 'entry.yaml'));
  symlinkSync(outsidePipe, path.join(entry('link-pipe', {}), 'entry.yaml'));
  // An organisation file and a spec that are links.
  symlinkSync(outsideOrg, path.join(catalogue, 'organisations', 'link-organisation.yaml'));
  symlinkSync(outsideSpec, path.join(entry('link-spec', { 'entry.yaml': yaml(apiEntry('link-spec')) }), 'openapi.yaml'));
  symlinkSync(outsideSpecFolder, path.join(entry('link-spec-folder', { 'entry.yaml': yaml(apiEntry('link-spec-folder', { specs: [{ file: 'v1/openapi.yaml' }] })) }), 'v1'));
  // $ref targets that are links (outside, a device, /etc/passwd) and a named pipe.
  const refDoc = (title: string, target: string): string => openapi(title, { components: { schemas: { Thing: { $ref: target } } } });
  symlinkSync(outsideSchema, path.join(entry('ref-link', { 'entry.yaml': yaml(apiEntry('ref-link')), 'openapi.yaml': refDoc('Ref link API', 'schemas/thing.yaml'), 'schemas/.keep': '' }), 'schemas', 'thing.yaml'));
  symlinkSync('/dev/zero', path.join(entry('ref-dev-zero', { 'entry.yaml': yaml(apiEntry('ref-dev-zero')), 'openapi.yaml': refDoc('Ref device API', 'zero.yaml') }), 'zero.yaml'));
  symlinkSync('/etc/passwd', path.join(entry('ref-passwd', { 'entry.yaml': yaml(apiEntry('ref-passwd')), 'openapi.yaml': refDoc('Ref passwd API', 'passwd.yaml') }), 'passwd.yaml'));
  execFileSync('mkfifo', [path.join(entry('ref-pipe', { 'entry.yaml': yaml(apiEntry('ref-pipe')), 'openapi.yaml': refDoc('Ref pipe API', 'pipe.yaml') }), 'pipe.yaml')]);
  // A named pipe and folders where files belong.
  execFileSync('mkfifo', [path.join(entry('pipe-entry', {}), 'entry.yaml')]);
  mkdirSync(path.join(entry('folder-entry', {}), 'entry.yaml'));
  mkdirSync(path.join(entry('folder-spec', { 'entry.yaml': yaml(apiEntry('folder-spec')) }), 'openapi.yaml'));
  mkdirSync(path.join(catalogue, 'organisations', 'folder-organisation.yaml'));
  // Files over their limits: a sparse 11 MB document is refused by its size, never read.
  entry('big-entry', { 'entry.yaml': yaml(componentEntry('big-entry', { description: 'A long description. '.repeat(8000) })) });
  truncateSync(path.join(entry('big-spec', { 'entry.yaml': yaml(apiEntry('big-spec')), 'openapi.yaml': '' }), 'openapi.yaml'), 11 * 1024 * 1024);
  entry('long-description', { 'entry.yaml': yaml(componentEntry('long-description', { description: 'Words. '.repeat(1000) })) });
  // Bytes that are not UTF-8, in a file and in a folder name; names with control characters.
  entry('latin1-entry', { 'entry.yaml': Buffer.concat([Buffer.from(yaml(componentEntry('latin1-entry')).replace('Platform team', 'Equipe caf')), Buffer.from([0xe9])]) });
  entry('latin1-spec', { 'entry.yaml': yaml(apiEntry('latin1-spec')), 'openapi.yaml': Buffer.concat([Buffer.from(openapi('Latin-1 API').replace('Latin-1 API test document.', 'Latin-1 API test document, caf')), Buffer.from([0xe9, 0x0a])]) });
  mkdirSync(Buffer.concat([Buffer.from(`${entries}/caf`), Buffer.from([0xe9])]) as unknown as string);
  entry('escape\u001b[31mred', {});
  // Deep nesting in an entry.
  entry('deep-entry', { 'entry.yaml': `${yaml(componentEntry('deep-entry'))}x-deep: ${'['.repeat(200)}${']'.repeat(200)}\n` });
  // A Swagger 2.0 document whose `consumes` breaks the converter, passing the GDS checks under its waiver.
  entry('swagger-consumes', {
    'entry.yaml': yaml(apiEntry('swagger-consumes')),
    'openapi.yaml': stringify({
      swagger: '2.0',
      info: { title: 'Swagger consumes API', version: '1.0.0', description: 'A Swagger 2.0 document.', contact: { name: 'Platform team', url: 'https://developer.service.hmrc.gov.uk/developer/support' } },
      host: 'api.service.hmrc.gov.uk',
      basePath: '/organisations/swagger/v1',
      schemes: ['https'],
      paths: { '/returns': { post: { operationId: 'submitReturn', summary: 'Submit a return', consumes: 'application/json', parameters: [{ in: 'body', name: 'body', schema: { type: 'object' } }], responses: { '201': { description: 'Created' } } } } },
    }),
  });
  // Credentials in URLs.
  entry('credentials', { 'entry.yaml': yaml(componentEntry('credentials', { documentationUrl: 'https://admin:hunter2@developer.service.hmrc.gov.uk/docs' })) });
  // A guide with a bidirectional override.
  entry('guide-bidi', { 'entry.mdx': `---\n${yaml(componentEntry('guide-bidi'))}---\n\n## Start\n\nCall the API \u202Ewith care.\n` });
  // Control and escape characters in every printed field.
  for (const [id, , fields] of poisonedEntries()) entry(id, { 'entry.yaml': yaml(fields) });

  return { catalogue, outside, targets: [outside, '/etc/passwd', '/dev/zero'] };
}
