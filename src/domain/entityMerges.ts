// Reversible entity merges and "possibly the same". A merge is a RECORD kept in the workspace
// beside the documents, not an edit of them: the stored facts keep both entities, and the view
// (workspace/visible.ts) applies the records, so removing a record ("unmerge") brings both back
// exactly. Each record says what caused it: the rule (a shared Wikidata id at import, or a
// curator), the Wikidata id or the curator's note, and the documents that brought the merged
// entity. "Possibly the same" is a curator's doubt kept without merging. Pure.
import type { Dataset, Entity } from './schema';

export type MergeRule = 'wikidata' | 'curator';

export interface EntityMerge {
  /** The entity that stays (its id, names and kind are kept). */
  into: string;
  /** The entity merged into it: hidden from the view while the record stands. */
  from: string;
  rule: MergeRule;
  /** What matched: the shared Wikidata id ("Q43"), or for a curator the alias or note they gave. */
  cause: string;
  /** The documents whose quotes name the merged entity. */
  docs: string[];
}

/** A curator's "these two may be one", kept unmerged; `a` < `b` so a pair is written one way. */
export interface PossiblySame {
  a: string;
  b: string;
}

/** The final entity each merged entity stands for (chains followed: C→B→A gives C→A). */
export function mergeTargets(merges: readonly EntityMerge[]): Map<string, string> {
  const direct = new Map(merges.map((m) => [m.from, m.into]));
  const out = new Map<string, string>();
  for (const from of direct.keys()) {
    let to = direct.get(from)!;
    const seen = new Set([from]);
    while (direct.has(to) && !seen.has(to)) {
      seen.add(to);
      to = direct.get(to)!;
    }
    out.set(from, to);
  }
  return out;
}

/** Why a merge cannot be recorded, or null when it can. */
export function mergeProblem(merges: readonly EntityMerge[], entities: ReadonlyArray<Pick<Entity, 'id'>>, into: string, from: string): string | null {
  const known = new Set(entities.map((e) => e.id));
  if (!known.has(into) || !known.has(from)) return `expected two known entities, got "${into}" and "${from}"`;
  if (into === from) return `expected two different entities, got "${into}" twice`;
  if (merges.some((m) => m.from === from)) return `"${from}" is already merged`;
  // The entity kept must stand on its own: so no chain of merges can loop back and hide both.
  if (merges.some((m) => m.from === into)) return `"${into}" is itself merged into another entity`;
  return null;
}

/** The documents whose quotes name an entity. */
export function docsNaming(dataset: Pick<Dataset, 'entities'>, id: string): string[] {
  const entity = dataset.entities.find((e) => e.id === id);
  return entity ? [...new Set(entity.evidence.map((ev) => ev.doc))] : [];
}

/** The records with a curator's merge of `from` into `into` added; unchanged when mergeProblem objects. */
export function addMerge(merges: readonly EntityMerge[], dataset: Pick<Dataset, 'entities'>, into: string, from: string, cause = ''): EntityMerge[] {
  if (mergeProblem(merges, dataset.entities, into, from) !== null) return [...merges];
  return [...merges, { into, from, rule: 'curator', cause, docs: docsNaming(dataset, from) }];
}

/**
 * The records without `from`'s merge: it comes back on its own. An entity merged into `from`
 * stays merged into it (and so comes back with it).
 */
export function removeMerge(merges: readonly EntityMerge[], from: string): EntityMerge[] {
  return merges.filter((m) => m.from !== from);
}

/** The names, aliases, quotes and missing fields of `source` added to a copy of `target`. */
function absorbed(target: Entity, source: Entity): Entity {
  const names = new Set([target.name.en, target.name.fa, ...target.aliases]);
  const aliases = [...target.aliases];
  for (const alias of [source.name.en, source.name.fa, ...source.aliases])
    if (!names.has(alias)) {
      aliases.push(alias);
      names.add(alias);
    }
  const quotes = new Set(target.evidence.map((ev) => `${ev.doc}:${ev.start}:${ev.end}`));
  const evidence = [...target.evidence, ...source.evidence.filter((ev) => !quotes.has(`${ev.doc}:${ev.start}:${ev.end}`))];
  return {
    ...target,
    aliases,
    evidence,
    wikidata: target.wikidata ?? source.wikidata,
    country: target.country ?? source.country,
    description: target.description ?? source.description,
  };
}

