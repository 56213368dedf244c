/**
 * Per-rule timing for `npm run bench:lint -- --profile`: wraps every visitor function of a rule
 * with a timer that adds its run time to a shared table.
 */
import type { Config } from '@redocly/openapi-core';
import type { GdsRule } from '../../src/standards/rule.ts';
import { createGdsConfig, gdsIdFor } from '../../src/standards/ruleset.ts';

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

/**
 * A Redocly config for the given rules whose every rule (ours and the built-ins we run) adds its
 * time to `times`, keyed by GDS rule id, with the Redocly id in brackets for built-ins
 * (`gds-valid-openapi [struct]`). For the engine's `configure` option.
 */
export async function timedConfig(rules: readonly GdsRule[], refsLocal: boolean, times: RuleTimes): Promise<Config> {
  const config = await createGdsConfig(rules, { engine: refsLocal });
  const original = config.getRulesForSpecVersion.bind(config);
  config.getRulesForSpecVersion = ((version: Parameters<Config['getRulesForSpecVersion']>[0]) =>
    original(version).map((ruleset) =>
      Object.fromEntries(
        Object.entries(ruleset as Record<string, unknown>).map(([redoclyId, factory]) => {
          const gdsId = gdsIdFor(redoclyId, rules);
          const label = redoclyId.startsWith('gds/') ? (gdsId ?? redoclyId) : `${gdsId ?? '(no GDS rule)'} [${redoclyId}]`;
          return [redoclyId, typeof factory === 'function' ? timeRule(factory as AnyFn, label, times) : factory];
        }),
      ),
    )) as Config['getRulesForSpecVersion'];
  return config;
}
