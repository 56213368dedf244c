import { describe, expect, it } from 'vitest';
import { lintSource } from '../fixtures/findings.ts';

const only = ['gds-https-only'];
const doc = (servers: string, extra = '') => `openapi: 3.0.3
info: { title: Example, version: 1.0.0 }
servers:
${servers}
paths: {}
${extra}`;

describe('gds-https-only', () => {
  it('passes https servers', async () => {
    expect(await lintSource(doc('  - url: https://api.example.service.gov.uk/v1'), { file: '/virtual/pass.yaml', only })).toEqual([]);
  });

  it('fails an http server with its pointer, line and column', async () => {
    const findings = await lintSource(doc('  - url: http://api.example.service.gov.uk/v1'), { file: '/virtual/fail.yaml', only });
    expect(findings.map((f) => [f.rule, f.severity, f.pointer, f.line, f.column])).toEqual([
      ['gds-https-only', 'error', '/servers/0/url', 4, 10],
    ]);
  });

  it('leaves local and placeholder addresses to gds-no-placeholder-servers, which reports them once', async () => {
    for (const url of ['http://localhost:8080', 'http://ledger_url', 'http://api.example.com/v1']) {
      expect(await lintSource(doc(`  - url: ${url}`), { file: '/virtual/local.yaml', only })).toEqual([]);
    }
  });

  it('says which URL uses http', async () => {
    const [finding] = await lintSource(doc('  - url: http://api.example.service.gov.uk/v1'), { file: '/virtual/fail.yaml', only });
    expect(finding?.message).toBe('Server URL `http://api.example.service.gov.uk/v1` uses http://; serve it over https://.');
    expect(finding?.where).toBe('Server 1');
  });

  it('fails http OAuth token URLs', async () => {
    const extra = `components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: http://auth.example.service.gov.uk/token
          scopes: {}
`;
    const findings = await lintSource(doc('  - url: https://api.example.service.gov.uk', extra), { file: '/virtual/oauth.yaml', only });
    expect(findings.map((f) => f.pointer)).toEqual(['/components/securitySchemes/oauth/flows/clientCredentials/tokenUrl']);
  });

  it('fails Swagger 2.0 http schemes', async () => {
    const src = `swagger: '2.0'\ninfo: { title: Example, version: 1.0.0 }\nhost: api.example.service.gov.uk\nschemes: [http, https]\npaths: {}\n`;
    const findings = await lintSource(src, { file: '/virtual/swagger.yaml', only });
    expect(findings.map((f) => [f.rule, f.pointer])).toEqual([['gds-https-only', '/schemes/0']]);
  });
});
