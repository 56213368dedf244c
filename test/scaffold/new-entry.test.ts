/**
 * `npm run new-entry`, spawned as a department runs it, from flags and interactively (its stdin
 * driven by the test). What it writes must pass the real check path untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fieldDoc } from '../../src/catalogue/field-reference.ts';
import { checkCatalogue, londonToday } from '../../src/checks/index.ts';
import { formatProblemLine } from '../../src/problems/problem.ts';
import { catalogueWith } from '../checks/fixture.ts';

function newEntry(dir: string, args: string[], input = '') {
  const r = spawnSync(process.execPath, ['scripts/new-entry.ts', '--catalogue', dir, ...args], { input, encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).not.toMatch(/^\s+at /m);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The real check path on the whole copy: every entry's verdict, and the new entry's. */
async function verdict(dir: string, id: string) {
  const result = await checkCatalogue({ catalogueDir: dir, today: londonToday(), assess: { cache: false } });
  return { errors: result.errors.map(formatProblemLine), warnings: result.problems.filter((p) => p.severity === 'warn').map(formatProblemLine), entry: result.entries.find((v) => v.id === id) };
}

const API_FLAGS = [
  '--kind', 'api',
  '--name', 'VAT Registration Check API',
  '--organisation', 'hm-revenue-customs',
  '--summary', 'Check that a UK VAT registration number is valid and see the name and address of the business.',
  '--description', 'Lets software check a VAT registration number before it is used on an invoice.\n\nAnyone can call it; no sign-up is needed.',
  '--status', 'live',
  '--documentation-url', 'https://developer.service.hmrc.gov.uk/api-documentation/docs/api/service/vat-registered-companies-api',
  '--production-url', 'https://api.service.hmrc.gov.uk/organisations/vat/check-vat-number',
  '--access-level', 'open',
  '--how-to-get-access', 'Call it without credentials.',
  '--contact-name', 'SDST',
  '--contact-url', 'https://developer.service.hmrc.gov.uk/developer/support',
  '--topics', 'tax',
];

describe('npm run new-entry from flags', () => {
  it('writes an API entry and a starter OpenAPI 3.1 document that pass the check path untouched, at baseline', async () => {
    const dir = catalogueWith();
    const r = newEntry(dir, API_FLAGS);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'entries/vat-registration-check-api')).sort()).toEqual(['entry.yaml', 'openapi.yaml']);
    const written = parse(readFileSync(path.join(dir, 'entries/vat-registration-check-api/entry.yaml'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ id: 'vat-registration-check-api', kind: 'api', organisation: 'hm-revenue-customs', endpoints: [{ environment: 'production', url: 'https://api.service.hmrc.gov.uk/organisations/vat/check-vat-number' }], specs: [{ file: 'openapi.yaml' }], dates: { added: londonToday(), lastReviewed: londonToday() } });
    const spec = parse(readFileSync(path.join(dir, 'entries/vat-registration-check-api/openapi.yaml'), 'utf8')) as Record<string, unknown>;
    expect(spec).toMatchObject({ openapi: '3.1.0', info: { title: 'VAT Registration Check API' }, servers: [{ url: 'https://api.service.hmrc.gov.uk/organisations/vat/check-vat-number' }] });
    expect(r.stdout).toMatch(/^ {2}vat-registration-check-api {2}passes {2}level baseline, score \d+\/100$/m);

    const { errors, warnings, entry } = await verdict(dir, 'vat-registration-check-api');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(entry).toMatchObject({ level: 'baseline', meetsMinimum: true, passes: true });
  });

  it('writes a register and a component that pass too', async () => {
    const dir = catalogueWith();
    const common = ['--organisation', 'hm-revenue-customs', '--status', 'beta', '--documentation-url', 'https://www.gov.uk/government/organisations/hm-revenue-customs', '--access-level', 'government-only', '--how-to-get-access', 'Ask the team for an account.', '--contact-name', 'Reference data team', '--contact-email', 'reference-data@hmrc.gov.uk'];
    expect(newEntry(dir, ['--kind', 'register', '--name', 'VAT Rates Register', '--summary', 'Every VAT rate and the goods and services each applies to.', '--description', 'The authoritative list of VAT rates.', '--formats', 'CSV, JSON', ...common]).code).toBe(0);
    expect(newEntry(dir, ['--kind', 'component', '--name', 'HMRC Reminders', '--summary', 'Sends tax deadline reminders to businesses by email and letter.', '--description', 'A shared platform for reminders; use it instead of building your own.', ...common]).code).toBe(0);
    expect(readdirSync(path.join(dir, 'entries/hmrc-reminders'))).toEqual(['entry.yaml']);
    expect((await verdict(dir, 'vat-rates-register')).errors).toEqual([]);
  });

  it('refuses a taken or malformed id, an unknown organisation (suggesting one), a production URL another entry has and placeholder text, writing nothing', () => {
    const dir = catalogueWith();
    const set = (flag: string, value: string) => API_FLAGS.map((v, i) => (API_FLAGS[i - 1] === flag ? value : v));
    let args = set('--organisation', 'hmrc');
    args = [...args.map((v, i) => (args[i - 1] === '--production-url' ? 'https://api.service.hmrc.gov.uk/' : v)), '--id', 'vat-api'];
    args = args.map((v, i) => (args[i - 1] === '--summary' ? 'TODO: one sentence about what the API does.' : v));
    const r = newEntry(dir, args);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      'new-entry: nothing was written:',
      '  --id: id "vat-api" is taken: catalogue/entries/vat-api/ already exists (choose another id, or change the existing entry instead of adding one)',
      '  --organisation: organisation "hmrc" is not a known organisation (did you mean "hm-revenue-customs"?)',
      '  --summary: summary contains the placeholder text "todo" (replace it with this entry\'s own summary: placeholder text from the README or the scaffolder is not accepted)',
      '  --production-url: production URL https://api.service.hmrc.gov.uk/ is already the production URL of "vat-api" (if it is the same API, change that entry instead; if separate APIs share a gateway host, give this API\'s own base path)',
      '',
    ]);
    expect(newEntry(dir, [...API_FLAGS, '--id', 'VAT_Registration']).stderr).toContain('  --id: id "VAT_Registration" must be lowercase letters, digits and single hyphens, such as "vehicle-enquiry-api"\n');
    expect(readdirSync(path.join(dir, 'entries')).sort()).toEqual(['old-vat-api', 'vat-api', 'vat-component']);
  });

  it('lists the missing flags with what each field means (exit 2)', () => {
    const r = newEntry(catalogueWith(), ['--kind', 'api', '--name', 'Some API']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('new-entry: missing --organisation, --summary, --description, --status, --documentation-url, --production-url, --access-level, --how-to-get-access, --contact-name, --contact-url\n');
    expect(r.stderr).toContain(`  --summary  ${fieldDoc('summary').description}\n`);
  });
});

