// Merging datasets: a second article extends the same graph. Entities that share an id or a
// Wikidata id become one (names kept from the first, aliases and evidence combined). An event or
// relation whose id is already present CORROBORATES it: the existing fact keeps its fields and
// gains the incoming quotes, so every document that supports a fact is listed with its quote.
// Ids are one namespace across entities, events, relations and documents: the graph draws entities
// and events as nodes and relations as edges by id, so an entity sharing an event's id would be
// drawn in its place. idClashes finds such pairs; importers refuse them.
import { findDisputes, type Dispute } from './disputes';
import type { EntityMerge } from './entityMerges';
import type { Dataset, Entity, KEvent } from './schema';

export type IdKind = 'entity' | 'event' | 'relation' | 'document';

/** Two different things with one id: `existing` from the dataset merged into (or earlier in the incoming one). */
export interface IdClash {
  id: string;
  incoming: { kind: IdKind; name: string };
  existing: { kind: IdKind; name: string };
}

interface Item {
  kind: IdKind;
  id: string;
  name: string;
  value: unknown;
}

function* itemsOf(dataset: Dataset): Generator<Item> {
  for (const d of dataset.documents) yield { kind: 'document', id: d.id, name: d.title.en, value: d };
  for (const e of dataset.entities) yield { kind: 'entity', id: e.id, name: e.name.en, value: e };
  for (const e of dataset.events) yield { kind: 'event', id: e.id, name: e.label.en, value: e };
  for (const r of dataset.relations) yield { kind: 'relation', id: r.id, name: r.label ?? r.kind, value: r };
}

/**
 * The same fact again: a re-import of a loaded document (whose text the importer has compared)
 * brings its events and relations again, quoting the same documents; a fact from another document
 * under a loaded id is a different fact.
 */
const docsOf = (value: unknown) =>
  [...new Set(((value as { evidence?: Array<{ doc: string }> }).evidence ?? []).map((ev) => ev.doc))].sort().join('\n');
const sameFact = (a: unknown, b: unknown) => docsOf(a) === docsOf(b);

/**
 * Ids of `incoming` that name something else in `base` or earlier in `incoming`. Allowed: an
 * entity with an entity's id (they merge), a document with a document's id (the importer compares
 * their texts), and an event or relation identical to the one it meets (the same document again).
 */
export function idClashes(base: Dataset, incoming: Dataset): IdClash[] {
  const known = new Map<string, Item>();
  for (const item of itemsOf(base)) if (!known.has(item.id)) known.set(item.id, item);
  const clashes: IdClash[] = [];
  const fresh = new Map<string, Item>();
  for (const item of itemsOf(incoming)) {
    const other = known.get(item.id) ?? fresh.get(item.id);
    if (!other) {
      fresh.set(item.id, item);
      continue;
    }
    if (other.kind === item.kind && (item.kind === 'entity' || item.kind === 'document')) continue;
    // The same event or relation id from another document corroborates the fact (its quotes are
    // added) or disputes it (both claims kept): see mergeDatasets and disputes.ts.
    if (other.kind === item.kind && (item.kind === 'event' || item.kind === 'relation' || sameFact(other.value, item.value))) continue;
    clashes.push({ id: item.id, incoming: { kind: item.kind, name: item.name }, existing: { kind: other.kind, name: other.name } });
  }
  return clashes;
}

/** "the event "Baku meeting" … and the entity "Ali"": the unique-id message, naming both. */
export function describeClash(clash: IdClash, where: string): string {
  return `expected ids unique across entities, events, relations and documents, but the ${clash.incoming.kind} "${clash.incoming.name}" has the id "${clash.id}" of the ${clash.existing.kind} "${clash.existing.name}" ${where}`;
}

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
  /** With `wikidata: 'record'`: the Wikidata matches, kept apart in the dataset and recorded as merges. */
  merges: EntityMerge[];
}

export interface MergeOptions {
  /**
   * What an incoming entity that matches a held one only by Wikidata id becomes: folded into it
   * ('merge', the default), or kept as its own entity with a merge record the view applies and a
   * curator can undo ('record', what the workspace import uses; see entityMerges.ts), or kept
   * apart with no record ('keep': reading a stored workspace, whose records are in its choices).
   */
  wikidata?: 'merge' | 'record' | 'keep';
}

export function mergeDatasets(base: Dataset, incoming: Dataset, { wikidata = 'merge' }: MergeOptions = {}): MergeResult {
  const entities = base.entities.map((e) => ({ ...e, aliases: [...e.aliases], evidence: [...e.evidence] }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byWikidata = new Map(entities.filter((e) => e.wikidata).map((e) => [e.wikidata as string, e]));
  const renamed = new Map<string, string>();
  const merges: EntityMerge[] = [];
  // Recorded merges are not renames in the data, but disputes compare facts as the view shows them:
  // incoming entities kept apart, and held ones kept apart earlier (the first with a Wikidata id
  // stands for the others, as their records say).
  const recorded = new Map<string, string>();
  if (wikidata !== 'merge') {
    const first = new Map<string, string>();
    for (const e of base.entities) {
      if (!e.wikidata) continue;
      const held = first.get(e.wikidata);
      if (held === undefined) first.set(e.wikidata, e.id);
      else recorded.set(e.id, held);
    }
  }
  for (const entity of incoming.entities) {
    const sameId = byId.get(entity.id);
    const sameWikidata = !sameId && entity.wikidata ? byWikidata.get(entity.wikidata) : undefined;
    if (sameWikidata && wikidata !== 'merge') {
      const copy: Entity = { ...entity, aliases: [...entity.aliases], evidence: [...entity.evidence] };
      entities.push(copy);
      byId.set(copy.id, copy);
      if (wikidata === 'record') merges.push({ into: sameWikidata.id, from: copy.id, rule: 'wikidata', cause: entity.wikidata!, docs: [...new Set(entity.evidence.map((ev) => ev.doc))] });
      recorded.set(copy.id, sameWikidata.id);
      continue;
    }
    const existing = sameId ?? sameWikidata;
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
    disputes: findDisputes(base, incoming, (id) => recorded.get(id) ?? rename(id)),
    merges,
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
