/**
 * Turns the rule registry into a @redocly/openapi-core plugin and config. Our rules run as plugin
 * `gds` (Redocly ids `gds/<name>`); Redocly built-ins that implement part of a GDS rule run under
 * their own ids and are reported under the GDS rule that lists them. The engine's own check
 * `gds-refs-local` (engine-rules.ts) runs in the same plugin.
 *
 * Configs are built once per rule selection and reused (config creation resolves presets and is
 * the slow part of a small lint).
 */
import { createConfig, type Config, type Oas2Rule, type Oas3Rule, type Plugin } from '@redocly/openapi-core';
import { isRefused } from '../openapi/ref-resolver.ts';
import { REFS_LOCAL } from './engine-rules.ts';
import type { BuiltInSetting, GdsRule } from './rule.ts';
import { RULES } from './rules/index.ts';

const PLUGIN_ID = 'gds';

/** `gds-https-only` → `https-only`. */
const pluginRuleName = (id: string): string => id.replace(/^gds-/, '');

/** Maps a Redocly rule id (`gds/https-only`, `struct`) to the GDS rule id it belongs to. */
export function gdsIdFor(redoclyRuleId: string, rules: readonly GdsRule[] = RULES): string | undefined {
  if (redoclyRuleId.startsWith(`${PLUGIN_ID}/`)) return `gds-${redoclyRuleId.slice(PLUGIN_ID.length + 1)}`;
  return rules.find((r) => r.builtIn && redoclyRuleId in r.builtIn)?.id;
}

/** Reports every `$ref` the resolver refused (URL, outside the folder, too large) at the `$ref`. */
const refsLocal = (() => ({
  ref: {
    enter(_node: unknown, ctx: { report: (p: unknown) => void; location: { child: (k: string[]) => unknown } }, resolved: { error?: unknown }) {
      const refused = isRefused(resolved?.error);
      if (refused) ctx.report({ message: refused.message, location: ctx.location.child(['$ref']) });
    },
  },
})) as unknown as Oas3Rule & Oas2Rule;

export interface PluginOptions {
  /** Run the engine's `gds-refs-local` check too. */
  engine?: boolean;
}

export function gdsPlugin(rules: readonly GdsRule[] = RULES, options: PluginOptions = {}): Plugin {
  const oas3: Record<string, Oas3Rule> = {};
  const oas2: Record<string, Oas2Rule> = {};
  for (const r of rules) {
    if (r.oas3) oas3[pluginRuleName(r.id)] = r.oas3;
    if (r.oas2) oas2[pluginRuleName(r.id)] = r.oas2;
  }
  if (options.engine) {
    oas3[pluginRuleName(REFS_LOCAL)] = refsLocal;
    oas2[pluginRuleName(REFS_LOCAL)] = refsLocal;
  }
  return { id: PLUGIN_ID, rules: { oas3, oas2 } } as Plugin;
}

/** A Redocly config that runs exactly the given rules (all by default). */
export async function createGdsConfig(rules: readonly GdsRule[] = RULES, options: PluginOptions = {}): Promise<Config> {
  const ruleSettings: Record<string, BuiltInSetting> = {};
  for (const r of rules) {
    if (r.oas3 || r.oas2) ruleSettings[`${PLUGIN_ID}/${pluginRuleName(r.id)}`] = r.severity;
    // A built-in's setting is a severity or `{ severity, ...options }`; Redocly reads both forms.
    for (const [builtIn, setting] of Object.entries(r.builtIn ?? {})) ruleSettings[builtIn] = setting;
  }
  if (options.engine) ruleSettings[`${PLUGIN_ID}/${pluginRuleName(REFS_LOCAL)}`] = 'error';
  return createConfig({ extends: [], plugins: [gdsPlugin(rules, options)], rules: ruleSettings } as never);
}

const configs = new Map<string, Promise<Config>>();

/** The config for a rule selection, created once per process and reused. */
export function cachedGdsConfig(rules: readonly GdsRule[], engine: boolean): Promise<Config> {
  const key = `${engine ? 'engine' : 'plain'}:${rules.map((r) => r.id).join(',')}`;
  let config = configs.get(key);
  if (!config) {
    config = createGdsConfig(rules, { engine });
    config.catch(() => configs.delete(key));
    configs.set(key, config);
  }
  return config;
}
