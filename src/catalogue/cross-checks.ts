/**
 * Checks that span files: every reference from an entry points at something that exists, ids are
 * unique, successors do not loop, organisations are real GOV.UK organisations, spec files exist, no
 * two entries claim the same production URL, and no placeholder text is left in an entry.
 * (Two entries publishing the same OpenAPI document is checked in src/checks/, which reads them.)
 */
import path from 'node:path';
import { readGuarded } from '../files/guarded.ts';
import type { Problem, Severity } from '../problems/problem.ts';
import govukOrganisations from './govuk-organisations.json' with { type: 'json' };
import { displayPath } from '../problems/problem.ts';
import type { Catalogue, LoadedEntry } from './load.ts';
import { didYouMean, type Candidate } from './suggest.ts';
import { findPlaceholder, placeholderMessage } from './placeholders.ts';
import type { Entry } from './schema.ts';

type ProblemAt = (e: LoadedEntry, at: (string | number)[], rule: string, message: string, hint?: string, severity?: Severity) => Problem;

/** A problem at a field of an entry's metadata file, with its line and column. */
export const problemAt: ProblemAt = (e, at, rule, message, hint, severity = 'error') => {
  const pos = e.source.locate(at);
  return {
    file: e.file,
    line: pos.line + e.lineOffset,
    column: pos.column,
    pointer: '/' + at.join('/'),
    rule,
    severity,
    message,
    ...(hint ? { hint } : {}),
  };
};

function checkOrganisations(catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  const govuk: Candidate[] = govukOrganisations.map((o) => ({ value: o.slug, aliases: o.abbreviation ? [o.abbreviation] : [] }));
  const govukSlugs = new Set(govukOrganisations.map((o) => o.slug));
  for (const o of catalogue.organisations) {
    if (o.organisation.onGovUk && !govukSlugs.has(o.organisation.slug)) {
      const pos = o.source.locate(['slug']);
      problems.push({
        file: o.file,
        ...pos,
        pointer: '/slug',
        rule: 'entry/unknown-govuk-organisation',
        severity: 'error',
        message: `slug "${o.organisation.slug}" is not a GOV.UK organisation slug`,
        hint: didYouMean(o.organisation.slug, govuk) ?? 'use the slug from the organisation\'s page on www.gov.uk/government/organisations/, or set onGovUk: false for a body that is not on GOV.UK',
      });
    }
  }
  return problems;
}

