/** A link to a URL from an OpenAPI document that passed the URL check, as HTML; links to other sites are marked as external. */
import { html, type SafeHtml } from '../../site/html.ts';
import type { SafeLink } from '../../openapi/reference-types.ts';

export function safeLinkHtml(link: SafeLink, label = link.label): SafeHtml {
  return link.external
    ? html`<a class="govuk-link app-external-link" href="${link.url}" rel="external noopener noreferrer">${label}<span class="govuk-visually-hidden"> (external link)</span></a>`
    : html`<a class="govuk-link" href="${link.url}">${label}</a>`;
}
