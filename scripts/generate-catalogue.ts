/**
 * Writes a large, realistic catalogue into a folder, for measuring the site at scale (build time,
 * page weight, search downloads). It starts from the repository's own catalogue and adds generated
 * entries from more GOV.UK organisations: APIs with small OpenAPI documents of their own (and some
 * with copies of the repository's real documents), components and registers, in every status and
 * access level, with topics, keywords, relations and review dates spread as in a real catalogue.
 * The output is the same every time for the same options.
 *
 *   npm run generate:catalogue -- [--entries 1000] [--out <dir>]
 *     (default folder: <system temp>/api-catalogue-<entries>; it is replaced)
 *
 * Then, for example:
 *   npm run build -- --catalogue <dir> --out /tmp/dist-1000
 *   npm run bench:search -- /tmp/dist-1000
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import govukOrganisations from '../src/catalogue/govuk-organisations.json' with { type: 'json' };
import { ACCESS_LEVELS, STATUSES, type AccessLevel, type Status } from '../src/catalogue/schema.ts';

interface Options {
  entries: number;
  out: string;
}

function parseArgs(argv: string[]): Options {
  let entries = 1000;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--entries' && value && /^\d+$/.test(value)) {
      entries = Number(value);
      i++;
    } else if (arg === '--out' && value) {
      out = value;
      i++;
    } else {
      process.stderr.write(`unknown option ${arg}\nusage: npm run generate:catalogue -- [--entries 1000] [--out <dir>]\n`);
      process.exit(2);
    }
  }
  return { entries, out: path.resolve(out ?? path.join(tmpdir(), `api-catalogue-${entries}`)) };
}

/** A small seeded random generator (mulberry32), so that the catalogue is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(20261123);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const pickSome = <T>(list: readonly T[], n: number): T[] => [...list].sort(() => rnd() - 0.5).slice(0, n);
function weighted<T extends string>(weights: Record<T, number>): T {
  const total = Object.values<number>(weights).reduce((a, b) => a + b, 0);
  let r = rnd() * total;
  for (const [key, w] of Object.entries<number>(weights)) {
    r -= w;
    if (r <= 0) return key as T;
  }
  return Object.keys(weights)[0] as T;
}
const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a government service deals in: the thing, its records' fields, and the topic it belongs to. */
interface Subject {
  thing: string;
  plural: string;
  topic: string;
  /** Data items a record carries (also keywords). */
  items: string[];
  audience: string;
}

