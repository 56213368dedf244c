/** GOV.UK Frontend 5 ships JavaScript without type declarations; this is the part the site calls. */
declare module 'govuk-frontend' {
  /** Initialises every GOV.UK Frontend component on the page (`data-module` attributes). */
  export function initAll(config?: Record<string, unknown>): void;
}
