/**
 * Turns Redocly's problems into findings: the GDS rule id, the file and JSON pointer with line and
 * column, the place in words (`where`), the root cause (`group`), the rule's page, and the catalogue's
 * wording for the messages of Redocly built-ins (builtin-messages.ts).
 *
 * Rules may pass, next to `message` and `location` in `report(…)`, a `cause` (the root cause's name,
 * when the message alone does not tell causes apart), a `where` (when the location is not the place
 * a reader looks for) and `covers` (other locations of the same cause, see rule-support/report.ts).
 */
import type { Location, NormalizedProblem } from '@redocly/openapi-core';
import type { ParsedYaml } from '../yaml/parse.ts';
import { parseYaml } from '../yaml/parse.ts';
import { builtinMessage } from './builtin-messages.ts';
import { defaultGroup, describePointer, namedGroup, type Finding, type FindingPlace } from './finding.ts';
import { ruleReference } from './rule.ts';
import type { Translate } from './ref-origins.ts';
import { gdsIdFor } from './ruleset.ts';

/** The extra fields rules may report (rule-support/report.ts). */
interface Extras {
  cause?: string;
  where?: string;
  covers?: Location[];
  merge?: boolean;
}

export interface FindingContext {
  /** Parsed files by absolute path (filled in for files Redocly read that are not in it yet). */
  sources: Map<string, ParsedYaml>;
  /** How findings name a file. */
  fileName: (absolute: string) => string;
  /** The entry document's parsed data (to name tags and servers). */
  entryData?: unknown;
  /**
   * The entry document's pointer of a pointer in another file (`/get` in `paths/pets.yaml` is
   * `/paths/~1pets/get`), so that findings there still name their operation or schema.
   */
  translate?: Translate;
}

function parsedFor(ctx: FindingContext, absoluteRef: string, body: string | undefined): ParsedYaml | undefined {
  let parsed = ctx.sources.get(absoluteRef);
  if (!parsed && body !== undefined) {
    parsed = parseYaml(body);
    ctx.sources.set(absoluteRef, parsed);
  }
  return parsed;
}

/** The place a Redocly location points at: file, pointer, line, column and where. */
export function placeOf(loc: { source: Location['source']; pointer?: string | undefined; reportOnKey?: boolean }, ctx: FindingContext): FindingPlace & { data: unknown } {
  const absoluteRef = loc.source.absoluteRef;
  const parsed = parsedFor(ctx, absoluteRef, loc.source.body);
  const pointer = (typeof loc.pointer === 'string' ? loc.pointer : '#').replace(/^#/, '');
  const pos = parsed?.locatePointer(pointer, { key: loc.reportOnKey === true }) ?? { line: 1, column: 1 };
  const translated = ctx.translate?.(absoluteRef, pointer);
  const where = translated !== undefined ? describePointer(translated, ctx.entryData) : describePointer(pointer, parsed?.data);
  return { file: ctx.fileName(absoluteRef), pointer, line: pos.line, column: pos.column, where, data: parsed?.data };
}

/**
 * Converts problems to findings. Problems reported with `merge` become one finding per root cause:
 * the first place, covering the others.
 */
export function toFindings(problems: readonly NormalizedProblem[], ctx: FindingContext): Finding[] {
  const merged = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const p of problems) {
    const finding = toFinding(p, ctx);
    if (!(p as Extras).merge) {
      out.push(finding);
      continue;
    }
    const first = merged.get(finding.group);
    if (!first) {
      merged.set(finding.group, finding);
      out.push(finding);
      continue;
    }
    const { file, pointer, line, column, where } = finding;
    first.covers = [...(first.covers ?? []), { file, pointer, line, column, where }, ...(finding.covers ?? [])];
  }
  return out;
}

function toFinding(p: NormalizedProblem, ctx: FindingContext): Finding {
  {
    const extras = p as NormalizedProblem & Extras;
    const loc = p.location[0];
    const place = loc ? placeOf(loc, ctx) : { file: ctx.fileName(''), pointer: '', line: 1, column: 1, where: 'Document', data: undefined };
    const rule = gdsIdFor(p.ruleId) ?? p.ruleId;
    const message = p.ruleId.startsWith('gds/') ? p.message : builtinMessage(p.ruleId, p.message, { pointer: place.pointer, document: place.data });
    const finding: Finding = {
      file: place.file,
      pointer: place.pointer,
      line: place.line,
      column: place.column,
      rule,
      severity: p.severity === 'error' ? 'error' : 'warn',
      message,
      where: extras.where ?? place.where,
      group: extras.cause ? namedGroup(rule, extras.cause) : defaultGroup(rule, p.ruleId, message),
      url: ruleReference(rule),
      source: p.ruleId,
    };
    if (extras.covers?.length) {
      finding.covers = extras.covers.map((c) => {
        const { data: _data, ...at } = placeOf(c, ctx);
        return at;
      });
    }
    return finding;
  }
}
