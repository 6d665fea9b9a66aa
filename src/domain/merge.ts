// Merging datasets: a second article extends the same graph. Entities that share an id or a
// Wikidata id become one (names kept from the first, aliases and evidence combined), or, for the
// workspace import, stay apart in the data with a merge record a curator can undo (entityMerges.ts). An event or
// relation whose id is already present CORROBORATES it: the existing fact keeps its fields and
// gains the incoming quotes, so every document that supports a fact is listed with its quote.
// Ids are one namespace across entities, events, relations and documents: the graph draws entities
// and events as nodes and relations as edges by id, so an entity sharing an event's id would be
// drawn in its place. idClashes finds such pairs; importers refuse them.
import { findDisputes, type Dispute } from './disputes';
import { mergeTargets, type EntityMerge } from './entityMerges';
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
  /**
   * With `wikidata: 'record'`: the Wikidata matches, kept apart in the dataset and recorded as
   * merges; with `sameId: 'record'`, the same-id matches too (see splitId).
   */
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
  /**
   * What an incoming entity with the id of a held entity from ANOTHER document becomes: folded
   * into it ('merge', the default: readers of one bundle or one import), or kept as its own entity
   * under splitId, every new fact of its document pointing to it, with a "same-id" merge record
   * the view applies and a curator can undo ('record', what the workspace import uses).
   */
  sameId?: 'merge' | 'record';
  /**
   * The workspace's merge records: the held entities they merge are compared as their targets, so
   * a shared fact's participant named by the incoming document gains its quote there, and an
   * entity kept apart is no dispute (the view shows them as one).
   */
  held?: readonly EntityMerge[];
}

/**
 * The id an entity of document `doc` sharing the id `id` is kept under: stable (the same import
 * gives the same id) and valid (ids and document ids are lowercase letters, digits, "-", "_").
 * A taken id gains "-2", "-3"… so it never names something else.
 */
