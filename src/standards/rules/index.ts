/**
 * The registry of GDS standards rules: one import per file in this folder, in alphabetical order.
 * test/standards/registry.test.ts fails when a rule file is missing from this list.
 */
import type { GdsRule } from '../rule.ts';
import gdsApiDomainName from './gds-api-domain-name.ts';
import gdsConsistentPropertyCasing from './gds-consistent-property-casing.ts';
import gdsDateFormat from './gds-date-format.ts';
import gdsDeprecationDocumented from './gds-deprecation-documented.ts';
import gdsErrorResponsesDocumented from './gds-error-responses-documented.ts';
import gdsErrorSchema from './gds-error-schema.ts';
import gdsExamples from './gds-examples.ts';
import gdsExternalDocs from './gds-external-docs.ts';
import gdsHttpSemantics from './gds-http-semantics.ts';
import gdsHttpsOnly from './gds-https-only.ts';
import gdsInfoContact from './gds-info-contact.ts';
import gdsInfoDescription from './gds-info-description.ts';
import gdsInfoVersionSemver from './gds-info-version-semver.ts';
import gdsInputConstraints from './gds-input-constraints.ts';
import gdsJsonMediaTypes from './gds-json-media-types.ts';
import gdsNoBasicAuth from './gds-no-basic-auth.ts';
import gdsNoCredentialsInUrl from './gds-no-credentials-in-url.ts';
import gdsNoInternalErrorDetails from './gds-no-internal-error-details.ts';
import gdsNoPlaceholderServers from './gds-no-placeholder-servers.ts';
import gdsNoTestEndpoints from './gds-no-test-endpoints.ts';
import gdsNoXHeaders from './gds-no-x-headers.ts';
import gdsOauth2 from './gds-oauth2.ts';
import gdsOpenapi3 from './gds-openapi-3.ts';
import gdsOperationDocumented from './gds-operation-documented.ts';
import gdsOperationId from './gds-operation-id.ts';
import gdsParameterDescription from './gds-parameter-description.ts';
import gdsPathDepth from './gds-path-depth.ts';
import gdsPathsKebabCase from './gds-paths-kebab-case.ts';
import gdsPathsNoVerbs from './gds-paths-no-verbs.ts';
import gdsQueryParameters from './gds-query-parameters.ts';
import gdsRateLimitDocumented from './gds-rate-limit-documented.ts';
import gdsSchemasConsistent from './gds-schemas-consistent.ts';
import gdsSecurityDefined from './gds-security-defined.ts';
import gdsServersDefined from './gds-servers-defined.ts';
import gdsStandardStatusCodes from './gds-standard-status-codes.ts';
import gdsSuccessResponse from './gds-success-response.ts';
import gdsTagsDescribed from './gds-tags-described.ts';
import gdsTermsAndLicence from './gds-terms-and-licence.ts';
import gdsTypedSchemas from './gds-typed-schemas.ts';
import gdsUtf8Charset from './gds-utf8-charset.ts';
import gdsValidOpenapi from './gds-valid-openapi.ts';
import gdsVersioning from './gds-versioning.ts';

export const RULES: readonly GdsRule[] = [
  gdsApiDomainName,
  gdsConsistentPropertyCasing,
  gdsDateFormat,
  gdsDeprecationDocumented,
  gdsErrorResponsesDocumented,
  gdsErrorSchema,
  gdsExamples,
  gdsExternalDocs,
  gdsHttpSemantics,
  gdsHttpsOnly,
  gdsInfoContact,
  gdsInfoDescription,
  gdsInfoVersionSemver,
  gdsInputConstraints,
  gdsJsonMediaTypes,
  gdsNoBasicAuth,
  gdsNoCredentialsInUrl,
  gdsNoInternalErrorDetails,
  gdsNoPlaceholderServers,
  gdsNoTestEndpoints,
  gdsNoXHeaders,
  gdsOauth2,
  gdsOpenapi3,
  gdsOperationDocumented,
  gdsOperationId,
  gdsParameterDescription,
  gdsPathDepth,
  gdsPathsKebabCase,
  gdsPathsNoVerbs,
  gdsQueryParameters,
  gdsRateLimitDocumented,
  gdsSchemasConsistent,
  gdsSecurityDefined,
  gdsServersDefined,
  gdsStandardStatusCodes,
  gdsSuccessResponse,
  gdsTagsDescribed,
  gdsTermsAndLicence,
  gdsTypedSchemas,
  gdsUtf8Charset,
  gdsValidOpenapi,
  gdsVersioning,
];
