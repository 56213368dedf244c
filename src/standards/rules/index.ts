/**
 * The registry of GDS standards rules: one import per file in this folder, in alphabetical order.
 * test/standards/registry.test.ts fails when a rule file is missing from this list.
 */
import type { GdsRule } from '../rule.ts';
import gdsHttpsOnly from './gds-https-only.ts';

export const RULES: readonly GdsRule[] = [
  gdsHttpsOnly,
];
