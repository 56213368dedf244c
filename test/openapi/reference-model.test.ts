import { describe, expect, it } from 'vitest';
import type { ReferenceModel, SchemaRow } from '../../src/openapi/reference-types.ts';
import { operation, operations, referenceOf, unsafeHtmlFields, urlsIn } from './helpers.ts';

const rowsOf = (rows: readonly SchemaRow[] | undefined) => (rows ?? []).map((r) => `${'  '.repeat(r.depth)}${r.path}: ${r.type}${r.required ? ' (required)' : ''}`);

describe('buildReference: OpenAPI 3.0', async () => {
  const model = await referenceOf('v30');

  it('groups operations by tag in document order, untagged last', () => {
    expect(model.tags.map((t) => [t.name, t.anchor, t.operations.map((o) => `${o.method} ${o.path} #${o.anchor}`)])).toEqual([
      ['Plots', 'tag-plots', ['GET /plots #list-plots', 'GET /plots/{plotId} #get-plot', 'DELETE /plots/{plotId} #withdraw-plot']],
      ['Applications', 'tag-applications', ['POST /applications #create-application']],
      ['Other operations', 'tag-other-operations', ['GET /health #get-health']],
    ]);
    // An operation with two tags is shown once and listed under its other tag.
    expect(model.tags[0]?.alsoIn.map((l) => [l.label, l.href])).toEqual([['Apply for a plot', '#create-application']]);
  });

  it('explains each operation', () => {
    const list = operation(model, 'list-plots');
    expect(list.title).toBe('List plots');
    expect(list.descriptionHtml).toBe('<p class="govuk-body">Lists plots near a property.</p>\n');
    expect(list.parameters.map((g) => [g.label, g.rows.map((r) => [r.name, r.required, r.type, r.constraints, r.example, r.defaultValue])])).toEqual([
      ['Query parameters', [['uprn', true, 'string', ['pattern ^[0-9]{1,12}$'], '"100023336956"', ''], ['page', false, 'integer', ['minimum 1'], '', '1']]],
    ]);
    expect(list.responses.map((r) => [r.status, r.statusText, r.category])).toEqual([
      ['200', 'OK', 'success'],
      ['429', 'Too Many Requests', 'client-error'],
    ]);
    expect(list.responses[0]?.headers.map((h) => [h.name, h.type])).toEqual([['X-RateLimit-Remaining', 'integer']]);
    expect(list.searchText).toContain('uprn');
    const withdraw = operation(model, 'withdraw-plot');
    expect(withdraw.deprecated).toBe(true);
    expect(withdraw.security).toMatchObject({ mode: 'required', overridden: true, alternatives: [{ schemes: [{ name: 'oauth', scopes: ['plots:write'], link: { href: '#auth-oauth' } }] }] });
    expect(operation(model, 'get-health').security.mode).toBe('none');
  });

  it('shows schemas as nested property rows, with types, formats and constraints', () => {
    const table = operation(model, 'list-plots').responses[0]?.contents[0]?.table;
    expect(rowsOf(table?.rows)).toEqual([
      'plots: array of Plot (required)',
      '  plots[].id: string (required)',
      '  plots[].uprn: string (required)',
      '  plots[].size: number',
      '  plots[].status: string (required)',
      '  plots[].address: object (Address)',
      '    plots[].address.lines: array of string',
      '    plots[].address.postcode: string',
      'next: string or null',
    ]);
    const rows = table?.rows ?? [];
    expect(rows[1]).toMatchObject({ format: 'uuid', flags: ['read only'] });
    expect(rows[3]?.constraints).toEqual(['more than 0']);
    expect(rows[4]?.enumValues).toEqual(['"available"', '"let"', '"withdrawn"']);
    expect(rows[6]?.constraints).toEqual(['at most 4 items', 'each item: at most 35 characters']);
    expect(rows[2]?.descriptionHtml).toContain('Unique Property Reference Number');
  });

  it('merges allOf and lists oneOf options', () => {
    const table = operation(model, 'create-application').requestBody?.contents[0]?.table;
    expect(table?.type).toBe('object (Application)');
    expect(table?.link).toMatchObject({ label: 'Application', href: '#schema-application' });
    expect(rowsOf(table?.rows)).toEqual([
      'plotId: string (required)',
      'applicant: object (Applicant)',
      '  applicant.name: string (required)',
      '  applicant.email: string',
      'contact: object (Address) or object',
      '  contact (option 1): object (Address)',
      '    contact (option 1).lines: array of string',
      '    contact (option 1).postcode: string',
      '  contact (option 2): object',
      '    contact (option 2).phone: string',
    ]);
  });

  it('gives each operation, parameter and field the JSON pointer of its place in the document', () => {
    const list = operation(model, 'list-plots');
    expect(list.pointer).toBe('/paths/~1plots/get');
    expect(list.parameters.flatMap((g) => g.rows.map((r) => [r.name, r.pointer]))).toEqual([
      ['uprn', '/paths/~1plots/get/parameters/0'],
      ['page', '/components/parameters/Page'],
    ]);
    const rows = list.responses[0]?.contents[0]?.table?.rows ?? [];
    expect(rows.map((r) => [r.path, r.pointer])).toEqual([
      ['plots', '/paths/~1plots/get/responses/200/content/application~1json/schema/properties/plots'],
      ['plots[].id', '/components/schemas/Plot/properties/id'],
      ['plots[].uprn', '/components/schemas/Plot/properties/uprn'],
      ['plots[].size', '/components/schemas/Plot/properties/size'],
      ['plots[].status', '/components/schemas/Plot/properties/status'],
      ['plots[].address', '/components/schemas/Plot/properties/address'],
      ['plots[].address.lines', '/components/schemas/Address/properties/lines'],
      ['plots[].address.postcode', '/components/schemas/Address/properties/postcode'],
      ['next', '/paths/~1plots/get/responses/200/content/application~1json/schema/properties/next'],
    ]);
    const create = operation(model, 'create-application').requestBody?.contents[0]?.table;
    expect(create?.pointer).toBe('/components/schemas/Application');
    expect(create?.rows.map((r) => [r.path, r.pointer])).toEqual([
      ['plotId', '/components/schemas/Application/allOf/0/properties/plotId'],
      ['applicant', '/components/schemas/Application/allOf/1/properties/applicant'],
      ['applicant.name', '/components/schemas/Applicant/properties/name'],
      ['applicant.email', '/components/schemas/Applicant/properties/email'],
      ['contact', '/components/schemas/Application/allOf/1/properties/contact'],
      ['contact (option 1)', '/components/schemas/Application/allOf/1/properties/contact/oneOf/0'],
      ['contact (option 1).lines', '/components/schemas/Address/properties/lines'],
      ['contact (option 1).postcode', '/components/schemas/Address/properties/postcode'],
      ['contact (option 2)', '/components/schemas/Application/allOf/1/properties/contact/oneOf/1'],
      ['contact (option 2).phone', '/components/schemas/Application/allOf/1/properties/contact/oneOf/1/properties/phone'],
    ]);
  });

  it('uses the document examples, and generates one when there is none', () => {
    const get = operation(model, 'get-plot').responses[0]?.contents[0];
    expect(get?.examples.map((e) => [e.label, e.summary, e.generated])).toEqual([['small', 'A small plot', false]]);
    expect(JSON.parse(get?.examples[0]?.code ?? '')).toMatchObject({ uprn: '100023336956', size: 125 });
    const notFound = operation(model, 'get-plot').responses[1]?.contents[0]?.examples[0];
    expect(notFound).toMatchObject({ generated: true, language: 'json' });
    expect(JSON.parse(notFound?.code ?? '')).toEqual({ code: 'string', message: 'string' });
    const body = operation(model, 'create-application').requestBody?.contents[0]?.examples[0];
    expect(JSON.parse(body?.code ?? '')).toMatchObject({ applicant: { name: 'Sam Smith' } });
  });

  it('writes a curl example with credentials as variables', () => {
    expect(operation(model, 'list-plots').curl).toBe(
      `curl --request GET "https://api.allotments.example.gov.uk/v2/plots?uprn=100023336956" \\\n  --header 'Accept: application/json' \\\n  --header "X-Api-Key: $API_KEY"`,
    );
    expect(operation(model, 'get-plot').curl).toContain('/plots/<plotId>"');
    const post = operation(model, 'create-application').curl;
    expect(post).toContain("--header 'Content-Type: application/json'");
    expect(post).toContain('"name": "Sam Smith"');
    expect(operation(model, 'withdraw-plot').curl).toContain('"Authorization: Bearer $ACCESS_TOKEN"');
  });

  it('gives each schema a section and an anchor', () => {
    expect(model.schemas.map((s) => [s.name, s.anchor, s.table.rows.length])).toEqual([
      ['Plot', 'schema-plot', 7],
      ['Address', 'schema-address', 2],
      ['Applicant', 'schema-applicant', 2],
      ['Application', 'schema-application', 10],
      ['Error', 'schema-error', 2],
    ]);
  });

  it('fills in the overview', () => {
    const o = model.overview;
    expect([o.title, o.version, o.specLabel]).toEqual(['Allotment plots API', '2.1.0', 'OpenAPI 3.0.3']);
    expect(o.serverGroups.map((g) => [g.label, g.servers.map((s) => s.url)])).toEqual([
      ['Production', ['https://api.allotments.example.gov.uk/v2']],
      ['Sandbox', ['https://sandbox.allotments.example.gov.uk/v2']],
    ]);
    expect(o.authentication.schemes.map((s) => [s.name, s.anchor, s.typeLabel])).toEqual([
      ['apiKey', 'auth-api-key', 'API key in header "X-Api-Key"'],
      ['oauth', 'auth-oauth', 'OAuth 2.0'],
    ]);
    expect(o.authentication.schemes[1]?.flows[0]).toMatchObject({
      label: 'Client credentials flow (application-restricted)',
      details: [{ label: 'Token URL', link: { url: 'https://auth.allotments.example.gov.uk/token', external: true } }],
      scopes: [{ name: 'plots:write' }],
    });
    expect(o.authentication.defaultSecurity.mode).toBe('required');
    expect(o.rateLimits.operations.map((l) => l.anchor)).toEqual(['list-plots', 'create-application']);
    expect(o.rateLimits.headers).toEqual(['Retry-After', 'X-RateLimit-Remaining']);
    expect(o.versioning.notes).toEqual(['The major version is part of the URL path (/v2).']);
    expect(o.deprecation.operations.map((l) => l.anchor)).toEqual(['withdraw-plot']);
    expect(o.contact).toMatchObject({ name: 'Allotments API team', emailLink: { url: 'mailto:allotments-api@example.gov.uk' } });
  });

  it('puts a small reference on one page with a contents list', () => {
    expect(model.pages).toHaveLength(1);
    const page = model.pages[0];
    expect(page?.url).toBe('/entries/v30/reference/');
    expect(page?.contents.map((c) => [c.label, c.href, c.children.length])).toEqual([
      ['Plots', '#tag-plots', 3],
      ['Applications', '#tag-applications', 1],
      ['Other operations', '#tag-other-operations', 1],
      ['Schemas', '#schemas', 5],
    ]);
  });

  it('adds catalogue facts: endpoints, how to get access, deprecation', async () => {
    const withEntry = await referenceOf('v30', 'openapi.yaml', {
      entry: {
        status: 'deprecated',
        dates: { added: '2024-01-01', lastReviewed: '2025-01-01', deprecated: '2025-02-01', retired: '2026-03-31' },
        endpoints: [{ environment: 'test', url: 'https://test.allotments.example.gov.uk/v2' }],
        access: { level: 'registration', howToGetAccess: 'Register on the [developer hub](https://developer.example.gov.uk).' },
      },
    });
    const o = withEntry.overview;
    expect(o.serverGroups.map((g) => g.label)).toEqual(['Production', 'Sandbox', 'Test']);
    expect(o.authentication.howToGetAccessHtml).toContain('app-external-link');
    expect(o.deprecation.notices).toEqual(['This API is deprecated since 1 February 2025: do not start using it.', 'It will be switched off on 31 March 2026.']);
  });
});

