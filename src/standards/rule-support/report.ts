/**
 * `report` with the fields a finding may carry beyond Redocly's message and location
 * (see findings-from-problems.ts): the name of its root cause, the place in words, and the other
 * locations one finding stands for.
 */
import type { Location, UserContext } from '@redocly/openapi-core';
import { ruleReference } from '../rule.ts';

export interface RootCauseReport {
  message: string;
  location: Location;
  /** The root cause's name, when the message alone does not tell causes apart. */
  cause?: string;
  /** Where the finding is, in words, when its location does not say it (a shared component reported for an operation). */
  where?: string;
  /** The other places the same cause shows. */
  covers?: Location[];
  /**
   * Report every place, and let the findings with the same `cause` become one finding (at the first
   * place reported, covering the others). Needs `cause`.
   */
  merge?: boolean;
  forceSeverity?: 'error' | 'warn';
}

export function reportCause(ctx: Pick<UserContext, 'report'>, ruleId: string, report: RootCauseReport): void {
  ctx.report({ ...report, reference: ruleReference(ruleId) } as Parameters<UserContext['report']>[0]);
}
