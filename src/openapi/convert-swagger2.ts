/**
 * Converts a bundled Swagger 2.0 document to OpenAPI 3.0 with `swagger2openapi`, so that one
 * renderer serves every version. The input has internal references only (see bundle.ts), and the
 * converter runs with resolution switched off, so it never reads files or the network.
 */
import swagger2openapi from 'swagger2openapi';

export interface Conversion {
  document: Record<string, unknown>;
  /** What the converter had to patch or could not convert, in words. */
  notes: string[];
}

const WARNING_KEY = 'x-s2o-warning';

function collectWarnings(node: unknown, out: string[], seen = new Set<unknown>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) collectWarnings(item, out, seen);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (typeof obj[WARNING_KEY] === 'string') {
    out.push(`Swagger 2.0 conversion: ${obj[WARNING_KEY]}`);
    delete obj[WARNING_KEY];
  }
  for (const value of Object.values(obj)) collectWarnings(value, out, seen);
}

export async function convertSwagger2(swagger: Record<string, unknown>): Promise<Conversion> {
  const notes: string[] = [];
  const options = {
    patch: true,
    warnOnly: true,
    warnProperty: WARNING_KEY,
    resolve: false,
    resolveInternal: false,
    direct: false,
    // The converter stringifies the input as YAML unless given text; it is not needed here.
    text: ' ',
  };
  try {
    const result = await swagger2openapi.convertObj(structuredClone(swagger), options);
    collectWarnings(result.openapi, notes);
    if (result.patches) notes.push(`Swagger 2.0 conversion: ${result.patches} small fixes were made to convert the document.`);
    return { document: result.openapi, notes };
  } catch (e) {
    throw new Error(`The Swagger 2.0 document could not be converted to OpenAPI 3: ${(e as Error).message}`);
  }
}
