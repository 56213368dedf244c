/**
 * The link report that `npm run check-links` writes and the build shows:
 * catalogue/link-report.json, committed, read by the build as untrusted input (checked with zod; a
 * file that does not fit stops the build with its file, field and what to do).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readGuarded } from '../files/guarded.ts';
import { displayPath, type Problem } from '../problems/problem.ts';

export const LINK_REPORT_FILE = 'link-report.json';

export const LINK_FIELDS = ['documentationUrl', 'endpoint', 'contact', 'access'] as const;
export const LINK_STATES = ['ok', 'redirected', 'unverified', 'broken'] as const;

export const linkResult = z.strictObject({
  url: z.string().max(2048),
  state: z.enum(LINK_STATES),
  /** The last HTTP status, when the server answered. */
  status: z.number().int().optional(),
  method: z.enum(['HEAD', 'GET']).optional(),
  /** Each redirect followed: the address and the status that sent it on. */
  redirects: z.array(z.strictObject({ url: z.string().max(2048), status: z.number().int() })).max(10).default([]),
  finalUrl: z.string().max(2048).optional(),
  /** Why it is broken or unverified, in words. */
  reason: z.string().max(500).optional(),
  usedBy: z.array(z.strictObject({ entry: z.string().max(100), field: z.enum(LINK_FIELDS) })).min(1),
});

export const linkReport = z.strictObject({
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  links: z.array(linkResult).max(20_000),
});

export type LinkResult = z.output<typeof linkResult>;
export type LinkReport = z.output<typeof linkReport>;
export type LinkField = (typeof LINK_FIELDS)[number];

/** The report in a catalogue folder: undefined when there is none yet, or a problem when it is not a report. */
export function readLinkReport(catalogueDir: string): { report?: LinkReport; problems: Problem[] } {
  const file = path.join(catalogueDir, LINK_REPORT_FILE);
  if (!existsSync(file)) return { problems: [] };
  const shown = displayPath(file);
  const fail = (message: string): { problems: Problem[] } => ({ problems: [{ file: shown, rule: 'links/report', severity: 'error', message, hint: 'run `npm run check-links` to write it again, or delete the file' }] });
  const read = readGuarded(file, { root: catalogueDir, kind: 'link-report' });
  if (!read.ok) return { problems: [read.problem] };
  try {
    const parsed = linkReport.safeParse(JSON.parse(read.text));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return fail(`is not a link report: /${issue.path.join('/')} ${issue.message}`);
    }
    return { report: parsed.data, problems: [] };
  } catch (e) {
    return fail(`is not a link report: ${(e as Error).message}`);
  }
}

export function writeLinkReport(catalogueDir: string, report: LinkReport): string {
  const file = path.join(catalogueDir, LINK_REPORT_FILE);
  writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
  return file;
}
