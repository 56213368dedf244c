/**
 * A Redocly resolver that reads local files as Redocly does but never fetches a URL. Used only by
 * the "bare engine" speed comparison, which must not touch the network either.
 */
import { BaseResolver, ResolveError, Source, isAbsoluteUrl } from '@redocly/openapi-core';

export class OfflineResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isAbsoluteUrl(absoluteRef)) throw new ResolveError(new Error(`Not fetched (offline): ${absoluteRef}`));
    return super.loadExternalRef(absoluteRef);
  }
}
