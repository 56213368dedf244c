/**
 * A changelog entry in words, for the changelog pages and the Atom feeds alike: a title, a one-line
 * summary, and sections of items. Text from entries (names, ids, dates) stays plain text for the
 * page or feed to escape; only the spec diff's messages are Markdown (names in code spans), marked
 * as such.
 */
import { formatDate, STATUS_LABELS } from '../site/labels.ts';
import { CHANGE_GROUP_TITLES, CHANGE_GROUPS, summaryWords } from '../openapi/diff/index.ts';
import { plural } from '../openapi/diff/words.ts';
import type { Status } from '../catalogue/schema.ts';
import type { DocumentChange, EntryChange, LifecycleChange } from './model.ts';

export interface ChangeItem {
  /** Plain text. */
  text?: string;
  /** Markdown (a spec diff message). */
  markdown?: string;
}

export interface ChangeSection {
  /** Plain text; none for the entry's own changes. */
  heading?: string;
  items: ChangeItem[];
}

export interface DescribedChange {
  title: string;
  summary: string;
  sections: ChangeSection[];
  /** What kind of change it is, for tags and filters. */
  tags: ChangeTag[];
}

export const CHANGE_TAGS = {
  added: 'New entry',
  removed: 'Removed',
  breaking: 'Breaking change',
  deprecated: 'Deprecated',
  retired: 'Retired',
  lifecycle: 'Lifecycle',
  document: 'OpenAPI',
  details: 'Details',
} as const;
export type ChangeTag = keyof typeof CHANGE_TAGS;

const statusWord = (s: string | undefined): string => (s && s in STATUS_LABELS ? STATUS_LABELS[s as Status].label.toLowerCase() : (s ?? 'none'));

/** A YYYY-MM-DD date as GOV.UK writes it; other text as it is. */
const dateWords = (d: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDate(d) : d);

function lifecycleText(l: LifecycleChange): string {
  switch (l.field) {
    case 'status':
      return `Status changed from ${statusWord(l.before)} to ${statusWord(l.after)}.`;
    case 'dates.deprecated':
      if (l.after === undefined) return 'The deprecation date was removed.';
      return l.before === undefined ? `Deprecated on ${dateWords(l.after)}.` : `Deprecation date changed from ${dateWords(l.before)} to ${dateWords(l.after)}.`;
    case 'dates.retired':
      if (l.after === undefined) return 'The retirement date was removed.';
      return l.before === undefined ? `Retirement date set: ${dateWords(l.after)}.` : `Retirement date changed from ${dateWords(l.before)} to ${dateWords(l.after)}.`;
    case 'successor':
      return l.after === undefined ? 'It no longer names a successor.' : `Its successor is ${l.after}.`;
  }
}

const documentName = (d: DocumentChange): string => (d.title ? `${d.title} (${d.file})` : d.file);

function versionWords(d: DocumentChange): string {
  if (d.change === 'added') return d.versionAfter ? `, version ${d.versionAfter}` : '';
  if (d.versionBefore !== undefined && d.versionAfter !== undefined && d.versionBefore !== d.versionAfter) return `, version ${d.versionBefore} to ${d.versionAfter}`;
  return d.versionAfter ? `, version ${d.versionAfter}` : '';
}

function documentSection(d: DocumentChange): ChangeSection {
  const heading = `OpenAPI document ${documentName(d)}${versionWords(d)}`;
  if (d.change === 'added') return { heading, items: [{ text: 'Published.' }] };
  if (d.change === 'removed') return { heading, items: [{ text: 'Removed: clients of this document lose it (a breaking change).' }] };
  const items: ChangeItem[] = [];
  if (d.changes.length > 0) {
    const words = summaryWords(d.changes);
    items.push({ text: `${words[0]!.toUpperCase()}${words.slice(1)}.` });
    for (const group of CHANGE_GROUPS) {
      for (const c of d.changes.filter((x) => x.group === group)) items.push({ markdown: `**${CHANGE_GROUP_TITLES[group].replace(/s$/, '')}**: ${c.message}` });
    }
  } else if (!d.incomplete) {
    items.push({ text: 'Edited, with no change to its paths, operations, parameters, schemas, security or servers.' });
  }
  if (d.incomplete) items.push({ text: `The comparison is incomplete: ${d.incomplete}.` });
  return { heading, items };
}

function tagsOf(change: EntryChange): ChangeTag[] {
  const tags: ChangeTag[] = [];
  if (change.kind === 'added') tags.push('added');
  if (change.kind === 'removed') tags.push('removed');
  if (change.breaking > 0) tags.push('breaking');
  const status = change.lifecycle.find((l) => l.field === 'status');
  if (status?.after === 'deprecated' || change.lifecycle.some((l) => l.field === 'dates.deprecated' && l.after)) tags.push('deprecated');
  if (status?.after === 'retired') tags.push('retired');
  if (change.lifecycle.length > 0) tags.push('lifecycle');
  if (change.kind === 'changed' && change.documents.length > 0) tags.push('document');
  if (change.fields.length > 0) tags.push('details');
  return tags;
}

function titleOf(change: EntryChange): string {
  const name = change.name;
  if (change.kind === 'added') return `${name} added to the catalogue`;
  if (change.kind === 'removed') return `${name} removed from the catalogue`;
  const status = change.lifecycle.find((l) => l.field === 'status');
  if (change.breaking > 0) return `${plural(change.breaking, 'breaking change')} to ${name}`;
  if (status?.after === 'retired') return `${name} retired`;
  if (status?.after === 'deprecated') return `${name} deprecated`;
  if (status) return `${name} moved from ${statusWord(status.before)} to ${statusWord(status.after)}`;
  if (change.lifecycle.length > 0) return `${name}: lifecycle dates changed`;
  if (change.documents.some((d) => d.change === 'added')) return `${name}: new OpenAPI document`;
  if (change.documents.length > 0) return `${name}: OpenAPI document changed`;
  return `${name}: details updated`;
}

function summaryOf(change: EntryChange): string {
  if (change.kind === 'added') return `Added as ${statusWord(change.status)}${change.documents.length ? `, with ${plural(change.documents.length, 'OpenAPI document')}` : ''}.`;
  if (change.kind === 'removed') return 'Its entry was removed from the catalogue.';
  const parts: string[] = [];
  if (change.lifecycle.length) parts.push(...change.lifecycle.map(lifecycleText));
  for (const d of change.documents) {
    if (d.change === 'changed') parts.push(`${documentName(d)}${versionWords(d)}: ${d.changes.length ? summaryWords(d.changes) : 'edited, no change to the API'}.`);
    else parts.push(`${documentName(d)} ${d.change === 'added' ? 'published' : 'removed'}${versionWords(d)}.`);
  }
  if (change.fields.length) parts.push(`Updated: ${change.fields.join(', ')}.`);
  return parts.join(' ');
}

export function describeChange(change: EntryChange): DescribedChange {
  const sections: ChangeSection[] = [];
  const own: ChangeItem[] = [];
  if (change.kind === 'added') own.push({ text: `Added to the catalogue as ${statusWord(change.status)}.` });
  if (change.kind === 'removed') own.push({ text: 'Removed from the catalogue.' });
  own.push(...change.lifecycle.map((l) => ({ text: lifecycleText(l) })));
  if (change.fields.length) own.push({ text: `Details updated: ${change.fields.join(', ')}.` });
  if (own.length) sections.push({ items: own });
  sections.push(...change.documents.map(documentSection));
  return { title: titleOf(change), summary: summaryOf(change), sections, tags: tagsOf(change) };
}
