/**
 * The one list of change kinds a spec diff reports, each with whether it breaks clients and the
 * group the pull-request report and the changelog show it under. A change breaks clients when a
 * client written against the old document can fail against the new one. Requests and responses
 * are told apart because the same edit goes opposite ways: a value the API no longer accepts breaks
 * callers, a value the API may now return breaks strict readers (see docs/adr/0002-spec-diff.md).
 */

export type ChangeGroup = 'breaking' | 'deprecation' | 'addition' | 'other';

/** Groups in the order reports show them. */
export const CHANGE_GROUPS: readonly ChangeGroup[] = ['breaking', 'deprecation', 'addition', 'other'];

export const CHANGE_GROUP_TITLES: Record<ChangeGroup, string> = {
  breaking: 'Breaking changes',
  deprecation: 'Deprecations',
  addition: 'Additions',
  other: 'Other changes',
};

export const CHANGE_KINDS = {
  // Servers and security for the whole API.
  'server-removed': { group: 'breaking', title: 'Server removed' },
  'server-added': { group: 'addition', title: 'Server added' },
  'security-scheme-removed': { group: 'breaking', title: 'Security scheme removed' },
  'security-scheme-changed': { group: 'breaking', title: 'Security scheme changed' },
  'security-scheme-added': { group: 'addition', title: 'Security scheme added' },
  'security-requirement-added': { group: 'breaking', title: 'New security requirement' },
  'security-alternative-removed': { group: 'breaking', title: 'Security alternative removed' },
  'security-scopes-added': { group: 'breaking', title: 'OAuth scopes added' },
  'security-alternative-added': { group: 'addition', title: 'Security alternative added' },
  'security-scopes-removed': { group: 'other', title: 'OAuth scopes no longer needed' },
  // Paths and operations.
  'path-removed': { group: 'breaking', title: 'Path removed' },
  'operation-removed': { group: 'breaking', title: 'Operation removed' },
  'path-added': { group: 'addition', title: 'Path added' },
  'operation-added': { group: 'addition', title: 'Operation added' },
  'operation-deprecated': { group: 'deprecation', title: 'Operation deprecated' },
  // Parameters.
  'parameter-removed': { group: 'breaking', title: 'Parameter removed' },
  'parameter-required-added': { group: 'breaking', title: 'Required parameter added' },
  'parameter-became-required': { group: 'breaking', title: 'Parameter now required' },
  'parameter-optional-added': { group: 'addition', title: 'Optional parameter added' },
  'parameter-became-optional': { group: 'other', title: 'Parameter now optional' },
  'parameter-deprecated': { group: 'deprecation', title: 'Parameter deprecated' },
  // Request bodies.
  'request-body-removed': { group: 'breaking', title: 'Request body removed' },
  'request-body-required-added': { group: 'breaking', title: 'Required request body added' },
  'request-body-became-required': { group: 'breaking', title: 'Request body now required' },
  'request-body-optional-added': { group: 'addition', title: 'Optional request body added' },
  'request-media-type-removed': { group: 'breaking', title: 'Request media type removed' },
  'request-media-type-added': { group: 'addition', title: 'Request media type added' },
  // What clients send: request bodies and parameters.
  'request-property-required-added': { group: 'breaking', title: 'Required request property added' },
  'request-property-became-required': { group: 'breaking', title: 'Request property now required' },
  'request-property-optional-added': { group: 'addition', title: 'Optional request property added' },
  'request-property-removed': { group: 'other', title: 'Request property removed' },
  'request-type-changed': { group: 'breaking', title: 'Request type changed' },
  'request-type-widened': { group: 'other', title: 'Request type widened' },
  'request-format-changed': { group: 'breaking', title: 'Request format changed' },
  'request-enum-value-removed': { group: 'breaking', title: 'Request value no longer accepted' },
  'request-enum-value-added': { group: 'addition', title: 'Request value now accepted' },
  'request-constraint-narrowed': { group: 'breaking', title: 'Request limit tightened' },
  'request-constraint-relaxed': { group: 'other', title: 'Request limit relaxed' },
  'request-option-removed': { group: 'breaking', title: 'Request option removed' },
  'request-option-added': { group: 'addition', title: 'Request option added' },
  // Responses and what clients read.
  'response-status-removed': { group: 'breaking', title: 'Response status removed' },
  'response-status-added': { group: 'addition', title: 'Response status added' },
  'response-media-type-removed': { group: 'breaking', title: 'Response media type removed' },
  'response-media-type-added': { group: 'addition', title: 'Response media type added' },
  'response-header-removed': { group: 'breaking', title: 'Response header removed' },
  'response-header-added': { group: 'addition', title: 'Response header added' },
  'response-property-removed': { group: 'breaking', title: 'Response property removed' },
  'response-property-became-optional': { group: 'breaking', title: 'Response property now optional' },
  'response-property-added': { group: 'addition', title: 'Response property added' },
  'response-type-changed': { group: 'breaking', title: 'Response type changed' },
  'response-type-narrowed': { group: 'other', title: 'Response type narrowed' },
  'response-format-changed': { group: 'breaking', title: 'Response format changed' },
  'response-enum-value-added': { group: 'breaking', title: 'Response value added' },
  'response-enum-value-removed': { group: 'other', title: 'Response value no longer returned' },
  'response-option-added': { group: 'breaking', title: 'Response option added' },
  'response-option-removed': { group: 'other', title: 'Response option removed' },
  // Schemas and properties, whichever way they are used.
  'schema-deprecated': { group: 'deprecation', title: 'Schema or property deprecated' },
} as const satisfies Record<string, { group: ChangeGroup; title: string }>;

export type ChangeKind = keyof typeof CHANGE_KINDS;

/** Every kind, in the order above. */
export const CHANGE_KIND_IDS = Object.keys(CHANGE_KINDS) as ChangeKind[];

export function isBreaking(kind: ChangeKind): boolean {
  return CHANGE_KINDS[kind].group === 'breaking';
}

/** What a change is about. `where` in a change is this in words. */
export type ChangeSubject =
  | { type: 'api' }
  | { type: 'server'; /** 1-based position in the document that has it. */ index: number; url: string }
  | { type: 'security-scheme'; name: string }
  | { type: 'path'; path: string }
  | { type: 'operation'; /** Upper case: `GET`. */ method: string; path: string }
  | { type: 'schema'; name: string };

export interface SpecChange {
  kind: ChangeKind;
  /** `CHANGE_KINDS[kind].group === 'breaking'`. */
  breaking: boolean;
  subject: ChangeSubject;
  /** The subject in words: `DELETE /v2/notifications/{id}`, "Schema `Payment`", "Server 1", "Security scheme `oauth`". */
  where: string;
  /** The operations it affects, as `METHOD /path`: several when a shared schema changed. */
  operations: string[];
  /** JSON pointer of the changed node in the old document (absent when it was added). */
  beforePointer?: string;
  /** JSON pointer of the changed node in the new document (absent when it was removed). */
  afterPointer?: string;
  /** One sentence: what changed and, when it breaks clients, what happens to them. */
  message: string;
}