export function splitId(id: string, doc: string, taken: (candidate: string) => boolean): string {
  const base = `${id}--${doc}`;
  let candidate = base;
  for (let n = 2; taken(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

const docsOfEntity = (e: Entity) => [...new Set(e.evidence.map((ev) => ev.doc))];

/** The entity an earlier import kept apart for `id` from one of `docs` (splitId's form), if any. */
function keptApartFor(entities: readonly Entity[], id: string, docs: readonly string[]): Entity | undefined {
  return entities.find((e) =>
    docs.some((d) => (e.id === `${id}--${d}` || e.id.startsWith(`${id}--${d}-`)) && e.evidence.some((ev) => ev.doc === d)),
  );
}

export function mergeDatasets(base: Dataset, incoming: Dataset, { wikidata = 'merge', sameId = 'merge', held = [] }: MergeOptions = {}): MergeResult {
  const entities = base.entities.map((e) => ({ ...e, aliases: [...e.aliases], evidence: [...e.evidence] }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byWikidata = new Map(entities.filter((e) => e.wikidata).map((e) => [e.wikidata as string, e]));
  const renamed = new Map<string, string>();
  const merges: EntityMerge[] = [];
  // Incoming entity id → the id it is kept under, apart from the held entity of that id; applied
  // to the incoming document's new facts only (a held entity's country keeps the held one).
  const split = new Map<string, string>();
  const loadedDocs = new Set(base.documents.map((d) => d.id));
  const allIds = new Set([...itemsOf(base), ...itemsOf(incoming)].map((item) => item.id));
  // Recorded merges are not renames in the data, but disputes compare facts as the view shows them:
  // incoming entities kept apart, and held ones kept apart earlier (the first with a Wikidata id
  // stands for the others, as their records say).
  const recorded = new Map<string, string>(mergeTargets(held));
  if (wikidata !== 'merge') {
    const first = new Map<string, string>();
    for (const e of base.entities) {
      if (!e.wikidata) continue;
      const kept = first.get(e.wikidata);
      if (kept === undefined) first.set(e.wikidata, e.id);
      else if (!recorded.has(e.id)) recorded.set(e.id, kept);
    }
  }
  for (const entity of incoming.entities) {
    const sameIdEntity = byId.get(entity.id);
    const sameWikidata = !sameIdEntity && entity.wikidata ? byWikidata.get(entity.wikidata) : undefined;
    if (sameWikidata && wikidata !== 'merge') {
      const copy: Entity = { ...entity, aliases: [...entity.aliases], evidence: [...entity.evidence] };
      entities.push(copy);
      byId.set(copy.id, copy);
      if (wikidata === 'record') merges.push({ into: sameWikidata.id, from: copy.id, rule: 'wikidata', cause: entity.wikidata!, docs: [...new Set(entity.evidence.map((ev) => ev.doc))] });
      recorded.set(copy.id, sameWikidata.id);
      continue;
    }
    // Another document's entity under this id (not the same document imported again): kept apart.
    // A document loaded before (imported again, its text compared by the importer) is not new: its
    // entity goes where its quotes already are, kept apart by an earlier import or folded as of old.
    const newDocs = sameIdEntity && sameId === 'record' ? docsOfEntity(entity).filter((d) => !docsOfEntity(sameIdEntity).includes(d)) : [];
    const earlier = newDocs.length > 0 && newDocs.every((d) => loadedDocs.has(d)) ? keptApartFor(entities, entity.id, newDocs) : undefined;
    if (earlier) {
      absorb(earlier, entity);
      split.set(entity.id, earlier.id);
      continue;
    }
    const [firstNew] = newDocs;
    if (sameIdEntity && firstNew !== undefined) {
      const keptAs = splitId(entity.id, firstNew, (c) => allIds.has(c));
      allIds.add(keptAs);
      // Quotes from documents the held entity already cites stay with it; the new documents' go apart.
      const isNew = (ev: Entity['evidence'][number]) => newDocs.includes(ev.doc);
      if (!entity.evidence.every(isNew)) absorb(sameIdEntity, { ...entity, evidence: entity.evidence.filter((ev) => !isNew(ev)) });
      const copy: Entity = { ...entity, id: keptAs, aliases: [...entity.aliases], evidence: entity.evidence.filter(isNew) };
      entities.push(copy);
      byId.set(copy.id, copy);
      split.set(entity.id, keptAs);
      merges.push({ into: sameIdEntity.id, from: keptAs, rule: 'same-id', cause: entity.id, docs: newDocs });
      continue;
    }
    const existing = sameIdEntity ?? sameWikidata;
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
  // The incoming document's own facts point to its own entity: splits apply to them, not to shared ones.
  const own = (id: string) => split.get(id) ?? rename(id);
  // Entities as the view shows them, for comparing facts: records applied, renames too.
  const canon = (id: string) => recorded.get(id) ?? rename(id);
  const heldCount = base.entities.length;
  entities.forEach((entity, i) => {
    if (entity.country) entity.country = i < heldCount ? rename(entity.country) : own(entity.country);
  });
  const factIds = new Set([...base.events, ...base.relations].map((f) => f.id));
  const conflicts = [...incoming.events, ...incoming.relations].map((f) => f.id).filter((id) => factIds.has(id));
  const events = incoming.events
    .filter((e) => !factIds.has(e.id))
    .map((e) => ({
      ...e,
      place: e.place === undefined ? undefined : own(e.place),
      participants: e.participants.map((p) => ({ ...p, entity: own(p.entity) })),
    }));
  const relations = incoming.relations
    .filter((r) => !factIds.has(r.id))
    .map((r) => ({ ...r, source: own(r.source), target: own(r.target) }));
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
        const same = theirs.filter((q) => canon(q.entity) === canon(p.entity));
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
    disputes: findDisputes(base, incoming, canon),
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
