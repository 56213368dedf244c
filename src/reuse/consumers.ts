/**
 * Who uses what: each entry's consumers from its `usedBy` (catalogue entries) and `usedByServices`
 * (services outside the catalogue), with a component's consumers including those of the APIs it
 * provides; every use, for the picture of providers and consumers across government; and the most
 * reused components. Pure: takes entries, returns plain values.
 */
import type { Entry } from '../catalogue/schema.ts';

export interface ConsumerSource {
  entry: Entry;
  organisationName: string;
}

export type Consumer =
  | { kind: 'entry'; id: string; name: string; organisation: string; organisationName: string; via: string[] }
  | { kind: 'service'; name: string; url?: string; via: string[] };

export interface EntryConsumers {
  id: string;
  name: string;
  kind: Entry['kind'];
  organisation: string;
  organisationName: string;
  /** The APIs it provides, whose consumers count as its own. */
  provides: string[];
  /** A component that provides this entry, when there is one. */
  providedBy: string[];
  consumers: Consumer[];
  /** Organisations of the catalogue entries that use it, other than its own. */
  otherOrganisations: string[];
}

/** One use: a consumer of a provider (a component with the APIs it provides counts as one provider). */
export interface Use {
  provider: { id: string; name: string; organisation: string; organisationName: string };
  consumer: Consumer;
  /** The consumer is an entry of another organisation. */
  crossOrganisation: boolean;
}

export interface ConsumersModel {
  byEntry: Map<string, EntryConsumers>;
  /** Providers with consumers, most used first (entries a component provides are counted with it). */
  mostReused: EntryConsumers[];
  /** Every use, provider by provider: the picture across government. */
  uses: Use[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

export function buildConsumers(sources: readonly ConsumerSource[]): ConsumersModel {
  const byId = new Map(sources.map((s) => [s.entry.id, s]));
  const providers = new Map<string, string[]>();
  for (const s of sources) for (const p of s.entry.provides) providers.set(p, [...(providers.get(p) ?? []), s.entry.id]);

  const byEntry = new Map<string, EntryConsumers>();
  for (const s of sources) {
    const e = s.entry;
    const family = [e.id, ...e.provides.filter((p) => byId.has(p))];
    const entries = new Map<string, Extract<Consumer, { kind: 'entry' }>>();
    const services = new Map<string, Extract<Consumer, { kind: 'service' }>>();
    for (const member of family) {
      const m = byId.get(member)?.entry;
      if (!m) continue;
      for (const userId of m.usedBy) {
        const user = byId.get(userId);
        if (!user || family.includes(userId)) continue;
        const found = entries.get(userId) ?? { kind: 'entry', id: userId, name: user.entry.name, organisation: user.entry.organisation, organisationName: user.organisationName, via: [] };
        if (!found.via.includes(member)) found.via.push(member);
        entries.set(userId, found);
      }
      for (const service of m.usedByServices) {
        const key = service.name.toLowerCase();
        const found = services.get(key) ?? { kind: 'service', name: service.name, ...(service.url ? { url: service.url } : {}), via: [] };
        if (!found.via.includes(member)) found.via.push(member);
        services.set(key, found);
      }
    }
    const consumers: Consumer[] = [...[...entries.values()].sort(byName), ...[...services.values()].sort(byName)];
    byEntry.set(e.id, {
      id: e.id,
      name: e.name,
      kind: e.kind,
      organisation: e.organisation,
      organisationName: s.organisationName,
      provides: e.provides.filter((p) => byId.has(p)),
      providedBy: providers.get(e.id) ?? [],
      consumers,
      otherOrganisations: [...new Set([...entries.values()].map((c) => c.organisation).filter((o) => o !== e.organisation))].sort(),
    });
  }

  const mostReused = [...byEntry.values()]
    .filter((c) => c.consumers.length > 0 && !c.providedBy.some((p) => (byEntry.get(p)?.consumers.length ?? 0) > 0))
    .sort((a, b) => b.consumers.length - a.consumers.length || b.otherOrganisations.length - a.otherOrganisations.length || byName(a, b));

  const uses: Use[] = mostReused.flatMap((p) =>
    p.consumers.map((consumer) => ({
      provider: { id: p.id, name: p.name, organisation: p.organisation, organisationName: p.organisationName },
      consumer,
      crossOrganisation: consumer.kind === 'entry' && consumer.organisation !== p.organisation,
    })),
  );

  return { byEntry, mostReused, uses };
}