describe('buildReference: OpenAPI 3.1', async () => {
  const model = await referenceOf('v31');

  it('reads 3.1 types, const, examples and webhooks', () => {
    const rows = operation(model, 'get-patient').responses[0]?.contents[0]?.table?.rows ?? [];
    expect(rows.map((r) => [r.path, r.type, r.constraints, r.example])).toEqual([
      ['nhsNumber', 'string', [], '"9000000009"'],
      ['name', 'string or null', [], ''],
      ['kind', 'string', ['always "person"'], ''],
      ['practice', 'object (Practice) or null', [], ''],
      ['practice (option 1)', 'object (Practice)', [], ''],
      ['practice (option 1).odsCode', 'string', ['at least 3 characters', 'at most 6 characters'], ''],
      ['practice (option 2)', 'null', [], ''],
      ['born', 'string', [], ''],
    ]);
    expect(operation(model, 'get-patient').curl).toContain('/patients/9000000009"');
    expect(model.tags.map((t) => t.name)).toEqual(['Patients', 'Webhooks']);
    const hook = operation(model, 'post-patient-moved');
    expect(hook).toMatchObject({ webhook: true, path: 'patientMoved', curl: '' });
  });

  it('labels servers by environment and notes deprecation headers', () => {
    expect(model.overview.serverGroups.map((g) => g.label)).toEqual(['Production', 'Integration']);
    expect(model.overview.authentication.schemes[0]?.typeLabel).toBe('Bearer token in the Authorization header (JWT)');
    expect(model.overview.deprecation.notices).toEqual(['Responses can carry a Deprecation header when the API is being withdrawn.']);
    expect(model.overview.summary).toBe("Look up a patient's registered practice.");
  });
});

