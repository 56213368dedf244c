/** XML checks for tests: well-formedness by a strict, namespace-aware parser (saxes), then the document as plain data. */
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';

/** Throws with the line and column of the first well-formedness error. */
export function assertWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** The document as plain data: attributes as `@_name`, repeated elements as arrays only where they repeat. */
export function parseXml(xml: string): Record<string, unknown> {
  assertWellFormed(xml);
  return new XMLParser({ ignoreAttributes: false }).parse(xml) as Record<string, unknown>;
}
