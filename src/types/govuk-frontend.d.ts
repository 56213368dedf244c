/** GOV.UK Frontend ships its JavaScript without type declarations; this is the part the site calls. */
declare module 'govuk-frontend' {
  /** Initialises every GOV.UK Frontend component on the page (`data-module` attributes). */
  export function initAll(config?: Record<string, unknown>): void;
}
