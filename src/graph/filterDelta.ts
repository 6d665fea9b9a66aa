// A filter change that shows or hides event or relation kinds, applied to the visibility before it
// instead of recomputed over the whole graph. At 100k a full computeVisibility took ~36 ms and made
// two new sets of every shown id; toggling one kind touches only that kind's facts, their nodes and
// their edges. Same result as computeVisibility (filterDelta.test.ts compares them on random graphs
// and toggles); anything else that changed falls back to it.
import { entityCounts, factPlan, factTest, visibilityCounts, type Filters, type Plan, type PlannedFact, type TimeFilter, type VisibilityChange, type VisibilityCounts } from './filter';
import type { GraphEdge, GraphModel } from './model';
import { OverlaySet } from './overlaySet';

/** A visibility and the inputs it was computed from; its `refs` belong to it and change with the next update. */
export interface VisibilityState extends VisibilityCounts {
  model: GraphModel;
  filters: Filters;
  time: TimeFilter;
  grades: Map<string, string> | undefined;
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  if (a === b) return true;
  const inA = new Set(a);
  const inB = new Set(b);
  return inA.size === inB.size && [...inA].every((x) => inB.has(x));
};
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
/** The kinds in one list and not the other. */
const toggled = (a: readonly string[], b: readonly string[]) => {
  const inA = new Set(a);
  const inB = new Set(b);
  return new Set([...a.filter((k) => !inB.has(k)), ...b.filter((k) => !inA.has(k))]);
};

/** Whether `next` differs from `prev` only in the event and relation kinds it hides. */
function onlyKindsChanged(prev: VisibilityState, model: GraphModel, filters: Filters, time: TimeFilter, grades: Map<string, string> | undefined): boolean {
  const a = prev.filters;
  return (
    prev.model === model &&
    prev.time === time &&
    // A grades map is made anew for each computation: only its absence compares.
    prev.grades === undefined &&
    grades === undefined &&
    sameList(a.countries, filters.countries) &&
    (a.countryMode ?? 'involving') === (filters.countryMode ?? 'involving') &&
    (a.minOrigins ?? 1) === (filters.minOrigins ?? 1) &&
    a.minGrade === filters.minGrade &&
    sameSet(a.hiddenEntityKinds, filters.hiddenEntityKinds)
  );
}

// The plan's facts by kind ('e:' events, 'r:' relations), made on the first toggle: scanning every
// fact for its kind was 4–5 ms at 100k (a pointer chase per fact), for a few thousand of them.
const kindIndex = new WeakMap<Plan, Map<string, PlannedFact[]>>();
function factsByKind(plan: Plan): Map<string, PlannedFact[]> {
  let index = kindIndex.get(plan);
  if (!index) {
    index = new Map();
    for (const fact of [...plan.events, ...plan.relations]) {
      const key = `${fact.isEvent ? 'e' : 'r'}:${fact.fact.kind}`;
      const list = index.get(key);
      if (list) list.push(fact);
      else index.set(key, [fact]);
    }
    kindIndex.set(plan, index);
  }
  return index;
}

/**
 * The visibility for `filters` and `time`: from `prev` when only hidden event or relation kinds
 * changed, else computed afresh. `prev` must not be used afterwards (its counts are moved on).
 */
export function updateVisibility(prev: VisibilityState | null, model: GraphModel, filters: Filters, time: TimeFilter, grades?: Map<string, string>): VisibilityState {
  if (prev && onlyKindsChanged(prev, model, filters, time, grades)) {
    const next = applyKindToggle(prev, filters);
    if (next) return next;
  }
  return { ...visibilityCounts(model, filters, time, grades), model, filters, time, grades };
}

/**
 * Each fact of a toggled kind whose visibility changes moves its nodes' counts up or down; a node
 * whose count leaves or reaches zero is added or removed. Only such a fact's edges can change: every
 * edge joins its own fact's nodes (an event and its entities, or a relation's two entities), and a
 * node a visible fact counts stays shown while the fact does. Null when the plan has a fact without
 * a node index (not from buildGraphModel): the caller recomputes.
 */