describe('buildReference: Swagger 2.0', async () => {
  const model = await referenceOf('v20', 'swagger.yaml');

  it('renders the converted document', () => {
    expect(model.overview.specLabel).toBe('Swagger 2.0');
    expect(model.overview.converted).toBe(true);
    expect(operations(model).map((o) => o.anchor)).toEqual(['get-deed', 'create-deed']);
    const get = operation(model, 'get-deed');
    expect(get.curl).toBe(`curl --request GET "https://api.deeds.example.gov.uk/v1/deeds/<deedId>?api_key=$API_KEY" \\\n  --header 'Accept: application/json'`);
    expect(JSON.parse(get.responses[0]?.contents[0]?.examples[0]?.code ?? '')).toEqual({ id: 'D123', titleNumber: 'GR518195' });
    expect(rowsOf(get.responses[0]?.contents[0]?.table?.rows)).toEqual(['id: string', 'titleNumber: string (required)', 'borrowers: array of Borrower', '  borrowers[].name: string']);
    const create = operation(model, 'create-deed');
    expect(create.requestBody?.required).toBe(true);
    expect(create.curl).toContain('--user "$USERNAME:$PASSWORD"');
  });
});

describe('buildReference: multi-file document', async () => {
  const model = await referenceOf('multi');

  it('follows relative references to other files', () => {
    const list = operation(model, 'list-collections');
    const media = list.responses[0]?.contents[0];
    expect(media?.table?.type).toBe('array of collection');
    expect(media?.table?.rows.map((r) => [r.path, r.type, r.enumValues])).toEqual([
      ['[].date', 'string', []],
      ['[].bin', 'string (bin)', ['"general"', '"recycling"', '"garden"']],
    ]);
    expect(media?.examples.map((e) => [e.label, e.summary])).toEqual([['weekly', 'A week of collections']]);
    expect(JSON.parse(media?.examples[0]?.code ?? '')).toHaveLength(2);
  });
});

