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
import { isRefused } from '../yaml/ref-resolver.ts';
import { REFS_LOCAL } from './engine-rules.ts';
import { timeRule, type RuleTimes } from './profile.ts';
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
  /** Time each rule's visitors into this table (by GDS rule id). */
  profile?: RuleTimes;
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
  const config = await createConfig({ extends: [], plugins: [gdsPlugin(rules, options)], rules: ruleSettings } as never);
  if (options.profile) timeAllRules(config, rules, options.profile);
  return config;
}

/**
 * Profiling: wraps every rule the config runs (ours and Redocly's built-ins) with timers. Times are
 * keyed by GDS rule id, with the Redocly id in brackets for built-ins (`gds-valid-openapi [struct]`).
 */
function timeAllRules(config: Config, rules: readonly GdsRule[], times: RuleTimes): void {
  const original = config.getRulesForSpecVersion.bind(config);
  config.getRulesForSpecVersion = ((version: Parameters<Config['getRulesForSpecVersion']>[0]) =>
    original(version).map((ruleset) =>
      Object.fromEntries(
        Object.entries(ruleset as Record<string, unknown>).map(([redoclyId, factory]) => {
          const gdsId = gdsIdFor(redoclyId, rules);
          const label = redoclyId.startsWith(`${PLUGIN_ID}/`) ? gdsId! : `${gdsId ?? '(no GDS rule)'} [${redoclyId}]`;
          return [redoclyId, typeof factory === 'function' ? timeRule(factory as never, label, times) : factory];
        }),
      ),
    )) as Config['getRulesForSpecVersion'];
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

/** The "bare engine" used for speed comparisons: Redocly's recommended rules without ours. */
export function createBareConfig(): Promise<Config> {
  return createConfig({ extends: ['recommended'], rules: { 'no-invalid-schema-examples': 'off' } } as never);
}
