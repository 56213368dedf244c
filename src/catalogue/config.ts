/** catalogue/config.yaml: settings that belong to the catalogue's maintainers, not to one entry. */
import { z } from 'zod';
import { githubTeam } from './schema.ts';

export const catalogueConfig = z.strictObject({
  conformance: z
    .strictObject({
      /**
       * The GDS standards level that new or changed entries must reach for a pull request to pass
       * (an entry can carry a public `conformanceWaiver`). Existing entries are published whatever
       * their level, with their results shown.
       */
      minimumLevel: z.enum(['baseline', 'silver', 'gold']).default('baseline'),
    })
    .default({ minimumLevel: 'baseline' }),
  /**
   * The GitHub team that owns everything not owned by one organisation (catalogue-wide files,
   * organisations, code, workflows); see `npm run codeowners`.
   */
  maintainers: z.strictObject({ githubTeam }).default({ githubTeam: '@co-cddo/api-catalogue-maintainers' }),
  /** Days after `dates.lastReviewed` when an entry is shown as due for review. */
  reviewAfterDays: z.number().int().positive().default(365),
});

export type CatalogueConfig = z.output<typeof catalogueConfig>;
