/**
 * Visitor shapes that several rules share: every operation, every response of an operation (once
 * each, however many operations share it), and the Swagger 2.0 places that declare media types.
 */
import type { Location, Oas2Rule, UserContext } from '@redocly/openapi-core';
import { asObj, type Obj } from './nodes.ts';
import { resolveAt } from './schema-walk.ts';

/** Visitors (for OpenAPI 3.x and Swagger 2.0 alike) that call `visit` with every operation. */
export function onEveryOperation(visit: (operation: Obj, ctx: UserContext) => void) {
  return { Paths: { PathItem: { Operation: (operation: unknown, ctx: UserContext) => visit(operation as Obj, ctx) } } };
}

/**
 * An operation visitor that calls `check` for each response whose status code (and operation
 * method, lower case) `which` accepts, resolved and located where it is defined. A response shared
 * by several operations is checked once, so create one per rule instance (inside the rule function).
 */
export function eachResponse(
  which: (code: string, method: string) => boolean,
  check: (response: Obj, location: Location, code: string, ctx: UserContext) => void,
): (operation: Obj, ctx: UserContext) => void {
  const seen = new Set<object>();
  return (operation, ctx) => {
    const responses = asObj(operation['responses']);
    if (!responses) return;
    const method = String(ctx.key).toLowerCase();
    for (const code of Object.keys(responses)) {
      if (!which(code, method)) continue;
      const r = resolveAt(responses[code], ctx.location.child(['responses', code]), ctx.resolve);
      if (!r || seen.has(r.node)) continue;
      seen.add(r.node);
      check(r.node, r.location, code, ctx);
    }
  };
}

/**
 * Swagger 2.0 visitors that call `check` with the document root and with every operation: the two
 * places that can declare `produces` and `consumes`.
 */
export function onProducesAndConsumes(check: (node: Obj, location: Location, report: UserContext['report']) => void): Oas2Rule {
  return () => ({
    Root(root, { report, location }) {
      check(root as unknown as Obj, location, report);
    },
    Operation(operation, { report, location }) {
      check(operation as unknown as Obj, location, report);
    },
  });
}
