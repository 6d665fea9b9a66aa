// Which nodes and edges a set of filters and a time window leave visible. Pure; the canvas
// turns the result into class toggles, never into a rebuild.
import { intersectsWindow } from '../domain/dates';
import { independentOrigins } from '../domain/corroboration';
import { meetsGrade } from '../domain/grades';
import type { FuzzyDate } from '../domain/schema';
import { dateOn, reportedDates, type Clock } from './clock';
import type { GraphEdge, GraphModel, GraphNode } from './model';

export interface Filters {
  /** Country ids; empty means every country. */
  countries: string[];
  hiddenEntityKinds: string[];
  hiddenEventKinds: string[];
  hiddenRelationKinds: string[];
  /**
   * What choosing a country shows: 'involving' (the default) keeps every fact that involves it and
   * the counterparts of those facts; 'own' keeps only the country's own actors and the facts
   * among them.
   */
  countryMode?: CountryMode;
  /** Only facts supported by at least this many independent origins (absent or 1: every fact). */
  minOrigins?: number;
  /** Only facts graded at least this well on both Admiralty axes, e.g. "B2" (absent: every fact). */
  minGrade?: string;
}

// Origin counts once per model (a filter change does not recount them).
const originCache = new WeakMap<GraphModel, Map<string, number>>();
export function originCounts(model: GraphModel): Map<string, number> {
  let counts = originCache.get(model);
  if (!counts) {
    counts = independentOrigins(model.dataset);
    originCache.set(model, counts);
  }
  return counts;
}

// First-reported dates once per model, for the reported clock.
const reportedCache = new WeakMap<GraphModel, Map<string, FuzzyDate>>();
export function reportedOf(model: GraphModel): Map<string, FuzzyDate> {
  let dates = reportedCache.get(model);
  if (!dates) {
    dates = reportedDates(model.dataset);
    reportedCache.set(model, dates);
  }
  return dates;
}

/** A fact with what the visibility rule reads about it, resolved once per model: a filter change
 * at 100k then walks arrays instead of doing ~200k Map lookups by id (a third of its time). The
 * model's own node and edge objects are referenced, not copied, so the plan is cheap to make. */
export interface PlannedFact {
  fact: GraphModel['dataset']['events'][number] | GraphModel['dataset']['relations'][number];
  isEvent: boolean;
  /** Its index in model.nodes when it is an event (-1 otherwise). */
  eventIndex: number;
  /** Its entities' ids, and their nodes at the same index (undefined: no such node, never shown). */
  entityIds: readonly string[];
  entityNodes: Array<GraphNode | undefined>;
  /** Where its entities' node indices start in the plan's `entityNode`. */
  entityAt: number;
  /** Its edges that exist in the model. */
  edges: GraphEdge[];
  /** Where its edges' end node indices (source, target) start in the plan's `edgeEnds`. */
  edgeAt: number;
}
/** Node indices are model.nodes indices, -1 where there is no such node; in a few flat arrays, not
 * one per fact (a typed array each would have cost ~6 MB more heap at 100k). */
export interface Plan {
  events: PlannedFact[];
  relations: PlannedFact[];
  /** Per dataset entity, its node's index. */
  entityIndex: Int32Array;
  /** Every fact's entities' node indices, from each fact's `entityAt`. */
  entityNode: Int32Array;
  /** Every fact's edges' source and target node indices, from each fact's `edgeAt`. */
  edgeEnds: Int32Array;
}
const planCache = new WeakMap<GraphModel, Plan>();
export function factPlan(model: GraphModel): Plan {
  let plan = planCache.get(model);
  if (plan) return plan;
  const index = new Map<string, number>();
  model.nodes.forEach((node, i) => index.set(node.id, i));
  const at = (id: string) => index.get(id) ?? -1;
  const entityNode: number[] = [];
  const edgeEnds: number[] = [];
  const planned = (fact: PlannedFact['fact']): PlannedFact => {
    const entityIds = model.factEntities.get(fact.id) ?? [];
    const edges: GraphEdge[] = [];
    for (const id of model.factEdges.get(fact.id) ?? []) {
      const edge = model.edgeById.get(id);
      if (edge) edges.push(edge);
    }
    const isEvent = model.eventById.has(fact.id);
    const entityAt = entityNode.length;
    for (const id of entityIds) entityNode.push(at(id));
    const edgeAt = edgeEnds.length;
    for (const edge of edges) edgeEnds.push(at(edge.source), at(edge.target));
    return { fact, isEvent, eventIndex: isEvent ? at(fact.id) : -1, entityIds, entityNodes: entityIds.map((id) => model.nodeById.get(id)), entityAt, edges, edgeAt };
  };
  const events = model.dataset.events.map(planned);
  const relations = model.dataset.relations.map(planned);
  plan = {
    events,
    relations,
    entityIndex: Int32Array.from(model.dataset.entities, (entity) => at(entity.id)),
    entityNode: Int32Array.from(entityNode),
    edgeEnds: Int32Array.from(edgeEnds),
  };
  planCache.set(model, plan);
  return plan;
}

