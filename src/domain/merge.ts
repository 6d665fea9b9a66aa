// Merging datasets: a second article extends the same graph. Entities that share an id or a
// Wikidata id become one (names kept from the first, aliases and evidence combined). An event or
// relation whose id is already present CORROBORATES it: the existing fact keeps its fields and
// gains the incoming quotes, so every document that supports a fact is listed with its quote.
import { findDisputes, type Dispute } from './disputes';
import type { Dataset, Entity, KEvent } from './schema';

export function emptyDataset(): Dataset {
  return { documents: [], texts: {}, entities: [], events: [], relations: [] };
}

export interface MergeResult {
  dataset: Dataset;
  /** Incoming entity id → the id it was merged into (only where they differ). */
  renamed: Map<string, string>;
  /** Ids of events/relations already present: their incoming quotes were added to the existing fact. */
  conflicts: string[];
  /** Where the incoming documents contradict a fact already held: both claims, kept. */
  disputes: Dispute[];
}

export function mergeDatasets(base: Dataset, incoming: Dataset): MergeResult {
  const entities = base.entities.map((e) => ({ ...e, aliases: [...e.aliases], evidence: [...e.evidence] }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byWikidata = new Map(entities.filter((e) => e.wikidata).map((e) => [e.wikidata as string, e]));
  const renamed = new Map<string, string>();
  for (const entity of incoming.entities) {
    const existing = byId.get(entity.id) ?? (entity.wikidata ? byWikidata.get(entity.wikidata) : undefined);
    if (existing) {
      if (existing.id !== entity.id) renamed.set(entity.id, existing.id);
      absorb(existing, entity);
    } else {
      const copy: Entity = { ...entity, aliases: [...entity.aliases], evidence: [...entity.evidence] };
      entities.push(copy);
      byId.set(copy.id, copy);
      if (copy.wikidata) byWikidata.set(copy.wikidata, copy);
    }
  }
  const rename = (id: string) => renamed.get(id) ?? id;
  for (const entity of entities) if (entity.country) entity.country = rename(entity.country);
  const factIds = new Set([...base.events, ...base.relations].map((f) => f.id));
  const conflicts = [...incoming.events, ...incoming.relations].map((f) => f.id).filter((id) => factIds.has(id));
  const events = incoming.events
    .filter((e) => !factIds.has(e.id))
    .map((e) => ({
      ...e,
      place: e.place === undefined ? undefined : rename(e.place),
      participants: e.participants.map((p) => ({ ...p, entity: rename(p.entity) })),
    }));
  const relations = incoming.relations
    .filter((r) => !factIds.has(r.id))
    .map((r) => ({ ...r, source: rename(r.source), target: rename(r.target) }));
  const withQuotes = (evidence: Entity['evidence'], extra: Entity['evidence']) => {
    const seen = new Set(evidence.map((ev) => `${ev.doc}:${ev.start}:${ev.end}`));
    const added = extra.filter((ev) => !seen.has(`${ev.doc}:${ev.start}:${ev.end}`));
    return added.length > 0 ? [...evidence, ...added] : evidence;
  };
  const corroborate = <T extends { id: string; evidence: Entity['evidence'] }>(facts: T[], more: T[]): T[] => {
    const incomingById = new Map(more.map((f) => [f.id, f]));
    return facts.map((f) => {
      const other = incomingById.get(f.id);
      if (!other) return f;
      const evidence = withQuotes(f.evidence, other.evidence);
      // An event's participants named by both documents (same entity, after merging) keep both quotes.
      const participants = (f as unknown as KEvent).participants;
      const theirs = (other as unknown as KEvent).participants;
      if (!participants || !theirs) return evidence === f.evidence ? f : { ...f, evidence };
      const merged = participants.map((p) => {
        const same = theirs.filter((q) => rename(q.entity) === p.entity);
        return same.length === 0 ? p : { ...p, evidence: same.reduce((acc, q) => withQuotes(acc, q.evidence), p.evidence) };
      });
      return { ...f, evidence, participants: merged };
    });
  };
  const knownDocs = new Set(base.documents.map((d) => d.id));
  return {
    dataset: {
      documents: [...base.documents, ...incoming.documents.filter((d) => !knownDocs.has(d.id))],
      texts: { ...incoming.texts, ...base.texts },
      entities,
      events: [...corroborate(base.events, incoming.events), ...events],
      relations: [...corroborate(base.relations, incoming.relations), ...relations],
    },
    renamed,
    conflicts,
    disputes: findDisputes(base, incoming, rename),
  };
}

function absorb(target: Entity, source: Entity): void {
  const names = new Set([target.name.en, target.name.fa, ...target.aliases]);
  for (const alias of [source.name.en, source.name.fa, ...source.aliases]) {
    if (!names.has(alias)) {
      target.aliases.push(alias);
      names.add(alias);
    }
  }
  const quotes = new Set(target.evidence.map((ev) => `${ev.doc}:${ev.start}:${ev.end}`));
  for (const ev of source.evidence) if (!quotes.has(`${ev.doc}:${ev.start}:${ev.end}`)) target.evidence.push(ev);
  target.wikidata ??= source.wikidata;
  target.country ??= source.country;
  target.description ??= source.description;
}