const SUBJECTS: Subject[] = [
  { thing: 'fishing licence', plural: 'fishing licences', topic: 'environment', items: ['licence number', 'date of birth', 'postcode'], audience: 'anglers and tackle shops' },
  { thing: 'court hearing', plural: 'court hearings', topic: 'forms', items: ['case number', 'hearing date', 'court code'], audience: 'legal professionals' },
  { thing: 'prison visit booking', plural: 'prison visit bookings', topic: 'forms', items: ['prisoner number', 'visitor name', 'visit date'], audience: 'families and visitors' },
  { thing: 'planning application', plural: 'planning applications', topic: 'property', items: ['application reference', 'UPRN', 'decision date'], audience: 'councils and developers' },
  { thing: 'energy performance certificate', plural: 'energy performance certificates', topic: 'property', items: ['certificate number', 'UPRN', 'energy rating'], audience: 'landlords, buyers and lenders' },
  { thing: 'school census return', plural: 'school census returns', topic: 'education', items: ['unique pupil number', 'URN', 'census date'], audience: 'schools and local authorities' },
  { thing: 'apprenticeship', plural: 'apprenticeships', topic: 'education', items: ['standard code', 'UKPRN', 'start date'], audience: 'training providers and employers' },
  { thing: 'student loan repayment', plural: 'student loan repayments', topic: 'benefits', items: ['customer reference number', 'National Insurance number', 'repayment plan'], audience: 'employers and payroll software' },
  { thing: 'benefit claim', plural: 'benefit claims', topic: 'benefits', items: ['National Insurance number', 'claim reference', 'award amount'], audience: 'local authorities and advisers' },
  { thing: 'childcare account', plural: 'childcare accounts', topic: 'benefits', items: ['eligibility code', 'National Insurance number', 'childcare provider URN'], audience: 'childcare providers' },
  { thing: 'vehicle MOT test', plural: 'vehicle MOT tests', topic: 'transport', items: ['vehicle registration number', 'test date', 'odometer reading'], audience: 'garages and fleet operators' },
  { thing: 'driving licence check', plural: 'driving licence checks', topic: 'transport', items: ['driving licence number', 'entitlement', 'penalty points'], audience: 'employers and hire companies' },
  { thing: 'train timetable', plural: 'train timetables', topic: 'transport', items: ['station code', 'departure time', 'operator'], audience: 'journey planners' },
  { thing: 'road works permit', plural: 'road works permits', topic: 'transport', items: ['permit reference', 'street USRN', 'works dates'], audience: 'utilities and highway authorities' },
  { thing: 'customs declaration', plural: 'customs declarations', topic: 'tax', items: ['EORI number', 'commodity code', 'movement reference number'], audience: 'importers, exporters and agents' },
  { thing: 'income tax estimate', plural: 'income tax estimates', topic: 'tax', items: ['National Insurance number', 'tax year', 'tax code'], audience: 'software vendors' },
  { thing: 'corporation tax return', plural: 'corporation tax returns', topic: 'tax', items: ['unique taxpayer reference', 'accounting period', 'company number'], audience: 'accountants and businesses' },
  { thing: 'excise duty payment', plural: 'excise duty payments', topic: 'tax', items: ['excise number', 'duty amount', 'payment reference'], audience: 'producers and warehouses' },
  { thing: 'GP appointment', plural: 'GP appointments', topic: 'health', items: ['NHS number', 'ODS code', 'appointment slot'], audience: 'GP practices and app suppliers' },
  { thing: 'vaccination record', plural: 'vaccination records', topic: 'health', items: ['NHS number', 'vaccine code', 'date given'], audience: 'pharmacies and clinics' },
  { thing: 'referral', plural: 'referrals', topic: 'health', items: ['NHS number', 'unique booking reference number', 'service ID'], audience: 'hospitals and referrers' },
  { thing: 'care home vacancy', plural: 'care home vacancies', topic: 'health', items: ['CQC location ID', 'beds available', 'postcode'], audience: 'hospital discharge teams' },
  { thing: 'food business registration', plural: 'food business registrations', topic: 'food', items: ['registration number', 'business address', 'activity type'], audience: 'councils and food businesses' },
  { thing: 'animal movement', plural: 'animal movements', topic: 'food', items: ['holding number', 'ear tag number', 'movement date'], audience: 'farmers and markets' },
  { thing: 'export health certificate', plural: 'export health certificates', topic: 'food', items: ['certificate number', 'commodity code', 'destination country'], audience: 'exporters and vets' },
  { thing: 'water quality sample', plural: 'water quality samples', topic: 'environment', items: ['sampling point', 'determinand', 'sample date'], audience: 'researchers and water companies' },
  { thing: 'waste carrier registration', plural: 'waste carrier registrations', topic: 'environment', items: ['registration number', 'company number', 'expiry date'], audience: 'businesses checking carriers' },
  { thing: 'air quality reading', plural: 'air quality readings', topic: 'environment', items: ['site code', 'pollutant', 'reading time'], audience: 'researchers and app developers' },
  { thing: 'visa application', plural: 'visa applications', topic: 'borders-and-immigration', items: ['application number', 'passport number', 'decision'], audience: 'sponsors and caseworkers' },
  { thing: 'right to work check', plural: 'right to work checks', topic: 'borders-and-immigration', items: ['share code', 'date of birth', 'work restrictions'], audience: 'employers' },
  { thing: 'passport application', plural: 'passport applications', topic: 'identity', items: ['application reference', 'passport number', 'status'], audience: 'applicants and counter services' },
  { thing: 'identity check', plural: 'identity checks', topic: 'identity', items: ['verification outcome', 'level of confidence', 'date of birth'], audience: 'services that need to know who a user is' },
  { thing: 'company filing', plural: 'company filings', topic: 'business', items: ['company number', 'filing date', 'document type'], audience: 'accountants and company secretaries' },
  { thing: 'grant award', plural: 'grant awards', topic: 'business', items: ['grant reference', 'recipient', 'amount'], audience: 'funders and researchers' },
  { thing: 'public contract notice', plural: 'public contract notices', topic: 'business', items: ['notice identifier', 'CPV code', 'value'], audience: 'suppliers and buyers' },
  { thing: 'charity return', plural: 'charity returns', topic: 'business', items: ['charity number', 'income', 'financial year end'], audience: 'charities and researchers' },
  { thing: 'land title', plural: 'land titles', topic: 'property', items: ['title number', 'UPRN', 'tenure'], audience: 'conveyancers and lenders' },
  { thing: 'council tax band', plural: 'council tax bands', topic: 'property', items: ['UPRN', 'band', 'billing authority'], audience: 'councils and property portals' },
  { thing: 'population estimate', plural: 'population estimates', topic: 'statistics', items: ['area code', 'age group', 'year'], audience: 'analysts and planners' },
  { thing: 'labour market statistic', plural: 'labour market statistics', topic: 'statistics', items: ['series ID', 'period', 'value'], audience: 'economists and journalists' },
  { thing: 'archive catalogue record', plural: 'archive catalogue records', topic: 'archives', items: ['catalogue reference', 'covering dates', 'held by'], audience: 'researchers and archives' },
  { thing: 'payment refund', plural: 'payment refunds', topic: 'payments', items: ['payment ID', 'amount', 'refund status'], audience: 'service teams taking payments' },
  { thing: 'direct debit mandate', plural: 'direct debit mandates', topic: 'payments', items: ['mandate reference', 'sort code', 'account number'], audience: 'services collecting regular payments' },
  { thing: 'text message alert', plural: 'text message alerts', topic: 'notifications', items: ['phone number', 'template ID', 'delivery status'], audience: 'services that warn the public' },
  { thing: 'email subscription', plural: 'email subscriptions', topic: 'notifications', items: ['subscriber email', 'topic', 'frequency'], audience: 'publishers and subscribers' },
  { thing: 'address', plural: 'addresses', topic: 'location', items: ['UPRN', 'postcode', 'coordinates'], audience: 'services that capture addresses' },
  { thing: 'boundary', plural: 'boundaries', topic: 'location', items: ['GSS code', 'area name', 'geometry'], audience: 'mapping and analysis teams' },
  { thing: 'organisation record', plural: 'organisation records', topic: 'reference-data', items: ['organisation code', 'name', 'parent organisation'], audience: 'services that need reference data' },
  { thing: 'country and territory code', plural: 'country and territory codes', topic: 'reference-data', items: ['country code', 'official name', 'end date'], audience: 'services that capture nationality' },
  { thing: 'form submission', plural: 'form submissions', topic: 'forms', items: ['submission reference', 'form ID', 'submitted at'], audience: 'service teams' },
];

