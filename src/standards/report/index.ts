/** The output formats of `npm run validate`. */
import { formatGithub } from './github.ts';
import { formatHuman } from './human.ts';
import { formatJson } from './json.ts';
import type { Report } from './model.ts';

export const FORMATS = ['human', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export function formatReport(report: Report, format: Format): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'github':
      return formatGithub(report);
    default:
      return formatHuman(report);
  }
}

export { totals, type Report, type Totals } from './model.ts';