/**
 * The dataset as the merges show it: each merged entity folded into its target (names become
 * aliases, quotes are added) and every reference to it renamed. Records naming an entity the
 * dataset lacks (a hidden document's) are skipped. The input is not changed.
 */
export function applyMerges(dataset: Dataset, merges: readonly EntityMerge[]): Dataset {
  if (merges.length === 0) return dataset;
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const live = merges.filter((m) => byId.has(m.from) && byId.has(m.into));
  if (live.length === 0) return dataset;
  const target = mergeTargets(live);
  const rename = (id: string) => target.get(id) ?? id;
  // Every target stands on its own (mergeProblem), so each merged entity folds into a kept one.
  const folded = new Map(dataset.entities.filter((e) => !target.has(e.id)).map((e) => [e.id, e]));
  for (const entity of dataset.entities) {
    const to = target.get(entity.id);
    if (to !== undefined) folded.set(to, absorbed(folded.get(to)!, entity));
  }
  const entities = dataset.entities
    .filter((e) => !target.has(e.id))
    .map((e) => folded.get(e.id)!)
    .map((e) => (e.country && target.has(e.country) ? { ...e, country: rename(e.country) } : e));
  return {
    ...dataset,
    entities,
    events: dataset.events.map((e) => ({
      ...e,
      place: e.place === undefined ? undefined : rename(e.place),
      participants: e.participants.map((p) => (target.has(p.entity) ? { ...p, entity: rename(p.entity) } : p)),
    })),
    relations: dataset.relations.map((r) => (target.has(r.source) || target.has(r.target) ? { ...r, source: rename(r.source), target: rename(r.target) } : r)),
  };
}

/** The merges that still hold in `dataset` (both ends known, no repeat, no cycle), from stored data. */
export function readMerges(raw: unknown, dataset: Pick<Dataset, 'entities'>): EntityMerge[] {
  if (!Array.isArray(raw)) return [];
  let out: EntityMerge[] = [];
  for (const item of raw) {
    const m = (typeof item === 'object' && item !== null ? item : {}) as Partial<EntityMerge>;
    if (typeof m.into !== 'string' || typeof m.from !== 'string' || (m.rule !== 'wikidata' && m.rule !== 'curator')) continue;
    if (mergeProblem(out, dataset.entities, m.into, m.from) !== null) continue;
    const docs = Array.isArray(m.docs) ? m.docs.filter((d): d is string => typeof d === 'string') : [];
    out = [...out, { into: m.into, from: m.from, rule: m.rule, cause: typeof m.cause === 'string' ? m.cause : '', docs }];
  }
  return out;
}

const pair = (x: string, y: string): PossiblySame => (x < y ? { a: x, b: y } : { a: y, b: x });
const samePair = (p: PossiblySame, q: PossiblySame) => p.a === q.a && p.b === q.b;

export function addPossiblySame(list: readonly PossiblySame[], x: string, y: string): PossiblySame[] {
  if (x === y) return [...list];
  const p = pair(x, y);
  return list.some((q) => samePair(p, q)) ? [...list] : [...list, p];
}

export function removePossiblySame(list: readonly PossiblySame[], x: string, y: string): PossiblySame[] {
  const p = pair(x, y);
  return list.filter((q) => !samePair(p, q));
}

/** The other entities a curator marked "possibly the same" as `id`. */
export function possiblySameAs(list: readonly PossiblySame[], id: string): string[] {
  return list.flatMap((p) => (p.a === id ? [p.b] : p.b === id ? [p.a] : []));
}

/** Pairs that still hold in `dataset` (both entities known, two different ones, no repeat). */
export function readPossiblySame(raw: unknown, dataset: Pick<Dataset, 'entities'>): PossiblySame[] {
  if (!Array.isArray(raw)) return [];
  const known = new Set(dataset.entities.map((e) => e.id));
  let out: PossiblySame[] = [];
  for (const item of raw) {
    const p = (typeof item === 'object' && item !== null ? item : {}) as Partial<PossiblySame>;
    if (typeof p.a === 'string' && typeof p.b === 'string' && known.has(p.a) && known.has(p.b)) out = addPossiblySame(out, p.a, p.b);
  }
  return out;
}
