/**
 * Security requirements and schemes. A requirement list is a choice of alternatives, each a set of
 * schemes with scopes. It narrows when an old alternative has no new one that asks for no more (a
 * new requirement, a removed alternative, added OAuth scopes) and widens when a new alternative asks
 * for less than every old one.
 */
import { pathToPointer } from '../../yaml/parse.ts';
import { arr, deref, entries, isObj, obj, str, type Obj } from '../spec-access.ts';
import type { ChangeSubject } from './kinds.ts';
import type { Recorder } from './recorder.ts';
import { code, listWords } from './words.ts';

type Alternative = Map<string, Set<string>>;

/** The alternatives of a `security` list; an empty list or `{}` is "no credentials". */
function alternatives(list: unknown): Alternative[] {
  const items = arr(list).filter(isObj);
  if (items.length === 0) return [new Map()];
  return items.map((item) => new Map(entries(item).map(([scheme, scopes]) => [scheme, new Set(arr(scopes).map(str))])));
}

/** True when `a` asks for nothing beyond what `b` asks for. */
function asksNoMore(a: Alternative, b: Alternative): boolean {
  for (const [scheme, scopes] of a) {
    const other = b.get(scheme);
    if (!other) return false;
    for (const scope of scopes) if (!other.has(scope)) return false;
  }
  return true;
}

const sameSchemes = (a: Alternative, b: Alternative) => a.size === b.size && [...a.keys()].every((k) => b.has(k));

function alternativeWords(alt: Alternative): string {
  if (alt.size === 0) return 'no credentials';
  return listWords(
    [...alt].map(([scheme, scopes]) => (scopes.size ? `${code(scheme)} with ${scopes.size === 1 ? 'scope' : 'scopes'} ${listWords([...scopes].map(code), 6)}` : code(scheme))),
    6,
  );
}

export interface SecurityPlace {
  subject: ChangeSubject;
  /** `GET /zones` in a code span, or "the API" for the document's own requirement. */
  who: string;
  beforePointer: string;
  afterPointer: string;
}

export function compareSecurity(rec: Recorder, before: unknown, after: unknown, place: SecurityPlace): void {
  const olds = alternatives(before);
  const news = alternatives(after);
  const here = { subject: place.subject, beforePointer: place.beforePointer, afterPointer: place.afterPointer };
  const who = place.who;
  for (const old of olds) {
    if (news.some((n) => asksNoMore(n, old))) continue;
    if (old.size === 0) {
      rec.add({ ...here, kind: 'security-requirement-added', what: `${who} now requires ${listWords(news.map(alternativeWords)).replace(/ and ([^,]+)$/, ' or $1')}`, consequence: 'clients calling it without credentials will be refused' });
      continue;
    }
    const sameSet = news.find((n) => sameSchemes(n, old));
    if (sameSet) {
      const extra = [...sameSet].flatMap(([scheme, scopes]) => [...scopes].filter((s) => !old.get(scheme)?.has(s)).map((s) => `${code(scheme)} scope ${code(s)}`));
      rec.add({ ...here, kind: 'security-scopes-added', what: `${who} now also needs the ${listWords(extra)}`, consequence: 'clients whose tokens lack it will be refused' });
      continue;
    }
    const wider = news.find((n) => [...old.keys()].every((k) => n.has(k)));
    if (wider) {
      const extra = [...wider.keys()].filter((k) => !old.has(k)).map(code);
      rec.add({ ...here, kind: 'security-requirement-added', what: `${who} now also requires ${listWords(extra)} alongside ${alternativeWords(old)}`, consequence: 'clients without it will be refused' });
      continue;
    }
    rec.add({ ...here, kind: 'security-alternative-removed', what: `${who} no longer accepts ${alternativeWords(old)}`, consequence: 'clients using it will be refused' });
  }
  for (const alt of news) {
    if (olds.some((o) => asksNoMore(o, alt))) continue;
    const narrower = olds.find((o) => sameSchemes(o, alt));
    if (narrower) {
      const fewer = [...narrower].flatMap(([scheme, scopes]) => [...scopes].filter((s) => !alt.get(scheme)?.has(s)).map((s) => `${code(scheme)} scope ${code(s)}`));
      rec.add({ ...here, kind: 'security-scopes-removed', what: `${who} no longer needs the ${listWords(fewer)}` });
    } else {
      rec.add({ ...here, kind: 'security-alternative-added', what: `${who} now also accepts ${alternativeWords(alt)}` });
    }
  }
}

/** The settings of a scheme that clients are configured with, in words. */
function schemeSettings(doc: Obj, raw: unknown): Map<string, string> {
  const scheme = deref(doc, raw).node;
  const settings = new Map<string, string>([['type', str(scheme['type'])]]);
  const type = str(scheme['type']);
  if (type === 'apiKey') {
    settings.set('in', str(scheme['in']));
    settings.set('name', str(scheme['name']));
  }
  if (type === 'http') settings.set('scheme', str(scheme['scheme']).toLowerCase());
  if (type === 'openIdConnect') settings.set('openIdConnectUrl', str(scheme['openIdConnectUrl']));
  for (const [flow, rawFlow] of entries(scheme['flows'])) {
    const f = obj(rawFlow);
    settings.set(`flow ${flow}`, 'present');
    for (const key of ['authorizationUrl', 'tokenUrl']) if (f[key] !== undefined) settings.set(`${flow} ${key}`, str(f[key]));
  }
  return settings;
}

export function compareSecuritySchemes(rec: Recorder, before: Obj, after: Obj): void {
  const b = obj(obj(before['components'])['securitySchemes']);
  const a = obj(obj(after['components'])['securitySchemes']);
  for (const [name, raw] of Object.entries(b)) {
    const pointer = pathToPointer(['components', 'securitySchemes', name]);
    const subject: ChangeSubject = { type: 'security-scheme', name };
    if (!(name in a)) {
      rec.add({ subject, beforePointer: pointer, kind: 'security-scheme-removed', what: `Removed the security scheme ${code(name)}`, consequence: 'clients that authenticate with it will be refused' });
      continue;
    }
    const old = schemeSettings(before, raw);
    const now = schemeSettings(after, a[name]);
    // Only settings clients already use count: a new flow beside the old ones breaks nobody.
    const diffs = [...old.keys()]
      .filter((k) => old.get(k) !== now.get(k))
      .map((k) => (k.startsWith('flow ') ? `${code(k.slice(5))} flow removed` : `${code(k)} ${code(old.get(k) ?? '')} → ${now.has(k) ? code(now.get(k) ?? '') : 'none'}`));
    if (diffs.length) rec.add({ subject, beforePointer: pointer, afterPointer: pointer, kind: 'security-scheme-changed', what: `Changed the security scheme ${code(name)} (${diffs.join(', ')})`, consequence: 'clients set up for the old settings will be refused' });
  }
  for (const name of Object.keys(a)) {
    if (name in b) continue;
    rec.add({ subject: { type: 'security-scheme', name }, afterPointer: pathToPointer(['components', 'securitySchemes', name]), kind: 'security-scheme-added', what: `Added the security scheme ${code(name)}` });
  }
}
