/**
 * Callbacks and webhooks describe requests this API sends to its clients: operations that the
 * client serves, not endpoints of this API. Rules about the API's own endpoints (path names,
 * summaries, tags, input limits) leave them alone; `inCallbackOrWebhook` tells where that is from a
 * node's JSON pointer, so visitors (`ctx.location.pointer`) and findings of Redocly built-ins
 * (`finding.pointer`) decide the same way.
 */
import type { UserContext } from '@redocly/openapi-core';
import { pointerToPath } from '../../yaml/parse.ts';
import { isHttpMethod } from '../../openapi/readers.ts';

/** Values rather than OpenAPI objects: a `callbacks` key below one of these is data. */
const VALUE_KEYWORDS: ReadonlySet<string> = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);

/**
 * Whether the node at `pointer` (with or without the leading `#`) is inside a callback or webhook:
 * under `webhooks` (or Redoc's `x-webhooks`), `components/callbacks`, or the `callbacks` of an
 * operation, including an operation that is the root of its own file. A node that is only reached
 * from a callback through `$ref` (say a shared request body in `components`) is located where it is
 * defined, so it does not count; check the referring location (`ctx.rawLocation`) as well for that.
 */
export function inCallbackOrWebhook(pointer: string): boolean {
  const s = pointerToPath(pointer);
  if (s[0] === 'webhooks' || s[0] === 'x-webhooks') return true;
  if (s[0] === 'components' && s[1] === 'callbacks') return true;
  for (let i = 0; i < s.length; i++) {
    const segment = s[i]!;
    if (VALUE_KEYWORDS.has(segment)) return false;
    if (segment === 'callbacks' && (i === 0 || isHttpMethod(s[i - 1]))) return true;
  }
  return false;
}

/** For visitors: whether the visited node is in a callback or webhook, where it is defined or where it is referred to from. */
export function visitingCallbackOrWebhook(ctx: Pick<UserContext, 'location' | 'rawLocation'>): boolean {
  return inCallbackOrWebhook(ctx.location.pointer) || inCallbackOrWebhook(ctx.rawLocation.pointer);
}