const API_PATTERNS = [
  { name: (s: Subject) => `${capitalise(s.thing)} lookup API`, summary: (s: Subject) => `Look up ${s.plural} by ${s.items[0]} and get their current details, for ${s.audience}.` },
  { name: (s: Subject) => `${capitalise(s.plural)} API`, summary: (s: Subject) => `Create, read and update ${s.plural}, with ${s.items[0]}, ${s.items[1]} and ${s.items[2]}.` },
  { name: (s: Subject) => `${capitalise(s.thing)} status API`, summary: (s: Subject) => `Check the status of ${s.plural} and be told when they change.` },
  { name: (s: Subject) => `Submit ${s.plural} API`, summary: (s: Subject) => `Lets ${s.audience} submit ${s.plural} from their own software instead of an online form.` },
  { name: (s: Subject) => `${capitalise(s.thing)} history API`, summary: (s: Subject) => `Past ${s.plural}, searchable by ${s.items[0]} and date, for reporting and audit.` },
];
const REGISTER_PATTERNS = [
  { name: (s: Subject) => `Register of ${s.plural}`, summary: (s: Subject) => `Authoritative list of ${s.plural}, with ${s.items.slice(0, 2).join(' and ')}, as downloads and an API.` },
  { name: (s: Subject) => `${capitalise(s.plural)} open data`, summary: (s: Subject) => `Open data on ${s.plural}, updated weekly, for ${s.audience}.` },
];
const COMPONENT_PATTERNS = [
  { name: (s: Subject) => `${capitalise(s.thing)} service platform`, summary: (s: Subject) => `A shared platform that other services use to handle ${s.plural} without building their own.` },
  { name: (s: Subject) => `${capitalise(s.thing)} case management`, summary: (s: Subject) => `Case working software for ${s.plural}, offered to other teams as a hosted service.` },
];

