/**
 * The reuse check record's constants: its kind and version, and what a check on this catalogue
 * cannot know (shown on the "Before you build" page and kept in every record). A module of its own
 * so that the page's script can take them without zod.
 */
export const RECORD_KIND = 'reuse-check-record';
export const RECORD_VERSION = 1;

/** What a reuse check on this catalogue cannot know. */
export const RECORD_LIMITS: readonly string[] = [
  'It only knows the APIs, components and registers listed in this catalogue. Government runs many that are not listed yet, and private or internal ones may never be.',
  'It finds data items only where an entry publishes an OpenAPI document that names them; an entry without a document, or a document that leaves fields out, shows nothing.',
  'It cannot tell whether an entry meets your need, is available to your organisation, or has capacity for you: ask the team named on the entry.',
  'It does not know about data held without an API, such as spreadsheets, databases or paper records.',
  'Results reflect the catalogue at the version shown; entries change as departments update them.',
];
