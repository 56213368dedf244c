/**
 * Per-rule timing: wraps every visitor function of a rule with a timer that adds its run time to a
 * shared table. Used by `npm run bench:lint -- --profile`; costs nothing when not used.
 */
export type RuleTimes = Map<string, number>;

type AnyFn = (...args: unknown[]) => unknown;

const timed = (fn: AnyFn, id: string, times: RuleTimes): AnyFn =>
  function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    try {
      return fn.apply(this, args);
    } finally {
      times.set(id, (times.get(id) ?? 0) + performance.now() - start);
    }
  };

/** Returns a copy of a visitor object whose functions (enter, leave, skip, nested visitors) are timed. */
export function timeVisitor(visitor: unknown, id: string, times: RuleTimes): unknown {
  if (typeof visitor === 'function') return timed(visitor as AnyFn, id, times);
  if (typeof visitor !== 'object' || visitor === null) return visitor;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(visitor)) out[key] = timeVisitor(value, id, times);
  return out;
}

/** Wraps a rule factory `(options) => visitor` so that both the factory and its visitors are timed. */
export function timeRule<F extends AnyFn>(factory: F, id: string, times: RuleTimes): F {
  return ((...args: unknown[]) => {
    const start = performance.now();
    const visitor = factory(...args);
    times.set(id, (times.get(id) ?? 0) + performance.now() - start);
    return timeVisitor(visitor, id, times);
  }) as F;
}
