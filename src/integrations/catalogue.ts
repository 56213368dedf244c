/**
 * The Astro integration: makes GOV.UK Frontend's fonts and images available under /assets/, and runs
 * the catalogue pipeline once before any page renders, stopping with one line per problem (never a
 * stack trace) when the catalogue has errors.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSiteModelOnce } from '../pipeline/run.ts';
import { reportAndExit } from '../pipeline/report.ts';

/** The stylesheet's public path; versioned so that browsers never keep an old copy. */
export function govukStylesheetPath(root: string): string {
  const { version } = JSON.parse(readFileSync(path.join(root, 'node_modules/govuk-frontend/package.json'), 'utf8')) as { version: string };
  return `/assets/govuk-frontend-${version}.min.css`;
}

/**
 * Copies GOV.UK Frontend's fonts, images and precompiled stylesheet into public/assets (ignored by
 * Git), replacing the copy of another version. The stylesheet is served as it is published rather
 * than re-minified: it keeps hacks for old browsers that modern CSS minifiers reject.
 */
export function copyGovukAssets(root: string): void {
  const dist = path.join(root, 'node_modules/govuk-frontend/dist/govuk');
  const to = path.join(root, 'public/assets');
  const css = path.join(root, 'public', govukStylesheetPath(root));
  if (existsSync(css)) return;
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(path.join(dist, 'assets'), to, { recursive: true });
  copyFileSync(path.join(dist, 'govuk-frontend.min.css'), css);
}

export default function catalogue(): AstroIntegration {
  return {
    name: 'gov-api-catalogue',
    hooks: {
      'astro:config:setup': async ({ config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        copyGovukAssets(root);
        updateConfig({ vite: { define: { 'import.meta.env.GOVUK_STYLESHEET': JSON.stringify(govukStylesheetPath(root)) } } });
        try {
          const model = await getSiteModelOnce({ catalogueDir: path.join(root, 'catalogue') });
          logger.info(`catalogue: ${model.counts.entries} entries from ${model.counts.organisations} organisations`);
        } catch (error) {
          reportAndExit(error);
        }
      },
    },
  };
}
