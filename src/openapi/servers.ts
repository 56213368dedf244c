/**
 * Servers grouped by environment (production, sandbox, integration, test), from the OpenAPI
 * document's `servers` and the catalogue entry's `endpoints`.
 */
import type { Entry } from '../catalogue/schema.ts';
import { isExternalUrl, isSafeUrl, renderMarkdown } from './markdown.ts';
import type { Environment, SafeLink, ServerGroup, ServerModel } from './reference-types.ts';
import { arr, entries, obj, str } from './spec-access.ts';

const ENVIRONMENT_WORDS: [Environment, RegExp][] = [
  ['sandbox', /\bsandbox\b/i],
  ['integration', /\b(int|integration)\b/i],
  ['test', /\b(test|testing|dev|development|staging|stage|qa|uat|pre-?prod|preview|demo|ext|external-test)\b/i],
  ['production', /\b(prod|production|live)\b/i],
];

const LABELS: Record<Environment, string> = {
  production: 'Production',
  sandbox: 'Sandbox',
  integration: 'Integration',
  test: 'Test',
  other: 'Other servers',
};

const ORDER: Environment[] = ['production', 'sandbox', 'integration', 'test', 'other'];

/** The environment a server serves, from its description first, then its URL. */
export function classifyEnvironment(url: string, description: string): Environment {
  for (const text of [description, url.replace(/[./:-]/g, ' ')]) {
    for (const [env, words] of ENVIRONMENT_WORDS) if (words.test(text)) return env;
  }
  return 'other';
}

/** The server URL with each `{variable}` at its default value. */
export function serverUrlWithDefaults(server: unknown): string {
  const s = obj(server);
  const variables = obj(s['variables']);
  return str(s['url']).replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const v = obj(variables[name]);
    return str(v['default']) || whole;
  });
}

/** A link for a URL when it is a safe absolute http(s) URL; undefined otherwise. */
export function safeLink(url: string, label = url): SafeLink | undefined {
  if (!url || !/^https?:\/\//i.test(url) || !isSafeUrl(url) || /[\s<>"{}]/.test(url)) return undefined;
  return { label, url, external: isExternalUrl(url) };
}

export function serverModel(server: unknown, source: ServerModel['source'] = 'document'): ServerModel {
  const s = obj(server);
  const model: ServerModel = {
    url: str(s['url']),
    descriptionHtml: renderMarkdown(s['description'], { headingLevel: 5 }),
    variables: entries(s['variables']).map(([name, v]) => {
      const variable = obj(v);
      return {
        name,
        defaultValue: str(variable['default']),
        enumValues: arr(variable['enum']).map(str),
        descriptionHtml: renderMarkdown(variable['description'], { headingLevel: 5 }),
      };
    }),
    source,
  };
  const link = safeLink(serverUrlWithDefaults(s));
  if (link) model.link = link;
  return model;
}

/** Document servers and entry endpoints, by environment, production first. */
export function groupServers(servers: unknown, endpoints: Entry['endpoints'] = []): ServerGroup[] {
  const grouped = new Map<Environment, ServerModel[]>();
  const seen = new Set<string>();
  const add = (env: Environment, model: ServerModel) => {
    const key = model.url.replace(/\/+$/, '').toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    grouped.set(env, [...(grouped.get(env) ?? []), model]);
  };
  for (const e of endpoints) {
    add(e.environment, serverModel({ url: e.url, description: e.description }, 'entry'));
  }
  for (const s of arr(servers)) {
    const model = serverModel(s);
    if (!model.url) continue;
    add(classifyEnvironment(model.url, str(obj(s)['description'])), model);
  }
  const onlyOther = grouped.size === 1 && grouped.has('other');
  return ORDER.filter((env) => grouped.has(env)).map((env) => ({
    environment: env,
    label: onlyOther ? 'Servers' : LABELS[env],
    servers: grouped.get(env) ?? [],
  }));
}

/** The server to use in examples: production first, then the first one listed. */
export function primaryServerUrl(servers: unknown, endpoints: Entry['endpoints'] = []): string {
  // Only servers that can be called: absolute http(s) URLs, or paths relative to the entry's host.
  const list = arr(servers).filter((s) => /^(https?:\/\/|\/)/i.test(serverUrlWithDefaults(s)));
  const production = list.find((s) => classifyEnvironment(str(obj(s)['url']), str(obj(s)['description'])) === 'production');
  const chosen = serverUrlWithDefaults(production ?? list[0]);
  const entryProduction = endpoints.find((e) => e.environment === 'production')?.url ?? endpoints[0]?.url ?? '';
  if (!chosen) return entryProduction;
  // A relative server URL (`/v1`) is relative to where the document is served: use the entry's host.
  if (chosen.startsWith('/') && entryProduction) return `${entryProduction.replace(/\/+$/, '')}${chosen}`;
  return chosen;
}
