/**
 * Whether fetched bytes are an OpenAPI document the catalogue can keep: at most MAX_DOCUMENT_BYTES,
 * strict UTF-8, YAML or JSON within the parser's bounds, with `openapi: 3.x` or `swagger: "2.0"`
 * and an `info` object at the top. Anything else is a reason, and the committed copy stays.
 */
import { OPENAPI_MAX_BYTES } from '../files/limits.ts';
import { parseYaml } from '../yaml/parse.ts';

/** The largest OpenAPI document the catalogue reads: the guarded reader's limit for one. */
export const MAX_DOCUMENT_BYTES = OPENAPI_MAX_BYTES;

export type DocumentCheck = { ok: true; text: string; version: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function checkOpenApiBytes(bytes: Uint8Array, maxBytes = MAX_DOCUMENT_BYTES): DocumentCheck {
  if (bytes.length > maxBytes) return { ok: false, reason: `too large: ${bytes.length} bytes, over the limit of ${maxBytes}` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const parsed = parseYaml(text);
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    return { ok: false, reason: `not OpenAPI: not YAML or JSON (line ${e.line}, column ${e.column}: ${e.message})` };
  }
  const data = parsed.data as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'not OpenAPI: the document is not a YAML or JSON object' };
  const openapi = data.openapi;
  const swagger = data.swagger;
  const version = typeof openapi === 'string' && /^3\.\d+(\.\d+)?$/.test(openapi) ? openapi : swagger === '2.0' ? '2.0' : undefined;
  if (!version) return { ok: false, reason: 'not OpenAPI: it has no `openapi: 3.x` or `swagger: "2.0"` at the top' };
  if (!data.info || typeof data.info !== 'object') return { ok: false, reason: 'not OpenAPI: it has no `info` object' };
  return { ok: true, text, version };
}