function applyKindToggle(prev: VisibilityState, filters: Filters): VisibilityState | null {
  const { model, time } = prev;
  const plan = factPlan(model);
  const events = toggled(prev.filters.hiddenEventKinds, filters.hiddenEventKinds);
  const relations = toggled(prev.filters.hiddenRelationKinds, filters.hiddenRelationKinds);
  // A fact of a toggled kind was hidden by its kind before or is now, so its visibility changes
  // when it passes every other filter, to its kind's new state: one test per fact, with its kind shown.
  const hidden = { event: new Set(filters.hiddenEventKinds), relation: new Set(filters.hiddenRelationKinds) };
  const passesOthers = factTest(model, { ...filters, hiddenEventKinds: [], hiddenRelationKinds: [] }, time);
  const changed: Array<[PlannedFact, boolean]> = [];
  const byKind = factsByKind(plan);
  for (const [kinds, isEvent] of [[events, true], [relations, false]] as const) {
    for (const kind of kinds) {
      const now = !(isEvent ? hidden.event : hidden.relation).has(kind);
      for (const fact of byKind.get(`${isEvent ? 'e' : 'r'}:${kind}`) ?? []) if (passesOthers(fact)) changed.push([fact, now]);
    }
  }
  // Ends without a node index are looked up by id in the full computation: leave such plans to it.
  const unindexed = (fact: PlannedFact) => (fact.isEvent && fact.eventIndex < 0) || fact.edges.some((_, k) => (plan.edgeEnds[fact.edgeAt + 2 * k] as number) < 0 || (plan.edgeEnds[fact.edgeAt + 2 * k + 1] as number) < 0);
  if (changed.some(([fact]) => unindexed(fact))) return null;
  const { refs } = prev;
  const counts = entityCounts(filters);
  const flipped: Array<[string, number]> = [];
  const bump = (id: string, index: number, by: number) => {
    const was = refs[index] as number;
    refs[index] = was + by;
    if (was === 0 || was + by === 0) flipped.push([id, index]);
  };
  for (const [fact, now] of changed) {
    const by = now ? 1 : -1;
    if (fact.isEvent) bump(fact.fact.id, fact.eventIndex, by);
    const { entityIds, entityNodes, entityAt } = fact;
    for (let i = 0; i < entityIds.length; i++) {
      const index = plan.entityNode[entityAt + i] as number;
      if (counts(entityNodes[i]) && index >= 0) bump(entityIds[i] as string, index, by);
    }
  }
  const change: VisibilityChange = { from: prev.visibility, nodesOn: [], nodesOff: [], edgesOn: [], edgesOff: [] };
  const was = prev.visibility;
  for (const [id, index] of flipped) {
    const on = (refs[index] as number) > 0;
    // A node counted up and down again in this change is listed once, as it ends.
    if (on !== was.nodes.has(id)) (on ? change.nodesOn : change.nodesOff).push(id);
  }
  // Every index of a changed fact's nodes is known (checked above).
  const shown = (index: number) => index >= 0 && (refs[index] as number) > 0;
  for (const [fact, now] of changed) {
    const { edges: factEdges, edgeAt } = fact;
    for (let k = 0; k < factEdges.length; k++) {
      const id = (factEdges[k] as GraphEdge).id;
      const ends = edgeAt + 2 * k;
      const on = now && shown(plan.edgeEnds[ends] as number) && shown(plan.edgeEnds[ends + 1] as number);
      if (on !== was.edges.has(id)) (on ? change.edgesOn : change.edgesOff).push(id);
    }
  }
  // The visibility before keeps no change of its own: a chain of them would keep every toggle's ids.
  delete was.change;
  const nodes = OverlaySet.patch(was.nodes, change.nodesOn, change.nodesOff);
  const edges = OverlaySet.patch(was.edges, change.edgesOn, change.edgesOff);
  return { visibility: { nodes, edges, change }, refs, model, filters, time, grades: undefined };
}
