/** What `npm run sync` prints: one line per document and feed, the rate limit, and the totals. */
import type { SyncReport } from './index.ts';

const kb = (n: number): string => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
const list = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

export function syncLines(report: SyncReport, now: () => number = Date.now): string[] {
  const lines: string[] = [];
  for (const d of report.documents) {
    const head = `${d.entry}: ${d.file} from ${d.source}`;
    if (d.status === 'changed') lines.push(`changed    ${head}: written (${d.before ? `${kb(d.before)} → ` : 'new, '}${kb(d.after)})`);
    else if (d.status === 'unchanged') lines.push(`unchanged  ${head} (${d.why === 'not modified' ? '304 Not Modified' : 'same content'})`);
    else lines.push(`failed     ${head}: ${d.reason}`);
  }
  for (const f of report.feeds) {
    const head = `${f.organisation}: metadata ${f.url}`;
    if (f.status === 'failed') lines.push(`failed     ${head}: ${f.reason}; no entry changed`);
    else {
      const parts = [
        `${f.apis} API${f.apis === 1 ? '' : 's'}`,
        ...f.updated.map((u) => `${u.id} updated (${u.fields.join(', ')})`),
        ...(f.unchanged.length ? [`${f.unchanged.length} unchanged`] : []),
        ...(f.unmatched.length ? [`not in the catalogue: ${list(f.unmatched)} (add ${f.unmatched.length === 1 ? 'it' : 'them'} with npm run new-entry)`] : []),
        ...f.ambiguous.map((a) => `"${a.name}" matches ${a.ids.join(' and ')}: not changed`),
        ...f.invalid.map((i) => `skipped ${i}`),
      ];
      lines.push(`${f.updated.length ? 'changed  ' : 'read     '}  ${head}: ${parts.join('; ')}`);
    }
  }
  if (report.rate) {
    const mins = Math.max(0, Math.ceil((report.rate.reset * 1000 - now()) / 60_000));
    lines.push(`GitHub rate limit: ${report.rate.remaining} of ${report.rate.limit} requests left, renewed in ${mins} min (${new Date(report.rate.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')}).`);
  }
  const count = (s: string) => report.documents.filter((d) => d.status === s).length;
  const feedsFailed = report.feeds.filter((f) => f.status === 'failed').length;
  lines.push(
    `Documents: ${report.documents.length} upstream, ${count('changed')} changed, ${count('unchanged')} unchanged, ${count('failed')} failed. Metadata feeds: ${report.feeds.length} read, ${feedsFailed} failed. Files written: ${report.written.length}.`,
  );
  return lines;
}