describe('buildReference: circular schemas', async () => {
  const model = await referenceOf('circular');

  it('links to a schema instead of nesting it inside itself', () => {
    const rows = operation(model, 'get-unit').responses[0]?.contents[0]?.table?.rows ?? [];
    expect(rows.map((r) => [r.path, r.linkReason ?? '', r.link?.href ?? ''])).toEqual([
      ['name', '', ''],
      ['parent', 'circular', '#schema-unit'],
      ['children', 'circular', '#schema-unit'],
      ['head', '', ''],
      ['head.name', '', ''],
      ['head.unit', 'circular', '#schema-unit'],
      ['head.manager', 'circular', '#schema-person'],
    ]);
    const unit = model.schemas.find((s) => s.name === 'Unit');
    expect(unit?.table.rows.filter((r) => r.depth === 0).map((r) => [r.path, r.linkReason ?? ''])).toEqual([
      ['name', ''],
      ['parent', 'circular'],
      ['children', 'circular'],
      ['head', ''],
    ]);
  });
});

function idsOnPage(model: ReferenceModel, slug: string): Set<string> {
  const page = model.pages.find((p) => p.slug === slug);
  const ids = new Set<string>();
  if (!page) return ids;
  if (page.showOverview) {
    ids.add('overview');
    for (const s of model.overview.authentication.schemes) ids.add(s.anchor);
  }
  for (const section of page.sections) {
    if (section.part <= 1) ids.add(section.tag.anchor);
    for (const op of section.operations) ids.add(op.anchor);
  }
  if (page.schemas.length) ids.add('schemas');
  for (const s of page.schemas) ids.add(s.anchor);
  return ids;
}

