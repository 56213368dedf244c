/** catalogue/config.yaml: settings that belong to the catalogue's maintainers, not to one entry. */
import { z } from 'zod';
import { githubTeam, httpsUrl } from './schema.ts';
import { line } from './text-rules.ts';
import { LEVELS } from '../standards/rule.ts';

/** The maintainers' team when config.yaml names none. */
export const DEFAULT_MAINTAINERS_TEAM = '@co-cddo/api-catalogue-maintainers';

export const catalogueConfig = z.strictObject({
  conformance: z
    .strictObject({
      minimumLevel: z
        .enum(LEVELS)
        .default('baseline')
        .describe(
          'The GDS standards level every entry\'s OpenAPI documents must reach: the build, `npm run validate` and the pull-request check fail an entry below it, unless the entry carries a public `conformanceWaiver` whose `until` date has not passed.',
        ),
    })
    .default({ minimumLevel: 'baseline' }),
  reviewAfterDays: z.number().int().positive().default(365).describe('Days after `dates.lastReviewed` when an entry is shown as due for review.'),
  repository: z
    .strictObject({
      url: httpsUrl
        .refine((u) => !u.endsWith('/') && !u.endsWith('.git'), 'must be the repository\'s web address without a trailing "/" or ".git", such as "https://github.com/co-cddo/gov-api-catalogue"')
        .describe('The web address of the catalogue\'s Git repository, where pull requests and issues are opened.'),
      defaultBranch: line(255).regex(/^[A-Za-z0-9._/-]+$/, 'must be a branch name, such as "main"').default('main').describe('The branch the site is built from.'),
    })
    .describe('Where the catalogue\'s source lives: every page links to it, to its issues, and to each entry\'s file.'),
  maintainers: z
    .strictObject({ githubTeam })
    .default({ githubTeam: DEFAULT_MAINTAINERS_TEAM })
    .describe('The GitHub team that owns everything not owned by one organisation (catalogue-wide files, organisations, code, workflows): `npm run codeowners` writes it into .github/CODEOWNERS.'),
});

export type CatalogueConfig = z.output<typeof catalogueConfig>;
