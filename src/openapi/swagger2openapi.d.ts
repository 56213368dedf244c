/** The part of `swagger2openapi` (CommonJS, no bundled types) that convert-swagger2.ts uses. */
declare module 'swagger2openapi' {
  interface ConvertResult {
    openapi: Record<string, unknown>;
    patches?: number;
  }
  const converter: {
    convertObj(swagger: unknown, options: Record<string, unknown>): Promise<ConvertResult>;
  };
  export default converter;
}