describe('pages', async () => {
  const model = await referenceOf('v30', 'openapi.yaml', { pageBudget: 60_000 });

  it('splits a large reference into an overview, tag pages, operation pages and schema pages', () => {
    expect(model.pages.length).toBeGreaterThan(2);
    expect(model.pages[0]).toMatchObject({ slug: '', url: '/entries/v30/reference/', showOverview: true, sections: [], schemas: [] });
    expect(model.pages.every((p) => p.estimatedBytes <= 60_000)).toBe(true);
    // Every operation and schema is on exactly one page.
    const placed = model.pages.flatMap((p) => [...p.sections.flatMap((s) => s.operations.map((o) => o.anchor)), ...p.schemas.map((s) => s.anchor)]);
    expect(placed.sort()).toEqual([...operations(model).map((o) => o.anchor), ...model.schemas.map((s) => s.anchor)].sort());
    expect(new Set(model.pages.map((p) => p.slug)).size).toBe(model.pages.length);
  });

  it('links across pages to anchors that exist on the target page', () => {
    const hrefs = model.pages.flatMap((p) => [
      ...urlsIn(p.sections).map((h) => [p.slug, h] as const),
      ...urlsIn(p.schemas).map((h) => [p.slug, h] as const),
      ...urlsIn(p.contents).map((h) => [p.slug, h] as const),
    ]);
    hrefs.push(...urlsIn(model.overview).filter((u) => u.startsWith('#') || u.startsWith('/')).map((h) => ['', h] as const));
    const crossPage = hrefs.filter(([, h]) => h.startsWith('/'));
    expect(crossPage.length).toBeGreaterThan(0);
    for (const [slug, href] of hrefs) {
      if (/^(https?|mailto):/.test(href)) continue;
      const [pathPart, anchor] = href.split('#');
      const targetSlug = pathPart ? pathPart.replace('/entries/v30/reference/', '').replace(/\/$/, '') : slug;
      expect(model.pages.some((p) => p.slug === targetSlug), `page of ${href}`).toBe(true);
      if (anchor) expect(idsOnPage(model, targetSlug).has(anchor), `${href} from page "${slug}"`).toBe(true);
    }
  });

  it('maps every anchor to its page', () => {
    for (const op of operations(model)) expect(model.anchorPages[op.anchor]).toBeDefined();
    expect(model.anchorPages['auth-api-key']).toBe('');
  });
});

describe('hostile documents', async () => {
  const model = await referenceOf('hostile');

  it('renders every HTML field inert', () => {
    expect(unsafeHtmlFields(model)).toEqual([]);
    // The hostile text is still there, escaped, for people to read.
    expect(model.tags[0]?.descriptionHtml).toBe('<p class="govuk-body">&lt;img src=x onerror=alert(\'tag-description\')&gt;</p>\n');
  });

  it('keeps only safe URLs as links', () => {
    const urls = urlsIn(model);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^(https:\/\/[^"<>\s]+|mailto:[^"<>\s]+|\/entries\/hostile\/reference\/[^"<>\s]*|#[a-z0-9-]+)$/);
  });

  it('keeps hostile names as plain text and quotes them in curl', () => {
    const op = operations(model).find((o) => o.operationId === 'javascript:alert(\'op2\')');
    expect(op?.anchor).toBe('javascript-alert-op2');
    expect(op?.curl).toContain(`'\\''; rm -rf / #`);
    // The server with a javascript: URL is not used for curl and not linked.
    expect(op?.curl.split('\n')[0]).toBe(`curl --request POST "https://api.example.gov.uk/v1\\"><script>alert('variable')</script>/webpage" \\`);
    expect(model.overview.serverGroups.flatMap((g) => g.servers).find((s) => s.url.startsWith('javascript'))?.link).toBeUndefined();
    expect(model.tags.map((t) => t.anchor)).toEqual(['tag-script-alert-tag-script', 'tag-onmouseover-alert-tag-attr']);
  });
});
