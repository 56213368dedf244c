/**
 * The Astro integration: makes GOV.UK Frontend's fonts and images available under /assets/, and runs
 * the catalogue pipeline once before any page renders, stopping with one line per problem (never a
 * stack trace) when the catalogue has errors.
 */
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSiteModelOnce } from '../pipeline/run.ts';
import { reportAndExit } from '../pipeline/report.ts';

export function copyGovukAssets(root: string): void {
  const from = path.join(root, 'node_modules/govuk-frontend/dist/govuk/assets');
  const to = path.join(root, 'public/assets');
  if (!existsSync(path.join(to, 'manifest.json'))) cpSync(from, to, { recursive: true });
}

export default function catalogue(): AstroIntegration {
  return {
    name: 'gov-api-catalogue',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        copyGovukAssets(root);
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