export type CountryMode = 'involving' | 'own';

export interface TimeFilter {
  /** UTC ms, half-open [start, end); null means no window. */
  window: { start: number; end: number } | null;
  showUndated: boolean;
  /** Which date the window reads: when a fact happened (absent: the default) or was first reported. */
  clock?: Clock;
}

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Set when this visibility was made from `from` by a kind toggle: what it shows and hides more (filterDelta.ts). */
  change?: VisibilityChange;
}

export interface VisibilityChange {
  from: Visibility;
  nodesOn: string[];
  nodesOff: string[];
  edgesOn: string[];
  edgesOff: string[];
}

export const EMPTY_FILTERS: Filters = { countries: [], hiddenEntityKinds: [], hiddenEventKinds: [], hiddenRelationKinds: [] };
export const NO_TIME_FILTER: TimeFilter = { window: null, showUndated: true };

/** Whether a fact's date passes the time filter. Facts without a date are timeless (relations). */
export function passesTime(date: FuzzyDate | undefined, time: TimeFilter, timeless: boolean): boolean {
  if (!date) return timeless || time.showUndated;
  if (!time.window) return date.precision !== 'unknown' || time.showUndated;
  const hit = intersectsWindow(date, time.window);
  return hit === null ? time.showUndated : hit;
}

export function isFiltering(filters: Filters, time: TimeFilter): boolean {
  return filters.countries.length > 0 || time.window !== null || !time.showUndated || (filters.minOrigins ?? 1) > 1 || filters.minGrade !== undefined;
}

/**
 * The rule: a fact (event or relation) is visible when its kind is shown, its date passes the time
 * filter and, if countries are chosen, it involves one of them directly or through an affiliated
 * actor, and (with `minOrigins`) enough independent origins support it. The entities of visible
 * facts (the counterparts) are visible. When nothing narrows the
 * view by country or time, every entity of a shown kind is visible, linked or not.
 */
export function computeVisibility(model: GraphModel, filters: Filters, time: TimeFilter, grades?: Map<string, string>): Visibility {
  return visibilityCounts(model, filters, time, grades).visibility;
}

/** A visibility with what an incremental update needs (filterDelta.ts); the arrays are the caller's to change. */
export interface VisibilityCounts {
  visibility: Visibility;
  /** Per node index: how many things show it (visible facts, the unfiltered baseline, a chosen country). */
  refs: Int32Array;
}

/** Whether a planned fact passes every filter but the entity kinds (its own kind, country, origins, grade, time). */
export function factTest(model: GraphModel, filters: Filters, time: TimeFilter, grades?: Map<string, string>): (fact: PlannedFact) => boolean {
  const hiddenEvent = new Set(filters.hiddenEventKinds);
  const hiddenRelation = new Set(filters.hiddenRelationKinds);
  let countryFacts: Set<string> | null = null;
  if (filters.countries.length > 0) {
    countryFacts = new Set();
    for (const c of filters.countries) for (const f of model.countryFacts.get(c) ?? []) countryFacts.add(f);
  }
  const minOrigins = filters.minOrigins ?? 1;
  const origins = minOrigins > 1 ? originCounts(model) : null;
  const minGrade = filters.minGrade && grades ? filters.minGrade : null;
  const tooFew = (id: string) =>
    (origins !== null && (origins.get(id) ?? 0) < minOrigins) || (minGrade !== null && !meetsGrade(grades?.get(id) ?? 'F6', minGrade));
  const clock = time.clock ?? 'happened';
  const reported = clock === 'reported' ? reportedOf(model) : new Map<string, FuzzyDate>();
  return ({ fact, isEvent }) =>
    !(isEvent ? hiddenEvent : hiddenRelation).has(fact.kind) &&
    !(countryFacts && !countryFacts.has(fact.id)) &&
    !tooFew(fact.id) &&
    passesTime(dateOn(clock, fact, reported), time, !isEvent);
}