function description(s: Subject, name: string, org: string, status: Status, access: AccessLevel): string {
  const lines = [
    `${name} is run by ${org}. It deals with ${s.plural}: each record carries the ${s.items.join(', the ')}.`,
    '',
    pick([
      `Teams use it so that ${s.audience} do not have to re-enter what government already holds.`,
      `It replaces spreadsheets sent by email and a weekly batch file.`,
      `Records are updated as soon as a caseworker makes a change, and kept for seven years.`,
      `Data comes from the department's case management system and is refreshed every night.`,
    ]),
    '',
    `**Use it for** ${pick(['checking details before you make a decision', 'pre-filling forms', 'reporting and analysis', 'keeping your own records in step'])}. ` +
      `**Do not use it for** ${pick(['bulk downloads: use the open data instead', 'marketing', 'decisions about individuals without a caseworker', 'anything outside its legal gateway'])}.`,
  ];
  if (status === 'deprecated') lines.push('', 'It is being replaced: plan to move before it is switched off.');
  if (access === 'restricted') lines.push('', 'Access needs a data sharing agreement under a named legal gateway.');
  return lines.join('\n');
}

/** A small OpenAPI 3.0 document for a generated API, with operations over the subject's records. */
function openapiFor(s: Subject, name: string, summary: string, base: string, org: string): string {
  const host = base.split('/')[0] ?? base;
  const resource = slugify(s.plural);
  const idName = `${slugify(s.items[0] ?? 'id').replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`;
  const schemaName = s.thing.split(/\s+/).map(capitalise).join('').replace(/[^A-Za-z0-9]/g, '');
  const properties: Record<string, unknown> = {};
  for (const item of s.items) properties[slugify(item).replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())] = { type: 'string', description: `The ${item}.`, example: item.includes('date') ? '2026-04-01' : `${item.slice(0, 3).toUpperCase()}123456` };
  properties['updatedAt'] = { type: 'string', format: 'date-time', description: 'When the record last changed.' };
  const error = { $ref: '#/components/responses/Error' };
  const ops: Record<string, unknown> = {
    [`/v1/${resource}`]: {
      get: {
        tags: [capitalise(s.plural)],
        operationId: `list${schemaName}s`,
        summary: `Find ${s.plural}`,
        description: `Search ${s.plural} by ${s.items[1]} or ${s.items[2]}. Results are paged, 50 at a time.`,
        parameters: [
          { name: s.items[1] ? slugify(s.items[1]) : 'q', in: 'query', required: false, description: `Only ${s.plural} with this ${s.items[1]}.`, schema: { type: 'string', maxLength: 100 } },
          { name: 'page', in: 'query', required: false, description: 'Page number, from 1.', schema: { type: 'integer', minimum: 1 } },
        ],
        responses: { '200': { description: `A page of ${s.plural}.`, content: { 'application/json': { schema: { type: 'array', items: { $ref: `#/components/schemas/${schemaName}` } } } } }, '400': error, '429': error },
      },
      ...(rnd() < 0.6 ? { post: { tags: [capitalise(s.plural)], operationId: `create${schemaName}`, summary: `Create a ${s.thing}`, requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } } }, responses: { '201': { description: 'Created.', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } } }, '400': error, '422': error } } } : {}),
    },
    [`/v1/${resource}/{${idName}}`]: {
      get: {
        tags: [capitalise(s.plural)],
        operationId: `get${schemaName}`,
        summary: `Get a ${s.thing} by ${s.items[0]}`,
        parameters: [{ name: idName, in: 'path', required: true, description: `The ${s.items[0]}.`, schema: { type: 'string', maxLength: 20 } }],
        responses: { '200': { description: `The ${s.thing}.`, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } } }, '404': error },
      },
    },
  };
  return stringify({
    openapi: '3.0.3',
    info: { title: name, version: `${1 + Math.floor(rnd() * 3)}.${Math.floor(rnd() * 5)}.0`, description: summary, contact: { name: `${org} API team`, email: `api-team@${host}` } },
    servers: [{ url: `https://api.${base}`, description: 'Production' }, ...(rnd() < 0.5 ? [{ url: `https://sandbox.api.${base}`, description: 'Sandbox with test data' }] : [])],
    tags: [{ name: capitalise(s.plural), description: `Records of ${s.plural}.` }],
    security: [{ apiKey: [] }],
    paths: ops,
    components: {
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Your API key.' } },
      schemas: {
        [schemaName]: { type: 'object', required: Object.keys(properties).slice(0, 1), properties },
        Error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
      },
      responses: { Error: { description: 'Something went wrong.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
    },
  });
}

const STATUS_WEIGHTS: Record<Status, number> = { discovery: 3, alpha: 6, beta: 20, live: 55, deprecated: 9, retired: 7 };
const ACCESS_WEIGHTS: Record<AccessLevel, number> = { open: 30, registration: 35, 'government-only': 25, restricted: 10 };
if (Object.keys(STATUS_WEIGHTS).length !== STATUSES.length || Object.keys(ACCESS_WEIGHTS).length !== ACCESS_LEVELS.length) throw new Error('internal: weights must cover every status and access level');

function isoDaysAgo(days: number): string {
  return new Date(Date.UTC(2026, 10, 23) - days * 86_400_000).toISOString().slice(0, 10);
}

function main(): void {
  const { entries: wanted, out } = parseArgs(process.argv.slice(2));
  const source = path.resolve('catalogue');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(source, out, { recursive: true });

  // More organisations: live GOV.UK organisations, every few from the list.
  const existing = new Set(readdirSync(path.join(out, 'organisations')).map((f) => f.replace(/\.yaml$/, '')));
  const extra = govukOrganisations.filter((o) => o.status === 'live' && !existing.has(o.slug)).filter((_, i) => i % 4 === 0).slice(0, 80);
  for (const o of extra) {
    const org = { slug: o.slug, name: o.name, ...(o.abbreviation ? { abbreviation: o.abbreviation } : {}), website: `https://www.gov.uk/government/organisations/${o.slug}`, githubTeam: `@uk-gov-api-catalogue/${o.slug}` };
    writeFileSync(path.join(out, 'organisations', `${o.slug}.yaml`), stringify(org));
  }
  const organisations = [...existing, ...extra.map((o) => o.slug)].map((slug) => {
    const known = govukOrganisations.find((o) => o.slug === slug);
    return { slug, name: known?.name ?? slug, abbreviation: known?.abbreviation ?? undefined };
  });

  // Real OpenAPI documents to reuse for some generated APIs (single-file ones), with the public
  // waiver their own entry has when the document is below the catalogue's minimum level.
  const realSpecs = readdirSync(path.join(source, 'entries')).flatMap((id) => {
    const dir = path.join(source, 'entries', id);
    if (!existsSync(path.join(dir, 'openapi.yaml')) || !existsSync(path.join(dir, 'entry.yaml'))) return [];
    const waiver = (parse(readFileSync(path.join(dir, 'entry.yaml'), 'utf8')) as { conformanceWaiver?: unknown }).conformanceWaiver;
    return [{ file: path.join(dir, 'openapi.yaml'), ...(waiver ? { waiver } : {}) }];
  });

  const ids = new Set(readdirSync(path.join(out, 'entries')));
  const generated: string[] = [];
  let made = 0;
  while (ids.size < wanted) {
    made += 1;
    const subject = pick(SUBJECTS);
    const org = pick(organisations);
    const kind = weighted({ api: 55, component: 15, register: 30 });
    const pattern = pick(kind === 'api' ? API_PATTERNS : kind === 'register' ? REGISTER_PATTERNS : COMPONENT_PATTERNS);
    const prefix = org.abbreviation && rnd() < 0.6 ? `${org.abbreviation} ` : '';
    let name = `${prefix}${pattern.name(subject)}`;
    let id = slugify(name);
    for (let n = 2; ids.has(id); n++) {
      name = `${prefix}${pattern.name(subject)} ${['(Scotland)', '(Wales)', '(Northern Ireland)', 'v2', 'v3', 'for agents', 'for councils'][n % 7]}${n > 7 ? ` ${n}` : ''}`;
      id = slugify(name);
    }
    ids.add(id);
    const status = weighted(STATUS_WEIGHTS);
    const access = weighted(ACCESS_WEIGHTS);
    const host = `${slugify(subject.plural)}.${org.slug.split('-').slice(0, 2).join('')}.service.gov.uk`;
    // Each API has its own base path, as separate APIs behind one gateway host do.
    const base = `${host}/${id}`;
    const summary = pattern.summary(subject).slice(0, 160);
    const added = 30 + Math.floor(rnd() * 900);
    const reviewed = Math.floor(rnd() * Math.min(added, 500));
    const entry: Record<string, unknown> = {
      id,
      name,
      ...(rnd() < 0.3 ? { alternativeNames: [`${subject.thing} service`] } : {}),
      summary,
      description: description(subject, name, org.name, status, access),
      kind,
      organisation: org.slug,
      status,
      dates: {
        added: isoDaysAgo(added),
        lastReviewed: isoDaysAgo(reviewed),
        ...(status === 'deprecated' || status === 'retired' ? { deprecated: isoDaysAgo(Math.floor(reviewed / 2) + 200) } : {}),
        ...(status === 'retired' ? { retired: isoDaysAgo(Math.floor(reviewed / 2)) } : {}),
      },
      documentationUrl: `https://www.gov.uk/guidance/${slugify(name)}`,
      ...(kind === 'api' ? { endpoints: [{ environment: 'production', url: `https://api.${base}` }, ...(rnd() < 0.4 ? [{ environment: 'sandbox', url: `https://sandbox.api.${base}`, description: 'Test data only.' }] : [])] } : {}),
      access: {
        level: access,
        howToGetAccess: access === 'open' ? 'No sign-up: call the API or download the files.' : `Email the team with your service's name and what you need ${subject.plural} for. ${access === 'restricted' ? 'You will need a data sharing agreement.' : 'You will get credentials within five working days.'}`,
      },
      contact: { name: `${capitalise(subject.thing)} team`, email: `${slugify(subject.thing)}@${org.slug.split('-').slice(0, 2).join('')}.gov.uk` },
      topics: [subject.topic, ...(rnd() < 0.2 ? ['platforms'] : [])],
      keywords: [...subject.items, subject.thing],
      ...(kind === 'register' ? { register: { formats: pickSome(['CSV', 'JSON', 'XLSX', 'GeoJSON'], 2), downloadUrl: `https://data.${host}/download` } } : {}),
      ...(generated.length > 5 && rnd() < 0.15 ? { related: pickSome(generated, 2) } : {}),
    };
    const dir = path.join(out, 'entries', id);
    mkdirSync(dir, { recursive: true });
    if (kind === 'api') {
      entry['specs'] = [{ file: 'openapi.yaml' }];
      if (made % 12 === 0 && realSpecs.length > 0) {
        // A copy of one of the repository's real documents, under this entry's name.
        const real = pick(realSpecs);
        const doc = parseDocument(readFileSync(real.file, 'utf8'));
        doc.setIn(['info', 'title'], name);
        writeFileSync(path.join(dir, 'openapi.yaml'), doc.toString());
        if (real.waiver) entry['conformanceWaiver'] = real.waiver;
      } else {
        writeFileSync(path.join(dir, 'openapi.yaml'), openapiFor(subject, name, summary, base, org.name));
      }
    }
    writeFileSync(path.join(dir, 'entry.yaml'), stringify(entry, { lineWidth: 0 }));
    generated.push(id);
  }
  console.log(`wrote ${ids.size} entries (${generated.length} generated) from ${organisations.length} organisations to ${out}`);
  console.log(`build it with: npm run build -- --catalogue ${out} --out <dist dir>`);
}

main();
