/**
 * The API reference page model: everything the reference templates show, already shaped.
 *
 * Convention: fields named `…Html` hold HTML made by markdown.ts (sanitised, safe to insert as is);
 * every other string is plain text that templates must escape (Astro does when interpolating).
 * Nothing here carries raw HTML from an OpenAPI document.
 */

/** A link to an anchor somewhere in the reference; `href` is relative to the page showing the link. */
export interface LinkRef {
  label: string;
  anchor: string;
  href: string;
}

/** A URL from the document that passed the URL check; `external` when it leaves the catalogue. */
export interface SafeLink {
  label: string;
  url: string;
  external: boolean;
}

export interface SchemaRow {
  /** Nesting depth, 0 for top-level fields. */
  depth: number;
  /** The field's own name, or a label such as "items", "additional properties", "option 1". */
  name: string;
  /** Dotted path from the top (`address.lines[]`), for reading without indentation. */
  path: string;
  kind: 'property' | 'items' | 'additional' | 'variant';
  /** Type in words: `string`, `array of Plot`, `object (Address)`, `string or null` … */
  type: string;
  format: string;
  required: boolean;
  /** `deprecated`, `read only`, `write only`, `nullable`. */
  flags: string[];
  /** Constraints in words: `at most 35 characters`, `pattern ^[0-9]+$` … */
  constraints: string[];
  /** Allowed values, as JSON text. */
  enumValues: string[];
  descriptionHtml: string;
  /** Example value as JSON text (short). */
  example: string;
  /** Default value as JSON text. */
  defaultValue: string;
  /** A link to a schema's section, when its fields are not repeated here. */
  link?: LinkRef;
  /** Why the fields are not shown here: the schema contains itself, or the nesting is too deep. */
  linkReason?: 'circular' | 'depth';
  /** JSON pointer, in the rendered document, of the place the field is declared (when known). */
  pointer?: string;
}

export interface SchemaTable {
  /** What the whole schema is, in words (`object (Plot)`, `array of Collection`, `string`). */
  type: string;
  format: string;
  descriptionHtml: string;
  constraints: string[];
  enumValues: string[];
  /** When the schema is a named component, a link to its section. */
  link?: LinkRef;
  rows: SchemaRow[];
  /** Rows not shown because the table reached its size limit. */
  omittedRows: number;
  /** JSON pointer, in the rendered document, of the schema (when known). */
  pointer?: string;
}

export interface ExampleModel {
  /** The example's name or a label such as "Example" or "Generated example". */
  label: string;
  summary: string;
  descriptionHtml: string;
  /** The example as text (JSON, XML, plain …). */
  code: string;
  language: 'json' | 'yaml' | 'xml' | 'text';
  /** True when made from the schema because the document has no example. */
  generated: boolean;
  /** True when `code` was cut to keep the page small. */
  truncated: boolean;
  /** A link to an example kept outside the document (`externalValue`), when it is a safe URL. */
  external?: SafeLink;
}

export interface MediaTypeModel {
  /** Media types sharing this schema and these examples. */
  mediaTypes: string[];
  table?: SchemaTable;
  examples: ExampleModel[];
  /** Examples left out because there were too many. */
  omittedExamples: number;
}

export interface ParameterRow {
  name: string;
  location: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  deprecated: boolean;
  type: string;
  format: string;
  constraints: string[];
  enumValues: string[];
  descriptionHtml: string;
  example: string;
  defaultValue: string;
  /** For object or array parameters: their fields. */
  table?: SchemaTable;
  /** JSON pointer, in the rendered document, of the parameter object. */
  pointer?: string;
}

export interface ParameterGroup {
  location: ParameterRow['location'];
  /** "Path parameters", "Query parameters" … */
  label: string;
  rows: ParameterRow[];
}

export interface HeaderRow {
  name: string;
  type: string;
  format: string;
  required: boolean;
  descriptionHtml: string;
}

export interface ResponseModel {
  /** `200`, `4XX`, `default`. */
  status: string;
  /** "OK", "Not Found", "Client error", "Any other status" … */
  statusText: string;
  category: 'informational' | 'success' | 'redirect' | 'client-error' | 'server-error' | 'default';
  descriptionHtml: string;
  headers: HeaderRow[];
  contents: MediaTypeModel[];
}

export interface RequestBodyModel {
  required: boolean;
  descriptionHtml: string;
  contents: MediaTypeModel[];
}

export interface SecuritySchemeUse {
  /** Scheme name as declared in the document. */
  name: string;
  /** A short description of the scheme (`API key in header X-Api-Key`). */
  typeLabel: string;
  scopes: string[];
  /** Link to the scheme's description in the overview, when it is declared. */
  link?: LinkRef;
}

/** One way to authenticate: all its schemes together. */
export interface SecurityAlternative {
  schemes: SecuritySchemeUse[];
}

export interface SecurityModel {
  /** `none`: the operation needs no authentication; `required`: one of `alternatives`; `optional`: one of them, or none. */
  mode: 'none' | 'required' | 'optional';
  alternatives: SecurityAlternative[];
  /** True when the operation sets its own requirement instead of the document's default. */
  overridden: boolean;
}

