/**
 * The registry of GDS standards rules: one import per file in this folder, in alphabetical order.
 * test/standards/registry.test.ts fails when a rule file is missing from this list.
 */
import type { GdsRule } from '../rule.ts';
import gdsApiDomainName from './gds-api-domain-name.ts';
import gdsErrorResponsesDocumented from './gds-error-responses-documented.ts';
import gdsExamples from './gds-examples.ts';
import gdsExternalDocs from './gds-external-docs.ts';
import gdsHttpsOnly from './gds-https-only.ts';
import gdsInfoContact from './gds-info-contact.ts';
import gdsInfoDescription from './gds-info-description.ts';
import gdsInfoVersionSemver from './gds-info-version-semver.ts';
import gdsNoPlaceholderServers from './gds-no-placeholder-servers.ts';
import gdsOpenapi3 from './gds-openapi-3.ts';
import gdsOperationDocumented from './gds-operation-documented.ts';
import gdsOperationId from './gds-operation-id.ts';
import gdsParameterDescription from './gds-parameter-description.ts';
import gdsServersDefined from './gds-servers-defined.ts';
import gdsStandardStatusCodes from './gds-standard-status-codes.ts';
import gdsSuccessResponse from './gds-success-response.ts';
import gdsTagsDescribed from './gds-tags-described.ts';
import gdsTermsAndLicence from './gds-terms-and-licence.ts';
import gdsTypedSchemas from './gds-typed-schemas.ts';
import gdsValidOpenapi from './gds-valid-openapi.ts';

export const RULES: readonly GdsRule[] = [
  gdsApiDomainName,
  gdsErrorResponsesDocumented,
  gdsExamples,
  gdsExternalDocs,
  gdsHttpsOnly,
  gdsInfoContact,
  gdsInfoDescription,
  gdsInfoVersionSemver,
  gdsNoPlaceholderServers,
  gdsOpenapi3,
  gdsOperationDocumented,
  gdsOperationId,
  gdsParameterDescription,
  gdsServersDefined,
  gdsStandardStatusCodes,
  gdsSuccessResponse,
  gdsTagsDescribed,
  gdsTermsAndLicence,
  gdsTypedSchemas,
  gdsValidOpenapi,
];
