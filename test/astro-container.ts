/**
 * Renders Astro components to HTML in a test, with Astro's container API on a Vite server that
 * compiles `.astro` files (the project's config file, and so the catalogue pipeline, is not loaded).
 */
import * as path from 'node:path';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer } from 'astro/container';
import { createServer, type ViteDevServer } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface ComponentRenderer {
  /** Renders the component at `file` (relative to the repository) with these props and named slots. */
  render(file: string, props: Record<string, unknown>, slots?: Record<string, string>): Promise<string>;
  close(): Promise<void>;
}

export async function createComponentRenderer(): Promise<ComponentRenderer> {
  const configFn = getViteConfig(
    { logLevel: 'silent', server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true, include: [] } },
    { root: ROOT, configFile: false, logLevel: 'silent', devToolbar: { enabled: false } },
  );
  const config = await configFn({ mode: 'production', command: 'serve' });
  const server: ViteDevServer = await createServer({ ...config, configFile: false });
  const container = await experimental_AstroContainer.create();
  const modules = new Map<string, { default: never }>();
  return {
    async render(file, props, slots) {
      let mod = modules.get(file);
      if (!mod) {
        mod = (await server.ssrLoadModule(path.join(ROOT, file))) as { default: never };
        modules.set(file, mod);
      }
      return container.renderToString(mod.default, { props, ...(slots ? { slots } : {}) });
    },
    close: async () => {
      await server.close().catch(() => undefined);
    },
  };
}