export interface OperationModel {
  anchor: string;
  method: string;
  path: string;
  /** JSON pointer, in the rendered document, of the operation object. */
  pointer: string;
  operationId: string;
  /** The summary, or `METHOD path` when there is none. */
  title: string;
  summary: string;
  descriptionHtml: string;
  deprecated: boolean;
  /** True for a webhook (an event the API sends), not a request clients make. */
  webhook: boolean;
  tags: string[];
  parameters: ParameterGroup[];
  requestBody?: RequestBodyModel;
  responses: ResponseModel[];
  security: SecurityModel;
  /** Servers that apply to this operation only, when it overrides the document's. */
  servers: ServerModel[];
  externalDocs?: SafeLink;
  /** A curl command that calls the operation (placeholders in angle brackets). */
  curl: string;
  /** Names of callbacks the operation declares (shown, not expanded). */
  callbacks: string[];
  /** Words for search: parameter and field names and descriptions, as plain text. */
  searchText: string;
  /** Set when the operation had to be cut to fit a page. */
  reduced: boolean;
}

export interface TagModel {
  name: string;
  anchor: string;
  descriptionHtml: string;
  externalDocs?: SafeLink;
  operations: OperationModel[];
  /** Operations listed under another tag first that also carry this tag. */
  alsoIn: LinkRef[];
}

export interface SchemaModel {
  name: string;
  anchor: string;
  deprecated: boolean;
  table: SchemaTable;
  example?: ExampleModel;
}

export interface ServerVariableModel {
  name: string;
  defaultValue: string;
  enumValues: string[];
  descriptionHtml: string;
}

export interface ServerModel {
  /** The URL as written (may hold `{variables}`); plain text, not a link. */
  url: string;
  /** A link when the URL, with variables at their defaults, is a safe absolute URL. */
  link?: SafeLink;
  descriptionHtml: string;
  variables: ServerVariableModel[];
  /** Where the server comes from: the OpenAPI document, or the catalogue entry. */
  source: 'document' | 'entry';
}

export type Environment = 'production' | 'sandbox' | 'integration' | 'test' | 'other';

export interface ServerGroup {
  environment: Environment;
  label: string;
  servers: ServerModel[];
}

export interface SchemeDetail {
  label: string;
  value: string;
  link?: SafeLink;
}

export interface SecuritySchemeModel {
  name: string;
  anchor: string;
  typeLabel: string;
  descriptionHtml: string;
  details: SchemeDetail[];
  flows: { label: string; details: SchemeDetail[]; scopes: { name: string; descriptionHtml: string }[] }[];
}

export interface Overview {
  title: string;
  version: string;
  /** `OpenAPI 3.0.3`, `Swagger 2.0` … */
  specLabel: string;
  converted: boolean;
  summary: string;
  descriptionHtml: string;
  contact: { name: string; email: string; emailLink?: SafeLink; link?: SafeLink } | undefined;
  licence: { name: string; link?: SafeLink } | undefined;
  termsOfService?: SafeLink;
  externalDocs?: SafeLink;
  serverGroups: ServerGroup[];
  authentication: {
    schemes: SecuritySchemeModel[];
    /** The document's default requirement for every operation. */
    defaultSecurity: SecurityModel;
    /** How to get credentials, from the catalogue entry (sanitised HTML). */
    howToGetAccessHtml: string;
    accessLink?: SafeLink;
  };
  rateLimits: {
    /** Operations that can answer 429 Too Many Requests. */
    operations: LinkRef[];
    /** Distinct descriptions of those responses. */
    descriptionsHtml: string[];
    /** Response headers about limits (`Retry-After`, `X-RateLimit-Remaining` …). */
    headers: string[];
    /** Rate-limit extensions (`x-rate-limit` …) as text. */
    notes: string[];
  };
  versioning: { version: string; notes: string[] };
  deprecation: {
    /** Plain-text notices (the entry is deprecated, a `Sunset` header is sent …). */
    notices: string[];
    operations: LinkRef[];
    schemas: LinkRef[];
    /** `name (in METHOD path)` for deprecated parameters. */
    parameters: { label: string; operation: LinkRef }[];
  };
  /** Problems met while reading the document (unresolved references, conversion notes). */
  warnings: string[];
}

export interface ContentsItem {
  label: string;
  href: string;
  current: boolean;
  /** Shown as a tag next to the label (the HTTP method). */
  method?: string;
  deprecated?: boolean;
  children: ContentsItem[];
}

export interface ReferencePage {
  /** '' for the first page; otherwise the `[page]` route segment. */
  slug: string;
  /** Absolute path of the page (`/entries/x/reference/plots/`). */
  url: string;
  title: string;
  showOverview: boolean;
  /** The tags shown on this page with the operations of theirs that live here. */
  sections: { tag: TagModel; operations: OperationModel[]; part: number; parts: number }[];
  schemas: SchemaModel[];
  /** Links to every page and, for this page, its operations. */
  contents: ContentsItem[];
  previous?: { title: string; url: string };
  next?: { title: string; url: string };
  /** Estimated size of the rendered page in bytes. */
  estimatedBytes: number;
}

export interface ReferenceModel {
  entryId: string;
  /** Path of the first page, ending in `/`. */
  baseUrl: string;
  overview: Overview;
  tags: TagModel[];
  schemas: SchemaModel[];
  pages: ReferencePage[];
  /** Page slug for every anchor. */
  anchorPages: Record<string, string>;
  stats: { operations: number; schemas: number; pages: number; largestPageBytes: number; buildMs: number };
}
