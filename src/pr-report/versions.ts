/**
 * When a changed OpenAPI document counts as a new version of the API, so that breaking changes
 * in it are allowed for a live API (see docs/adr/0005-pull-request-report.md):
 *
 * - its `info.version` has a higher major number: the first number in it, after an optional
 *   prefix such as "v" (`1.4.2` → `2.0.0`, `v1` → `v2`);
 * - or, for APIs versioned by date, its `info.version` is a later `YYYY-MM-DD` date.
 *
 * A version without a number (`latest`) never counts: say `deprecated` in the entry instead.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The major number of a version string, or undefined when it has none. */
export function majorVersion(version: string | undefined): number | undefined {
  const m = /^\s*[A-Za-z]*[-_ ]?(\d+)/.exec(version ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Whether `after` is a new version compared with `before`. */
export function isNewVersion(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  const b = before.trim();
  const a = after.trim();
  if (ISO_DATE.test(b) && ISO_DATE.test(a)) return a > b;
  const mb = majorVersion(b);
  const ma = majorVersion(a);
  return mb !== undefined && ma !== undefined && ma > mb;
}
