/**
 * What our diff reports for each case of cases.ts, per version: [kind, message, before pointer,
 * after pointer]. Pointers of Swagger 2.0 cases point into the publisher's 2.0 document. `all`
 * holds for every version a case applies to, `3.x` for 3.0 and 3.1.
 */
import type { ChangeKind } from '../../../src/openapi/diff/index.ts';
import type { FixtureVersion } from './cases.ts';

export type ExpectedChange = [ChangeKind, string, string | null, string | null];
type PerVersion = { all?: ExpectedChange[]; '3.x'?: ExpectedChange[] } & Partial<Record<FixtureVersion, ExpectedChange[]>>;

export function expectedFor(id: string, version: FixtureVersion): ExpectedChange[] {
  const e = EXPECTED[id];
  if (!e) throw new Error(`no expectation for case ${id}`);
  const found = e[version] ?? (version !== '2.0' ? e['3.x'] : undefined) ?? e.all;
  if (!found) throw new Error(`no expectation for case ${id} in ${version}`);
  return found;
}

const EXPECTED: Record<string, PerVersion> = {
  "path-removed": {
    all: [
      ["path-removed", "Removed the path `/zones` with its operation GET: clients calling it will get errors.", "/paths/~1zones", null],
    ],
  },
  "operation-removed": {
    all: [
      ["operation-removed", "Removed the operation `DELETE /permits/{permitId}`: clients calling it will get errors.", "/paths/~1permits~1{permitId}/delete", null],
    ],
  },
  "response-property-removed": {
    '3.x': [
      ["response-property-removed", "Removed the response property `valid_from` from schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`): clients reading it will no longer find it.", "/components/schemas/Permit/properties/valid_from", null],
    ],
    '2.0': [
      ["response-property-removed", "Removed the response property `valid_from` from schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`): clients reading it will no longer find it.", "/definitions/Permit/properties/valid_from", null],
    ],
  },
  "response-property-renamed": {
    '3.x': [
      ["response-property-removed", "Removed the response property `valid_from` from schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`): clients reading it will no longer find it (`starts_on` was added beside it: a rename shows as a removal plus an addition).", "/components/schemas/Permit/properties/valid_from", null],
      ["response-property-added", "Added the response property `starts_on` to schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`).", null, "/components/schemas/Permit/properties/starts_on"],
    ],
    '2.0': [
      ["response-property-removed", "Removed the response property `valid_from` from schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`): clients reading it will no longer find it (`starts_on` was added beside it: a rename shows as a removal plus an addition).", "/definitions/Permit/properties/valid_from", null],
      ["response-property-added", "Added the response property `starts_on` to schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`).", null, "/definitions/Permit/properties/starts_on"],
    ],
  },
  "parameter-required-added": {
    all: [
      ["parameter-required-added", "Added the required query parameter `zone` to `GET /permits`: clients that do not send it will be rejected.", null, "/paths/~1permits/get/parameters/2"],
    ],
  },
  "parameter-became-required": {
    all: [
      ["parameter-became-required", "The query parameter `page_size` of `GET /permits` is now required: clients that do not send it will be rejected.", "/paths/~1permits/get/parameters/1", "/paths/~1permits/get/parameters/1"],
    ],
  },
  "request-property-required-added": {
    '3.x': [
      ["request-property-required-added", "Added the required request property `email` to schema `PermitApplication` (used by `POST /permits`): clients that do not send it will be rejected.", null, "/components/schemas/PermitApplication/allOf/0/properties/email"],
    ],
    '2.0': [
      ["request-property-required-added", "Added the required request property `email` to schema `PermitApplication` (used by `POST /permits`): clients that do not send it will be rejected.", null, "/definitions/PermitApplication/allOf/0/properties/email"],
    ],
  },
  "request-property-became-required": {
    '3.x': [
      ["request-property-became-required", "The request property `duration` of schema `PermitApplication` (used by `POST /permits`) is now required: clients that do not send it will be rejected.", "/components/schemas/PermitApplication/allOf/0/properties/duration", "/components/schemas/PermitApplication/allOf/0/properties/duration"],
    ],
    '2.0': [
      ["request-property-became-required", "The request property `duration` of schema `PermitApplication` (used by `POST /permits`) is now required: clients that do not send it will be rejected.", "/definitions/PermitApplication/allOf/0/properties/duration", "/definitions/PermitApplication/allOf/0/properties/duration"],
    ],
  },
  "parameter-type-changed": {
    '3.x': [
      ["request-type-changed", "The type of the query parameter `page_size` of `GET /permits` changed from `integer` to `string`: requests with the old type will be rejected.", "/paths/~1permits/get/parameters/1/schema", "/paths/~1permits/get/parameters/1/schema"],
    ],
    '2.0': [
      ["request-type-changed", "The type of the query parameter `page_size` of `GET /permits` changed from `integer` to `string`: requests with the old type will be rejected.", "/paths/~1permits/get/parameters/1", "/paths/~1permits/get/parameters/1"],
    ],
  },
  "parameter-format-changed": {
    '3.x': [
      ["request-format-changed", "The format of the path parameter `permitId` of `GET /permits/{permitId}` changed from `uuid` to `ulid`: values in the old format may be rejected.", "/paths/~1permits~1{permitId}/parameters/0/schema", "/paths/~1permits~1{permitId}/parameters/0/schema"],
      ["request-format-changed", "The format of the path parameter `permitId` of `DELETE /permits/{permitId}` changed from `uuid` to `ulid`: values in the old format may be rejected.", "/paths/~1permits~1{permitId}/parameters/0/schema", "/paths/~1permits~1{permitId}/parameters/0/schema"],
    ],
    '2.0': [
      ["request-format-changed", "The format of the path parameter `permitId` of `GET /permits/{permitId}` changed from `uuid` to `ulid`: values in the old format may be rejected.", "/paths/~1permits~1{permitId}/parameters/0", "/paths/~1permits~1{permitId}/parameters/0"],
      ["request-format-changed", "The format of the path parameter `permitId` of `DELETE /permits/{permitId}` changed from `uuid` to `ulid`: values in the old format may be rejected.", "/paths/~1permits~1{permitId}/parameters/0", "/paths/~1permits~1{permitId}/parameters/0"],
    ],
  },
  "request-type-changed": {
    '3.x': [
      ["request-type-changed", "The type of `notes` in schema `PermitApplication` (used by `POST /permits`) changed from `string` to `array`: requests with the old type will be rejected.", "/components/schemas/PermitApplication/allOf/0/properties/notes", "/components/schemas/PermitApplication/allOf/0/properties/notes"],
    ],
    '2.0': [
      ["request-type-changed", "The type of `notes` in schema `PermitApplication` (used by `POST /permits`) changed from `string` to `array`: requests with the old type will be rejected.", "/definitions/PermitApplication/allOf/0/properties/notes", "/definitions/PermitApplication/allOf/0/properties/notes"],
    ],
  },
  "response-type-changed": {
    '3.x': [
      ["response-type-changed", "The type of `amount` in schema `Money` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) changed from `integer` to `string`: clients reading it may fail to handle the new type.", "/components/schemas/Money/properties/amount", "/components/schemas/Money/properties/amount"],
    ],
    '2.0': [
      ["response-type-changed", "The type of `amount` in schema `Money` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) changed from `integer` to `string`: clients reading it may fail to handle the new type.", "/definitions/Money/properties/amount", "/definitions/Money/properties/amount"],
    ],
  },
  "response-format-changed": {
    '3.x': [
      ["response-format-changed", "The format of `valid_from` in schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) changed from `date` to `date-time`: clients that read it as `date` may fail.", "/components/schemas/Permit/properties/valid_from", "/components/schemas/Permit/properties/valid_from"],
    ],
    '2.0': [
      ["response-format-changed", "The format of `valid_from` in schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) changed from `date` to `date-time`: clients that read it as `date` may fail.", "/definitions/Permit/properties/valid_from", "/definitions/Permit/properties/valid_from"],
    ],
  },
  "response-array-item-type-changed": {
    '3.x': [
      ["response-type-changed", "The type of `[].tariffs[]` in the status `200` (OK) response of `GET /zones` changed from `integer` to `number`: clients reading it may fail to handle the new type.", "/paths/~1zones/get/responses/200/content/application~1json/schema/items/properties/tariffs/items", "/paths/~1zones/get/responses/200/content/application~1json/schema/items/properties/tariffs/items"],
    ],
    '2.0': [
      ["response-type-changed", "The type of `[].tariffs[]` in the status `200` (OK) response of `GET /zones` changed from `integer` to `number`: clients reading it may fail to handle the new type.", "/paths/~1zones/get/responses/200/schema/items/properties/tariffs/items", "/paths/~1zones/get/responses/200/schema/items/properties/tariffs/items"],
    ],
  },
  "nested-type-changed": {
    '3.x': [
      ["response-type-changed", "The type of `registration` in schema `Vehicle` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) changed from `string` to `integer`: clients reading it may fail to handle the new type.", "/components/schemas/Vehicle/properties/registration", "/components/schemas/Vehicle/properties/registration"],
      ["request-type-changed", "The type of `registration` in schema `Vehicle` (used by `POST /permits`) changed from `string` to `integer`: requests with the old type will be rejected.", "/components/schemas/Vehicle/properties/registration", "/components/schemas/Vehicle/properties/registration"],
    ],
    '2.0': [
      ["response-type-changed", "The type of `registration` in schema `Vehicle` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) changed from `string` to `integer`: clients reading it may fail to handle the new type.", "/definitions/Vehicle/properties/registration", "/definitions/Vehicle/properties/registration"],
      ["request-type-changed", "The type of `registration` in schema `Vehicle` (used by `POST /permits`) changed from `string` to `integer`: requests with the old type will be rejected.", "/definitions/Vehicle/properties/registration", "/definitions/Vehicle/properties/registration"],
    ],
  },
  "response-became-nullable": {
    '3.x': [
      ["response-type-changed", "The type of `valid_from` in schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) changed from `string` to `string` or `null`: clients reading it may now get `null`.", "/components/schemas/Permit/properties/valid_from", "/components/schemas/Permit/properties/valid_from"],
    ],
    '2.0': [
      ["response-type-changed", "The type of `valid_from` in schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) changed from `string` to `string` or `null`: clients reading it may now get `null`.", "/definitions/Permit/properties/valid_from", "/definitions/Permit/properties/valid_from"],
    ],
  },
  "response-variant-added": {
    all: [
      ["response-option-added", "`holder` in schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) may now also be the option `Charity`: clients that handle only the listed options may fail.", null, "/components/schemas/Permit/properties/holder/oneOf/2"],
    ],
  },
  "cycle": {
    '3.x': [
      ["response-property-removed", "Removed the response property `status` from schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`): clients reading it will no longer find it.", "/components/schemas/Permit/properties/status", null],
    ],
    '2.0': [
      ["response-property-removed", "Removed the response property `status` from schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`): clients reading it will no longer find it.", "/definitions/Permit/properties/status", null],
    ],
  },
  "request-enum-value-removed": {
    '3.x': [
      ["request-enum-value-removed", "`duration` in schema `PermitApplication` (used by `POST /permits`) no longer accepts the value `year`: clients sending it will be rejected.", "/components/schemas/PermitApplication/allOf/0/properties/duration", "/components/schemas/PermitApplication/allOf/0/properties/duration"],
    ],
    '2.0': [
      ["request-enum-value-removed", "`duration` in schema `PermitApplication` (used by `POST /permits`) no longer accepts the value `year`: clients sending it will be rejected.", "/definitions/PermitApplication/allOf/0/properties/duration", "/definitions/PermitApplication/allOf/0/properties/duration"],
    ],
  },
  "response-enum-value-added": {
    '3.x': [
      ["request-enum-value-added", "Schema `PermitStatus` (used by `GET /permits`) now also accepts the value `revoked`.", "/components/schemas/PermitStatus", "/components/schemas/PermitStatus"],
      ["response-enum-value-added", "Schema `PermitStatus` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) may now have the value `revoked`: clients that accept only the listed values may fail.", "/components/schemas/PermitStatus", "/components/schemas/PermitStatus"],
    ],
    '2.0': [
      ["request-enum-value-added", "The query parameter `status` of `GET /permits` now also accepts the value `revoked`.", "/paths/~1permits/get/parameters/0", "/paths/~1permits/get/parameters/0"],
      ["response-enum-value-added", "Schema `PermitStatus` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) may now have the value `revoked`: clients that accept only the listed values may fail.", "/definitions/PermitStatus", "/definitions/PermitStatus"],
    ],
  },
  "shared-enum-value-removed": {
    '3.x': [
      ["response-enum-value-removed", "`fuel` in schema `Vehicle` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) no longer has the value `diesel` in responses.", "/components/schemas/Vehicle/properties/fuel", "/components/schemas/Vehicle/properties/fuel"],
      ["request-enum-value-removed", "`fuel` in schema `Vehicle` (used by `POST /permits`) no longer accepts the value `diesel`: clients sending it will be rejected.", "/components/schemas/Vehicle/properties/fuel", "/components/schemas/Vehicle/properties/fuel"],
    ],
    '2.0': [
      ["response-enum-value-removed", "`fuel` in schema `Vehicle` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) no longer has the value `diesel` in responses.", "/definitions/Vehicle/properties/fuel", "/definitions/Vehicle/properties/fuel"],
      ["request-enum-value-removed", "`fuel` in schema `Vehicle` (used by `POST /permits`) no longer accepts the value `diesel`: clients sending it will be rejected.", "/definitions/Vehicle/properties/fuel", "/definitions/Vehicle/properties/fuel"],
    ],
  },
  "security-requirement-added": {
    '3.x': [
      ["security-requirement-added", "`GET /zones` now requires `oauth` with scope `permits:read` or `apiKey`: clients calling it without credentials will be refused.", "/paths/~1zones/get/security", "/paths/~1zones/get/security"],
    ],
    '2.0': [
      ["security-requirement-added", "`GET /zones` now requires `oauth` with scope `permits:read` or `apiKey`: clients calling it without credentials will be refused.", "/paths/~1zones/get/security", "/paths/~1zones/get"],
    ],
  },
  "security-alternative-removed": {
    all: [
      ["security-alternative-removed", "The API (every operation without its own security) no longer accepts `apiKey`: clients using it will be refused.", "/security", "/security"],
    ],
  },
  "security-scopes-added": {
    all: [
      ["security-scopes-added", "`POST /permits` now also needs the `oauth` scope `permits:admin`: clients whose tokens lack it will be refused.", "/paths/~1permits/post/security", "/paths/~1permits/post/security"],
    ],
  },
  "security-scheme-changed": {
    '3.x': [
      ["security-scheme-changed", "Changed the security scheme `apiKey` (`name` `X-Api-Key` → `X-Permits-Key`): clients set up for the old settings will be refused.", "/components/securitySchemes/apiKey", "/components/securitySchemes/apiKey"],
    ],
    '2.0': [
      ["security-scheme-changed", "Changed the security scheme `apiKey` (`name` `X-Api-Key` → `X-Permits-Key`): clients set up for the old settings will be refused.", "/securityDefinitions/apiKey", "/securityDefinitions/apiKey"],
    ],
  },
  "server-removed": {
    '3.x': [
      ["server-removed", "Removed server 2 (`https://sandbox.parking-permits.api.example.gov.uk/v2`) of the API: clients using it will no longer reach the API.", "/servers/1", null],
    ],
    '2.0': [
      ["server-removed", "Removed server 1 (`https://parking-permits.api.example.gov.uk/v2`) of the API: clients using it will no longer reach the API.", "/host", null],
      ["server-added", "Added server 1 (`https://permits.api.example.gov.uk/v2`) to the API.", null, "/host"],
    ],
  },
  "response-status-removed": {
    all: [
      ["response-status-removed", "`GET /permits/{permitId}` no longer documents the status `404` (Not Found) response: clients that handle it may get a different response instead.", "/paths/~1permits~1{permitId}/get/responses/404", null],
    ],
  },
  "response-media-type-removed": {
    '3.x': [
      ["response-media-type-removed", "The status `200` (OK) response of `GET /permits` is no longer available as `text/csv`: clients asking for it will get an error.", "/paths/~1permits/get/responses/200/content/text~1csv", null],
    ],
    '2.0': [
      ["response-media-type-removed", "The status `200` (OK) response of `GET /permits` is no longer available as `text/csv`: clients asking for it will get an error.", "/paths/~1permits/get/responses/200", null],
    ],
  },
  "operation-added": {
    all: [
      ["operation-added", "Added the operation `PATCH /permits/{permitId}`.", null, "/paths/~1permits~1{permitId}/patch"],
    ],
  },
  "path-added": {
    all: [
      ["path-added", "Added the path `/zones/{zoneCode}` with its operation GET.", null, "/paths/~1zones~1{zoneCode}"],
    ],
  },
  "parameter-optional-added": {
    all: [
      ["parameter-optional-added", "Added the optional query parameter `sort` to `GET /permits`.", null, "/paths/~1permits/get/parameters/2"],
    ],
  },
  "response-property-added": {
    '3.x': [
      ["response-property-added", "Added the response property `valid_until` to schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`).", null, "/components/schemas/Permit/properties/valid_until"],
    ],
    '2.0': [
      ["response-property-added", "Added the response property `valid_until` to schema `Permit` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`).", null, "/definitions/Permit/properties/valid_until"],
    ],
  },
  "request-enum-value-added": {
    '3.x': [
      ["request-enum-value-added", "`duration` in schema `PermitApplication` (used by `POST /permits`) now also accepts the value `week`.", "/components/schemas/PermitApplication/allOf/0/properties/duration", "/components/schemas/PermitApplication/allOf/0/properties/duration"],
    ],
    '2.0': [
      ["request-enum-value-added", "`duration` in schema `PermitApplication` (used by `POST /permits`) now also accepts the value `week`.", "/definitions/PermitApplication/allOf/0/properties/duration", "/definitions/PermitApplication/allOf/0/properties/duration"],
    ],
  },
  "server-added": {
    all: [
      ["server-added", "Added server 3 (`https://integration.parking-permits.api.example.gov.uk/v2`) to the API.", null, "/servers/2"],
    ],
  },
  "security-alternative-added": {
    all: [
      ["security-alternative-added", "`POST /permits` now also accepts `apiKey`.", "/paths/~1permits/post/security", "/paths/~1permits/post/security"],
    ],
  },
  "response-enum-value-removed": {
    '3.x': [
      ["response-enum-value-removed", "Schema `PermitStatus` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) no longer has the value `expired` in responses.", "/components/schemas/PermitStatus", "/components/schemas/PermitStatus"],
    ],
    '2.0': [
      ["response-enum-value-removed", "Schema `PermitStatus` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) no longer has the value `expired` in responses.", "/definitions/PermitStatus", "/definitions/PermitStatus"],
    ],
  },
  "path-parameter-renamed": {
    all: [],
  },
  "request-format-widened": {
    '3.x': [
      ["request-constraint-relaxed", "The format of the query parameter `page_size` of `GET /permits` changed from `int32` to `int64`.", "/paths/~1permits/get/parameters/1/schema", "/paths/~1permits/get/parameters/1/schema"],
    ],
    '2.0': [
      ["request-constraint-relaxed", "The format of the query parameter `page_size` of `GET /permits` changed from `int32` to `int64`.", "/paths/~1permits/get/parameters/1", "/paths/~1permits/get/parameters/1"],
    ],
  },
  "operation-deprecated": {
    all: [
      ["operation-deprecated", "The operation `DELETE /permits/{permitId}` is now deprecated: plan to move to its replacement.", "/paths/~1permits~1{permitId}/delete", "/paths/~1permits~1{permitId}/delete"],
    ],
  },
  "parameter-deprecated": {
    all: [
      ["parameter-deprecated", "The query parameter `page_size` of `GET /permits` is now deprecated: plan to stop sending it.", "/paths/~1permits/get/parameters/1", "/paths/~1permits/get/parameters/1"],
    ],
  },
  "property-deprecated": {
    all: [
      ["schema-deprecated", "`make` in schema `Vehicle` (used by `GET /permits`, `POST /permits` and `GET /permits/{permitId}`) is now deprecated: plan to stop using it.", "/components/schemas/Vehicle/properties/make", "/components/schemas/Vehicle/properties/make"],
    ],
  },
};
