import type { Oas2Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

const ID = 'gds-openapi-3';
const reference = ruleReference(ID);

const oas2: Oas2Rule = () => ({
  Root(_root, { report, location }) {
    report({
      message: 'The document uses Swagger 2.0 (`swagger: \'2.0\'`): describe the API in OpenAPI 3, the version the Open Standards Board recommends.',
      location: location.child('swagger'),
      reference,
    });
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Describe the API with OpenAPI 3',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'is recommended by the government Open Standards Board',
    source: 'API technical and data standards: Develop a specification before you start to code',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 4,
  checks: 'The document declares `openapi: 3.x`. A Swagger 2.0 document (`swagger: \'2.0\'`) gets one warning, on its `swagger` field.',
  why: 'OpenAPI 3 is the open standard the government recommends; it describes servers, request bodies, media types and security more precisely than Swagger 2.0, and current tools support it best.',
  fix: 'Convert the document to OpenAPI 3.0 or 3.1 (converters such as swagger2openapi do most of the work), then review servers, request bodies and security schemes by hand.',
  examples: {
    at: '',
    version: { fail: '2.0', pass: '3.1' },
    fail: "swagger: '2.0'\ninfo:\n  title: Vehicle Records API\n  version: 1.0.0\nhost: vehicle-records.api.gov.uk\n",
    pass: 'openapi: 3.1.0\ninfo:\n  title: Vehicle Records API\n  version: 1.0.0\nservers:\n  - url: https://vehicle-records.api.gov.uk/v1\n',
  },
  swagger2: true,
  oas2,
};

export default rule;