describe('npm run new-entry interactively', () => {
  it('explains each field, asks again after a wrong answer, and writes an entry that passes the check path', async () => {
    const dir = catalogueWith();
    const answers = [
      'api',
      'Fuel Duty Rates API',
      'vat-api', // taken
      '', // the suggested id
      'hmrcc', // unknown: did you mean
      'hm-revenue-customs',
      'Current and past fuel duty rates per litre for each kind of fuel, with the dates they apply from.',
      'What it does, who it is for and when to use it, in Markdown.', // copied explanation
      'Returns fuel duty rates so that software can work out the duty on fuel sales.',
      'alpha',
      'https://developer.service.hmrc.gov.uk/api-documentation',
      'http://api.service.hmrc.gov.uk/fuel-duty', // not https
      'https://api.service.hmrc.gov.uk/excise/fuel-duty',
      'registration',
      'Register an application on the HMRC Developer Hub.',
      'Excise API team',
      '', // no email
      'https://developer.service.hmrc.gov.uk/developer/support',
      'tax',
    ];
    const r = newEntry(dir, [], `${answers.join('\n')}\n`);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    for (const field of ['kind', 'name', 'id', 'organisation', 'summary', 'description', 'status', 'documentationUrl', 'endpoints[].url', 'access.level', 'access.howToGetAccess', 'contact.name', 'contact.email', 'contact.url', 'topics']) {
      expect(r.stdout, field).toContain(`  ${fieldDoc(field).description}\n`);
    }
    expect(r.stdout).toContain('[fuel-duty-rates-api] > ');
    expect(r.stdout).toContain('  Not accepted: id "vat-api" is taken: catalogue/entries/vat-api/ already exists (choose another id, or change the existing entry instead of adding one)\n');
    expect(r.stdout).toContain('  Not accepted: organisation "hmrcc" is not a known organisation (did you mean "hm-revenue-customs"?)\n');
    expect(r.stdout).toContain('  Not accepted: description contains the placeholder text "what it does, who it is for and when to use it" (replace it with this entry\'s own description: placeholder text from the README or the scaffolder is not accepted)\n');
    expect(r.stdout).toContain('  Not accepted: production URL must start with https:// (plain http is not accepted)\n');
    expect(r.stdout).toMatch(/^ {2}fuel-duty-rates-api {2}passes {2}level baseline/m);

    const { errors, entry } = await verdict(dir, 'fuel-duty-rates-api');
    expect(errors).toEqual([]);
    expect(entry).toMatchObject({ passes: true, level: 'baseline', loaded: { entry: { organisation: 'hm-revenue-customs', endpoints: [{ url: 'https://api.service.hmrc.gov.uk/excise/fuel-duty' }] } } });
  });

  it('writes nothing when the input ends before every question is answered', () => {
    const dir = catalogueWith();
    const r = newEntry(dir, [], 'api\nHalf An API\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('new-entry: the input ended before every question was answered; nothing was written.');
    expect(existsSync(path.join(dir, 'entries/half-an-api'))).toBe(false);
  });
});
