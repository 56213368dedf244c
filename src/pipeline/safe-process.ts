/**
 * Imported first (for its effect) by every command that reads the catalogue: `npm run build`,
 * `validate`, `pr-report`, `codeowners`, `sync`, `check-links` and `import:api-gov-uk` (`new-entry`
 * guards its output itself when run from options, not while it asks questions). ES modules run in
 * import order, so this runs before Astro, Vite or any other library is loaded:
 *
 * - Astro's usage telemetry is switched off, so the build makes no network request (not even the
 *   DNS query), as the README and the CI for untrusted pull requests require;
 * - everything the process prints goes through `safeOutput` (src/problems/safe-text.ts), so no text
 *   from a pull request can reach the terminal or the CI log as an escape sequence or a control
 *   character, and libraries print no colours of their own.
 */
import { guardProcessOutput } from '../problems/safe-text.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
guardProcessOutput();