function checkReferences(catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  const ids = catalogue.entries.map((e) => e.entry.id);
  const idSet = new Set([...ids, ...catalogue.brokenEntryIds]);
  const orgs: Candidate[] = catalogue.organisations.map((o) => ({
    value: o.organisation.slug,
    aliases: o.organisation.abbreviation ? [o.organisation.abbreviation] : [],
  }));
  const orgSlugs = new Set(orgs.map((o) => o.value));
  const topicIds = catalogue.topics.map((t) => t.id);
  const topicSet = new Set(topicIds);

  for (const e of catalogue.entries) {
    const { entry } = e;
    if (!orgSlugs.has(entry.organisation)) {
      problems.push(
        problemAt(e, ['organisation'], 'entry/unknown-organisation', `organisation "${entry.organisation}" is not a known organisation`,
          didYouMean(entry.organisation, orgs) ?? 'add catalogue/organisations/<govuk-slug>.yaml first, or use one of the slugs in that folder'),
      );
    }
    const refLists: [keyof typeof entry & ('provides' | 'usedBy' | 'related'), string][] = [
      ['provides', 'provided API'],
      ['usedBy', 'consuming entry'],
      ['related', 'related entry'],
    ];
    for (const [field, what] of refLists) {
      entry[field].forEach((ref, i) => {
        if (!idSet.has(ref)) {
          problems.push(problemAt(e, [field, i], `entry/unknown-${field === 'usedBy' ? 'used-by' : field}`, `${field}[${i}] "${ref}" is not a known entry id (${what})`, didYouMean(ref, ids) ?? 'use the id of an entry in catalogue/entries/, or add that entry first'));
        } else if (ref === entry.id) {
          problems.push(problemAt(e, [field, i], `entry/self-reference`, `${field}[${i}] refers to the entry itself`, 'remove it'));
        }
      });
    }
    if (entry.successor !== undefined && entry.successor !== entry.id && !idSet.has(entry.successor)) {
      problems.push(problemAt(e, ['successor'], 'entry/unknown-successor', `successor "${entry.successor}" is not a known entry id`, didYouMean(entry.successor, ids) ?? 'add the successor entry first, or remove the field'));
    }
    entry.topics.forEach((t, i) => {
      if (!topicSet.has(t)) {
        problems.push(problemAt(e, ['topics', i], 'entry/unknown-topic', `topics[${i}] "${t}" is not a topic in catalogue/topics.yaml`, didYouMean(t, topicIds) ?? 'add it to catalogue/topics.yaml first'));
      }
    });
    entry.specs.forEach((s, i) => {
      const abs = path.resolve(e.dir, s.file);
      const inside = abs.startsWith(e.dir + path.sep);
      if (!inside) {
        problems.push(problemAt(e, ['specs', i, 'file'], 'entry/spec-outside-folder', `specs[${i}].file "${s.file}" is outside the entry's folder`, 'keep the OpenAPI document inside the entry folder'));
      } else {
        // Through the guarded reader: no links, a regular file, within the size limit, strict UTF-8.
        const checked = readGuarded(abs, { root: e.dir, kind: 'openapi' });
        if (!checked.ok && checked.reason === 'missing') {
          problems.push(problemAt(e, ['specs', i, 'file'], 'entry/spec-missing', `specs[${i}].file "${s.file}" does not exist in ${displayPath(e.dir)}/`, 'add the OpenAPI document there, or correct the file name'));
        } else if (!checked.ok) {
          problems.push(checked.problem);
        }
      }
    });
  }
  return problems;
}

function checkDuplicates(catalogue: Catalogue): Problem[] {
  const seen = new Map<string, LoadedEntry>();
  const problems: Problem[] = [];
  for (const e of catalogue.entries) {
    const first = seen.get(e.entry.id);
    if (first) {
      problems.push(problemAt(e, ['id'], 'entry/duplicate-id', `id "${e.entry.id}" is already used by ${first.file}`, 'ids must be unique: choose another id for one of them'));
    } else {
      seen.set(e.entry.id, e);
    }
  }
  return problems;
}

function checkSuccessorCycles(catalogue: Catalogue): Problem[] {
  const byId = new Map(catalogue.entries.map((e) => [e.entry.id, e]));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const start of catalogue.entries) {
    const chain: string[] = [start.entry.id];
    let current = start.entry.successor;
    while (current !== undefined && byId.has(current)) {
      if (chain.includes(current)) {
        const cycle = chain.slice(chain.indexOf(current));
        const key = [...cycle].sort().join(',');
        if (!reported.has(key) && current === start.entry.id) {
          reported.add(key);
          problems.push(problemAt(start, ['successor'], 'entry/successor-cycle', `successor chain loops: ${[...cycle, current].join(' → ')}`, 'a successor must be newer: remove the successor from the newest entry in the loop'));
        }
        break;
      }
      chain.push(current);
      current = byId.get(current)?.entry.successor;
    }
  }
  return problems;
}

function checkSuccessorStatus(catalogue: Catalogue): Problem[] {
  return catalogue.entries
    .filter((e) => e.entry.successor !== undefined && !['deprecated', 'retired'].includes(e.entry.status))
    .map((e) => problemAt(e, ['successor'], 'entry/successor-without-deprecation', `successor is set but status is "${e.entry.status}"`, 'set status to deprecated or retired (with its date), or remove the successor'));
}

/**
 * Whether two entries say how they relate: one provides the other, they name each other as related,
 * or one succeeds the other. Entries related like this may share a production URL or a document.
 */
