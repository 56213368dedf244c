/**
 * Checks that span files: every reference from an entry points at something that exists, ids are
 * unique, successors do not loop, organisations are real GOV.UK organisations, spec files exist.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import govukOrganisations from './govuk-organisations.json' with { type: 'json' };
import { displayPath } from '../problems/problem.ts';
import type { Catalogue, LoadedEntry } from './load.ts';
import { didYouMean, type Candidate } from './suggest.ts';

type ProblemAt = (e: LoadedEntry, at: (string | number)[], rule: string, message: string, hint?: string) => Problem;

const problemAt: ProblemAt = (e, at, rule, message, hint) => {
  const pos = e.source.locate(at);
  return {
    file: e.file,
    line: pos.line + e.lineOffset,
    column: pos.column,
    pointer: '/' + at.join('/'),
    rule,
    severity: 'error',
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
      } else if (!existsSync(abs) || !statSync(abs).isFile()) {
        problems.push(problemAt(e, ['specs', i, 'file'], 'entry/spec-missing', `specs[${i}].file "${s.file}" does not exist in ${displayPath(e.dir)}/`, 'add the OpenAPI document there, or correct the file name'));
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

export function crossCheck(catalogue: Catalogue): Problem[] {
  return [
    ...checkOrganisations(catalogue),
    ...checkDuplicates(catalogue),
    ...checkReferences(catalogue),
    ...checkSuccessorCycles(catalogue),
    ...checkSuccessorStatus(catalogue),
  ];
}
