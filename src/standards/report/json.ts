/**
 * Machine-readable output: a summary, then one result per document with its level, score and
 * findings, errors first and grouped by root cause (`rule, severity, message, where, group, url,
 * file, pointer, line, column`, and `covers` when one finding stands for other places too); exempt
 * findings are listed apart with their reason, and documents that could not be assessed carry their
 * reason and problem. Counts are of root causes; `counts.findings` counts the places.
 */
import type { SpecAssessment } from '../engine.ts';
import { sortFindings, type Finding } from '../finding.ts';
import { siteLink } from './links.ts';
import { totals, type Report } from './model.ts';

const plainFinding = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  where: f.where,
  group: f.group,
  url: siteLink(f.url),
  file: f.file,
  pointer: f.pointer,
  line: f.line,
  column: f.column,
  ...(f.covers?.length ? { covers: f.covers } : {}),
});

export function jsonResult(r: SpecAssessment): unknown {
  if (!r.assessable) {
    const { file, line, column, message, hint } = r.problem;
    return { file: r.file, assessable: false, code: r.code, reason: r.reason, problem: { file, line, column, message, hint } };
  }
  return {
    file: r.file,
    assessable: true,
    specVersion: r.specVersion,
    level: r.level,
    score: r.score,
    counts: r.counts,
    findings: sortFindings(r.findings.filter((f) => !f.exempt)).map(plainFinding),
    exempt: r.findings.filter((f) => f.exempt).map((f) => ({ ...plainFinding(f), reason: f.exempt!.reason, exemptedAt: f.exempt!.pointer })),
    files: r.files,
  };
}

export function formatJson(report: Report): string {
  return (
    JSON.stringify(
      {
        summary: totals(report),
        results: report.results.map(jsonResult),
        inputProblems: report.inputProblems,
      },
      null,
      2,
    ) + '\n'
  );
}
