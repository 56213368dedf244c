// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import catalogue from './src/integrations/catalogue.ts';
import { sitemapOptions } from './src/exports/sitemap.ts';

// No network: Astro's usage telemetry is off for every astro command, even one run by hand (the
// config loads before Astro records its first event). npm scripts and .ci/run set it too.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://api-catalogue.example.gov.uk',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [catalogue(), mdx(), sitemap(sitemapOptions)],
  devToolbar: { enabled: false },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // src/checks/references.ts imports the reference loader lazily so that a command line run
        // whose verdicts are all cached never loads the bundler; in the site it is loaded anyway,
        // which is what this warning says. Every other warning is shown.
        onwarn(warning, warn) {
          if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
          warn(warning);
        },
      },
    },
  },
});