/** The node counts of an entity of a visible fact (its kind shown and, in 'own' mode, one of the chosen countries' actors). */
export function entityCounts(filters: Filters): (node: GraphNode | undefined) => boolean {
  const hiddenEntity = new Set(filters.hiddenEntityKinds);
  const own = filters.countryMode === 'own' && filters.countries.length > 0 ? new Set(filters.countries) : null;
  return (node) => node !== undefined && !hiddenEntity.has(node.kind) && (!own || own.has(node.country ?? ''));
}

export function visibilityCounts(model: GraphModel, filters: Filters, time: TimeFilter, grades?: Map<string, string>): VisibilityCounts {
  const hiddenEntity = new Set(filters.hiddenEntityKinds);
  const passes = factTest(model, filters, time, grades);
  const plan = factPlan(model);
  const visibleFacts: PlannedFact[] = [];
  for (const fact of plan.events) if (passes(fact)) visibleFacts.push(fact);
  for (const fact of plan.relations) if (passes(fact)) visibleFacts.push(fact);

  // Each node is added to the set once: a count per node index (the same ids in the same order as
  // adding every occurrence, without hashing each id again; at 100k the set took ~125k adds for ~64k nodes).
  const nodes = new Set<string>();
  const refs = new Int32Array(model.nodes.length);
  const add = (id: string, index: number) => {
    if (index < 0) nodes.add(id);
    else if ((refs[index] = (refs[index] as number) + 1) === 1) nodes.add(id);
  };
  const entityShown = (id: string) => {
    const node = model.nodeById.get(id);
    return node !== undefined && !hiddenEntity.has(node.kind);
  };
  if (!isFiltering(filters, time)) {
    const { entities } = model.dataset;
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i] as (typeof entities)[number];
      if (!hiddenEntity.has(entity.kind)) add(entity.id, plan.entityIndex[i] as number);
    }
  }
  // A chosen country counts once (a scan per country: a few, and no per-node index kept for it).
  for (const c of filters.countries) if (entityShown(c)) add(c, model.nodes.findIndex((node) => node.id === c));
  const counts = entityCounts(filters);
  for (const fact of visibleFacts) {
    if (fact.isEvent) add(fact.fact.id, fact.eventIndex);
    const { entityIds, entityNodes, entityAt } = fact;
    for (let i = 0; i < entityIds.length; i++) if (counts(entityNodes[i])) add(entityIds[i] as string, plan.entityNode[entityAt + i] as number);
  }
  // A node added by id alone (no node index) has no count: ask the set for those.
  const isShown = (id: string, index: number) => (index >= 0 && (refs[index] as number) > 0) || nodes.has(id);
  const edges = new Set<string>();
  for (const fact of visibleFacts) {
    const { edges: factEdges, edgeAt } = fact;
    for (let k = 0; k < factEdges.length; k++) {
      const edge = factEdges[k] as GraphEdge;
      const ends = edgeAt + 2 * k;
      if (isShown(edge.source, plan.edgeEnds[ends] as number) && isShown(edge.target, plan.edgeEnds[ends + 1] as number)) edges.add(edge.id);
    }
  }
  return { visibility: { nodes, edges }, refs };
}

/**
 * Per country, how many nodes choosing it alone would show (kind and time filters aside): the same
 * unit as the toolbar's "n of N nodes shown". Linear in the country's facts, not in the graph.
 */
export function countryCounts(model: GraphModel, mode: CountryMode = 'involving'): Array<{ id: string; count: number }> {
  return [...model.countryFacts]
    .filter(([id]) => model.entityById.get(id)?.kind === 'country')
    .map(([id, facts]) => {
      const nodes = new Set<string>([id]);
      for (const factId of facts) {
        if (model.eventById.has(factId)) nodes.add(factId);
        for (const entityId of model.factEntities.get(factId) ?? [])
          if (mode === 'involving' || model.nodeById.get(entityId)?.country === id) nodes.add(entityId);
      }
      return { id, count: nodes.size };
    })
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
