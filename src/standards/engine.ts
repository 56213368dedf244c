/**
 * The standards engine for one document: load it safely (load.ts), lint it with Redocly over our own
 * parsed Document and resolver (so Redocly's YAML parser is never the gatekeeper and nothing outside
 * the entry folder is read), turn problems into findings with file:line:col, apply exemptions and
 * work out the level and score. Runs in-process; assess.ts runs it in worker threads for a catalogue.
 */
import * as path from 'node:path';
import { lintDocument, Source, type Config, type Document } from '@redocly/openapi-core';
import { SpecResolver, type FileRead } from '../openapi/ref-resolver.ts';
import { collectExemptions, applyExemptions } from './exemptions.ts';
import { ENGINE_RULES, EXEMPTION_VALID, REFS_LOCAL, type EngineRule } from './engine-rules.ts';
import { achievedLevel, allRules, type AchievedLevel } from './levels.ts';
import { namedGroup, rootCauses, sortFindings, type Finding } from './finding.ts';
import { toFindings } from './findings-from-problems.ts';
import { refOrigins } from './ref-origins.ts';
import { rootCauseFindings } from './root-causes.ts';
import { loadRoot, yamlProblem, type SpecVersion } from './load.ts';
import { engineFailure, withDefaults, type AssessLimits, type NotAssessable } from './not-assessable.ts';
import { cachedGdsConfig } from './ruleset.ts';
import { ruleReference, type GdsRule } from './rule.ts';
import { RULES } from './rules/index.ts';
import { computeScore, isApplicable, type ScoreDetail } from './score.ts';
import { inCallbackOrWebhook } from './rule-support/callbacks.ts';

/**
 * What a document's findings add up to, counted by root cause (findings with one `group` count once,
 * as an error when any of them is one), so that one omission repeated over many operations counts once.
 */
export interface SeverityCounts {
  /** Root causes with an unexempted error. */
  error: number;
  /** Root causes with unexempted warnings only. */
  warn: number;
  /** Root causes whose findings are all exempt. */
  exempt: number;
  /** Unexempted findings (places), however many share a root cause. */
  findings: number;
}

export interface Assessed {
  file: string;
  assessable: true;
  specVersion: SpecVersion;
  level: AchievedLevel;
  score: number;
  /** How the score was reached (see score.ts). */
  scoreDetail: ScoreDetail;
  /** Every finding, exempt ones included (marked `exempt`). */
  findings: Finding[];
  counts: SeverityCounts;
  /** Every file the document read, the entry document first. */
  files: string[];
}

export type SpecAssessment = Assessed | NotAssessable;

export interface EngineOptions {
  /** Run only these rule ids (GDS or engine rules); all by default. */
  only?: readonly string[];
  limits?: Partial<AssessLimits>;
  /** The GDS rules to choose from (the registry by default); in-process use only. */
  rules?: readonly GdsRule[];
  /**
   * Makes the Redocly config for the selected rules instead of the shared one (in-process use only,
   * such as the benchmark's per-rule timing).
   */
  configure?: (rules: readonly GdsRule[], refsLocal: boolean) => Promise<Config>;
  /** Called with every file the document read (absolute path and SHA-256), for the cache. */
  onFilesRead?: (files: FileRead[]) => void;
}

export interface EngineInput {
  /** Absolute path of the entry document. */
  file: string;
  /** Absolute path of the folder nothing may be read outside of. */
  root: string;
  /** The entry document's text. */
  text: string;
  /** How findings name a file (absolute paths by default). */
  fileName?: (absolute: string) => string;
  /** False when the entry document is not on disk (lintSource): it is then not listed in `files`. */
  onDisk?: boolean;
}

const ENGINE_IDS: ReadonlySet<string> = new Set(ENGINE_RULES.map((r) => r.id));

export interface RuleSelection {
  rules: readonly GdsRule[];
  engine: readonly EngineRule[];
}

export function selectRules(only?: readonly string[], universe: readonly GdsRule[] = RULES): RuleSelection {
  if (!only) return { rules: universe, engine: ENGINE_RULES };
  const unknown = only.filter((id) => !universe.some((r) => r.id === id) && !ENGINE_IDS.has(id));
  if (unknown.length) throw new Error(`Unknown GDS rule id(s): ${unknown.join(', ')}`);
  return { rules: universe.filter((r) => only.includes(r.id)), engine: ENGINE_RULES.filter((r) => only.includes(r.id)) };
}