function declaredRelation(a: Entry, b: Entry): boolean {
  return a.provides.includes(b.id) || b.provides.includes(a.id) || a.related.includes(b.id) || b.related.includes(a.id) || a.successor === b.id || b.successor === a.id;
}

/** What to do about two entries that describe the same API, for every message that finds them. */
export const ONE_ENTRY_HINT =
  'if they are one API, keep a single entry; if one is a component that offers the other, list the API in the component\'s `provides`; if they are separate entries that belong together, name each other in `related`';

/** `"b" (catalogue/entries/b/entry.yaml) and "c" (…)`. */
export const nameEntries = (others: readonly LoadedEntry[]): string => others.map((o) => `"${o.entry.id}" (${o.file})`).join(' and ');

/** A production URL as compared: scheme, host and port as the URL standard normalises them, path without trailing slashes. */
export function endpointKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

/** Groups items by a key and calls `report` for every item that shares its key with another, unless their entries are related. */
export function reportShared<T extends { owner: LoadedEntry }>(items: readonly T[], keyOf: (item: T) => string, report: (item: T, others: T[]) => void): void {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  for (const group of groups.values()) {
    for (const item of group) {
      const others = group.filter((o) => o.owner !== item.owner && o.owner.entry.id !== item.owner.entry.id && !declaredRelation(item.owner.entry, o.owner.entry));
      if (others.length > 0) report(item, others);
    }
  }
}

function checkSharedEndpoints(catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  const items = catalogue.entries.flatMap((owner) =>
    owner.entry.endpoints.flatMap((ep, index) => (ep.environment === 'production' ? [{ owner, index, url: ep.url }] : [])),
  );
  reportShared(items, (i) => endpointKey(i.url), (item, others) => {
    problems.push(
      problemAt(item.owner, ['endpoints', item.index, 'url'], 'entry/duplicate-endpoint', `production URL ${item.url} is also the production URL of ${nameEntries(others.map((o) => o.owner))}`, `${ONE_ENTRY_HINT}; if separate APIs sit behind one gateway host, give each entry its API's own base path (the host and the API's context)`),
    );
  });
  return problems;
}

/** Ids and slugs are checked against what exists; every other text is checked for placeholders. */
const NOT_TEXT = new Set(['id', 'organisation', 'successor', 'topics', 'provides', 'usedBy', 'related', 'kind', 'status', 'environment', 'level']);

function checkPlaceholders(catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  for (const e of catalogue.entries) {
    const visit = (value: unknown, at: (string | number)[]): void => {
      if (typeof value === 'string') {
        const match = findPlaceholder(value);
        if (match) {
          const { message, hint } = placeholderMessage(at.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]'), match);
          problems.push(problemAt(e, at, 'entry/placeholder', message, hint));
        }
      } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...at, i]));
      else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) if (!NOT_TEXT.has(k)) visit(v, [...at, k]);
      }
    };
    visit(e.source.data, []);
    if (e.guide) {
      const match = findPlaceholder(e.guide);
      if (match) {
        const { message, hint } = placeholderMessage('guide', match);
        problems.push({ file: e.file, line: guideLine(e, match.found), rule: 'entry/placeholder', severity: 'error', message, hint });
      }
    }
  }
  return problems;
}

/** The line of entry.mdx where a placeholder phrase is (the guide's first line when it spans lines). */
function guideLine(e: LoadedEntry, phrase: string): number {
  const first = e.guideLine ?? 1;
  const lines = (e.guide ?? '').split('\n');
  const words = phrase.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (let i = 0; i < lines.length; i++) {
    if (` ${(lines[i] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${words} `)) return first + i;
  }
  return first;
}

export function crossCheck(catalogue: Catalogue): Problem[] {
  return [
    ...checkOrganisations(catalogue),
    ...checkDuplicates(catalogue),
    ...checkReferences(catalogue),
    ...checkSuccessorCycles(catalogue),
    ...checkSuccessorStatus(catalogue),
    ...checkSharedEndpoints(catalogue),
    ...checkPlaceholders(catalogue),
  ];
}
