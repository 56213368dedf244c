// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import catalogue from './src/integrations/catalogue.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://api-catalogue.example.gov.uk',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [catalogue(), mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
