/** What `npm run check-links` prints: each link that is not plainly fine, then the counts. */
import type { LinkReport, LinkResult } from './report-file.ts';

const FIELD_WORDS = { documentationUrl: 'documentation', endpoint: 'endpoint', contact: 'contact page', access: 'access page' } as const;

export const usedByWords = (r: LinkResult): string => r.usedBy.map((u) => `${u.entry} (${FIELD_WORDS[u.field]})`).join(', ');

export function linkLine(r: LinkResult): string {
  const chain = r.redirects.length ? `; ${r.redirects.map((h) => `${h.status} from ${h.url}`).join(' → ')} → ${r.finalUrl ?? ''}` : '';
  const what = r.state === 'broken' || r.state === 'unverified' ? r.reason ?? '' : r.state === 'redirected' ? `moved: now ${r.finalUrl ?? ''}` : `${r.status ?? ''}`;
  return `${r.state.padEnd(10)} ${r.url}: ${what}${r.state === 'redirected' ? chain.replace(/ → [^→]*$/, '') : chain} [${usedByWords(r)}]`;
}

export function linkSummaryLines(report: LinkReport): string[] {
  const count = (s: LinkResult['state']) => report.links.filter((l) => l.state === s).length;
  return [
    ...report.links.filter((l) => l.state !== 'ok').map(linkLine),
    `Links checked on ${report.checked}: ${report.links.length}: ${count('ok')} ok, ${count('redirected')} redirected, ${count('unverified')} unverified, ${count('broken')} broken.`,
  ];
}