export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warn: 0, exempt: 0, findings: 0 };
  for (const group of rootCauses(findings)) {
    const open = group.filter((f) => !f.exempt);
    counts.findings += open.reduce((n, f) => n + 1 + (f.covers?.length ?? 0), 0);
    if (open.length === 0) counts.exempt += 1;
    else if (open.some((f) => f.severity === 'error')) counts.error += 1;
    else counts.warn += 1;
  }
  return counts;
}

/** Assesses one document given as text. Never throws for user input. */
export async function assessText(input: EngineInput, options: EngineOptions = {}): Promise<SpecAssessment> {
  const limits = withDefaults(options.limits);
  const file = path.resolve(input.file);
  const root = path.resolve(input.root);
  const name = input.fileName ?? ((abs: string) => abs);
  const shownFile = name(file);
  const loaded = loadRoot(shownFile, input.text, limits);
  if ('assessable' in loaded) return loaded;

  const selection = selectRules(options.only, options.rules);
  const refsLocal = selection.engine.some((r) => r.id === REFS_LOCAL);
  const config = options.configure ? await options.configure(selection.rules, refsLocal) : await cachedGdsConfig(selection.rules, refsLocal);

  const document: Document = { source: new Source(file, input.text), parsed: loaded.data };
  const resolver = new SpecResolver(root, limits);
  resolver.addRoot(document, loaded.parsed, input.onDisk !== false);

  let problems;
  try {
    problems = await lintDocument({ document, config, externalRefResolver: resolver });
  } catch (e) {
    return engineFailure(shownFile, e);
  }
  options.onFilesRead?.([...resolver.files.values()]);
  if (resolver.parseFailure) {
    return yamlProblem(shownFile, resolver.parseFailure.error, name(resolver.parseFailure.file));
  }

  const origins = refOrigins(file, loaded.data, resolver.parsed);
  let findings = toFindings(problems, { sources: resolver.parsed, fileName: name, entryData: loaded.data, translate: origins });
  // Built-ins of rules about the API's own endpoints have no say in callbacks and webhooks.
  const endpointRules: ReadonlySet<string> = new Set(selection.rules.filter((r) => r.builtInSkipsCallbacks).map((r) => r.id));
  if (endpointRules.size > 0) findings = findings.filter((f) => !(endpointRules.has(f.rule) && !f.source.startsWith('gds/') && inCallbackOrWebhook(f.pointer)));
  // A rule that declares it cannot apply to Swagger 2.0 has no say on a 2.0 document, even if a
  // built-in it runs reported something there.
  if (loaded.specVersion === '2.0') {
    const notFor2: ReadonlySet<string> = new Set(selection.rules.filter((r) => !isApplicable(r, '2.0')).map((r) => r.id));
    if (notFor2.size > 0) findings = findings.filter((f) => !notFor2.has(f.rule));
  }

  // Refused references Redocly did not walk as $ref nodes (e.g. `externalValue`): report at the referring file.
  if (refsLocal) {
    const reported = new Set(findings.filter((f) => f.rule === REFS_LOCAL).map((f) => f.message));
    for (const refused of resolver.refused.values()) {
      if (reported.has(refused.message)) continue;
      const base = refused.base ?? file;
      findings.push({
        file: name(base),
        pointer: '',
        line: 1,
        column: 1,
        rule: REFS_LOCAL,
        severity: 'error',
        message: refused.message,
        where: 'Document',
        group: namedGroup(REFS_LOCAL, refused.ref),
        url: ruleReference(REFS_LOCAL),
        source: 'engine',
      });
    }
  }

  const sources = [...resolver.parsed.entries()]
    .filter(([abs]) => resolver.files.has(abs) || abs === file)
    .map(([abs, parsed]) => ({ file: name(abs), data: abs === file ? loaded.data : parsed.data, parsed }));
  findings = rootCauseFindings(findings);
  const known = new Set(allRules().map((r) => r.id));
  const exemptions = collectExemptions(sources, known);
  findings = applyExemptions(findings, exemptions.index);
  if (selection.engine.some((r) => r.id === EXEMPTION_VALID)) findings.push(...exemptions.findings);

  const scored = [...selection.rules, ...selection.engine];
  const scoreDetail = computeScore(findings, scored, loaded.specVersion);
  const files = [file, ...[...resolver.files.keys()].filter((f) => f !== file).sort()].filter((f) => resolver.files.has(f)).map(name);
  if (input.onDisk === false) files.unshift(shownFile);
  return {
    file: shownFile,
    assessable: true,
    specVersion: loaded.specVersion,
    level: achievedLevel(findings),
    score: scoreDetail.score,
    scoreDetail,
    findings: sortFindings(findings),
    counts: countFindings(findings),
    files,
  };
}
