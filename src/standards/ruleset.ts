/**
 * Turns the rule registry into a @redocly/openapi-core plugin and config. Our rules run as plugin
 * `gds` (Redocly ids `gds/<name>`); Redocly built-ins that implement part of a GDS rule run under
 * their own ids and are reported under the GDS rule that lists them.
 */
import { createConfig, type Config, type Plugin } from '@redocly/openapi-core';
import type { GdsRule } from './rule.ts';
import { RULES } from './rules/index.ts';

const PLUGIN_ID = 'gds';

/** `gds-https-only` → `https-only`. */
const pluginRuleName = (id: string): string => id.replace(/^gds-/, '');

/** Maps a Redocly rule id (`gds/https-only`, `struct`) to the GDS rule id it belongs to. */
export function gdsIdFor(redoclyRuleId: string, rules: readonly GdsRule[] = RULES): string | undefined {
  if (redoclyRuleId.startsWith(`${PLUGIN_ID}/`)) return `gds-${redoclyRuleId.slice(PLUGIN_ID.length + 1)}`;
  return rules.find((r) => r.builtIn && redoclyRuleId in r.builtIn)?.id;
}

export function gdsPlugin(rules: readonly GdsRule[] = RULES): Plugin {
  const oas3: Record<string, NonNullable<GdsRule['oas3']>> = {};
  const oas2: Record<string, NonNullable<GdsRule['oas2']>> = {};
  for (const r of rules) {
    if (r.oas3) oas3[pluginRuleName(r.id)] = r.oas3;
    if (r.oas2) oas2[pluginRuleName(r.id)] = r.oas2;
  }
  return { id: PLUGIN_ID, rules: { oas3, oas2 } } as Plugin;
}

/** A Redocly config that runs exactly the given rules (all by default). */
export async function createGdsConfig(rules: readonly GdsRule[] = RULES): Promise<Config> {
  const ruleSettings: Record<string, string> = {};
  for (const r of rules) {
    if (r.oas3 || r.oas2) ruleSettings[`${PLUGIN_ID}/${pluginRuleName(r.id)}`] = r.severity;
    for (const [builtIn, severity] of Object.entries(r.builtIn ?? {})) ruleSettings[builtIn] = severity;
  }
  return createConfig({ extends: [], plugins: [gdsPlugin(rules)], rules: ruleSettings } as never);
}
