// Paths between two actors, with events as connectors: a step is one fact that joins two actors,
// either a relation edge or an event both take part in (actor → event → actor). Paths are simple
// (no actor or event twice). Shortest paths come from two breadth-first searches; all paths up to
// k steps from a depth-first search pruned by the distance to the target, shortest first, capped.
// Pure: no React, no cytoscape.
import type { Subgraph } from './subgraph';

export const MAX_K = 4;
/** How many paths a query returns at most; past it the result says it was cut. */
export const PATH_CAP = 100;
/** Search effort (actor expansions) after which enumeration stops and says so. */
const WORK_CAP = 500_000;

export interface PathStep {
  from: string;
  to: string;
  /** The fact joining them: an event id or a relation id. */
  fact: string;
  /** The canvas edges the step runs along (one for a relation, two through an event). */
  edges: string[];
}

export interface Path {
  /** Actor ids, from the start to the end. */
  nodes: string[];
  steps: PathStep[];
}

export interface PathResult {
  /** Length in steps of the shortest path, or null when the two are not connected. */
  shortest: number | null;
  /** Paths up to k steps (and at least the shortest ones), shortest first. */
  paths: Path[];
  /** True when the cap cut the list. */
  truncated: boolean;
}

/** The steps one actor can take: to each other actor through each visible fact joining them. */
export function stepsFrom(sub: Subgraph, id: string): PathStep[] {
  const out: PathStep[] = [];
  for (const link of sub.adj.get(id) ?? []) {
    const edge = sub.model.edgeById.get(link.edge);
    if (!edge) continue;
    if (edge.type === 'relation') {
      if (sub.model.nodeById.get(link.to)?.type === 'entity') out.push({ from: id, to: link.to, fact: edge.factId, edges: [link.edge] });
      continue;
    }
    // A participation edge leads to an event; every other visible participant is one step away.
    const event = link.to;
    if (sub.model.nodeById.get(event)?.type !== 'event') continue;
    for (const back of sub.adj.get(event) ?? []) {
      if (back.to === id) continue;
      out.push({ from: id, to: back.to, fact: event, edges: [link.edge, back.edge] });
    }
  }
  return out;
}

/**
 * Actor-step distances from `start`, level by level, up to `limit` steps, stopping early once
 * `until` is reached and `stopAfter(level)` says no deeper level is needed. Walks the adjacency
 * directly (no step objects) since it is the hot loop of every path query.
 */
export function stepDistances(sub: Subgraph, start: string, limit = Infinity, until?: string, stopAfter?: (level: number) => number): Map<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  const eventSeen = new Set<string>();
  let frontier = [start];
  let last = limit;
  for (let d = 0; frontier.length > 0 && d < last; d++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const link of sub.adj.get(id) ?? []) {
        const node = sub.model.nodeById.get(link.to);
        if (node?.type === 'entity') {
          // A relation edge (an actor's links to actors are relations).
          if (dist.has(link.to)) continue;
          dist.set(link.to, d + 1);
          next.push(link.to);
        } else if (node && !eventSeen.has(link.to)) {
          // An event: every participant is one step on, and the event need not be crossed again.
          eventSeen.add(link.to);
          for (const back of sub.adj.get(link.to) ?? []) {
            if (dist.has(back.to)) continue;
            dist.set(back.to, d + 1);
            next.push(back.to);
          }
        }
      }
    frontier = next;
    if (until !== undefined && stopAfter && dist.has(until)) last = Math.min(last, stopAfter(dist.get(until) as number));
  }
  return dist;
}

/** The actors one step from `id` (through a relation or a shared event), each given once to `visit`. */
function forEachStepNeighbour(sub: Subgraph, id: string, visit: (to: string) => void): void {
  for (const link of sub.adj.get(id) ?? []) {
    const node = sub.model.nodeById.get(link.to);
    if (node?.type === 'entity') visit(link.to);
    else if (node) for (const back of sub.adj.get(link.to) ?? []) if (back.to !== id) visit(back.to);
  }
}

/**
 * Distances to `to` good enough to enumerate the shortest paths from `from`, found by a
 * bidirectional search (two balls of half the radius instead of one of the full radius): exact
 * distances inside the target's ball, and L − distance-from-source for the source-side actors that
 * lie on a shortest path. Null when the two are not connected.
 */
export function shortestDistances(sub: Subgraph, from: string, to: string): { length: number; toTarget: Map<string, number> } | null {
  const distA = new Map<string, number>([[from, 0]]);
  const distB = new Map<string, number>([[to, 0]]);
  let frontA = [from];
  let frontB = [to];
  let length = -1;
  while (length < 0 && frontA.length > 0 && frontB.length > 0) {
    // Grow the smaller side by one whole level; a node reached by both gives the length.
    const growA = frontA.length <= frontB.length;
    const [mine, other, front] = growA ? [distA, distB, frontA] : [distB, distA, frontB];
    const next: string[] = [];
    let best = Infinity;
    for (const id of front) {
      const d = (mine.get(id) as number) + 1;
      forEachStepNeighbour(sub, id, (n) => {
        if (mine.has(n)) return;
        mine.set(n, d);
        next.push(n);
        const o = other.get(n);
        if (o !== undefined && d + o < best) best = d + o;
      });
    }
    if (growA) frontA = next;
    else frontB = next;
    if (best < Infinity) length = best;
  }
  if (length < 0) return null;
  const toTarget = new Map(distB);
  // Source-side actors on a shortest path, from the far end of the ball back to the source.
  const byLevel: string[][] = [];
  for (const [id, d] of distA) (byLevel[d] ??= []).push(id);
  const good = new Set<string>();
  for (let level = byLevel.length - 1; level >= 0; level--)
    for (const id of byLevel[level] ?? []) {
      const b = distB.get(id);
      let ok = b !== undefined && level + b === length;
      if (!ok)
        forEachStepNeighbour(sub, id, (n) => {
          if (!ok && distA.get(n) === level + 1 && good.has(n)) ok = true;
        });
      if (ok) {
        good.add(id);
        if (!toTarget.has(id)) toTarget.set(id, length - level);
      }
    }
  return { length, toTarget };
}

/** Shortest paths and all simple paths up to k steps between two visible actors. */
export function findPaths(sub: Subgraph, from: string, to: string, k: number, cap = PATH_CAP): PathResult {
  if (!sub.nodes.has(from) || !sub.nodes.has(to) || from === to) return { shortest: null, paths: [], truncated: false };
  const wanted = Math.min(k, MAX_K);
  const found = shortestDistances(sub, from, to);
  if (!found) return { shortest: null, paths: [], truncated: false };
  const shortest = found.length;
  const maxLen = Math.max(shortest, wanted);
  // Longer paths than the shortest need exact distances to the target, up to k − 1 steps (k ≤ 4).
  const toTarget = maxLen > shortest ? stepDistances(sub, to, maxLen) : found.toTarget;
  const paths: Path[] = [];
  let truncated = false;
  let work = 0;
  const onPath = new Set<string>([from]);
  const stack: PathStep[] = [];

  // Paths of exactly `left` more steps from `at`, never through an actor or event already used.
  const walk = (at: string, left: number): void => {
    if (truncated) return;
    if (left === 0) {
      if (at !== to) return;
      // One more path than the cap allows: the list is cut, and says so.
      if (paths.length >= cap) truncated = true;
      else paths.push({ nodes: [from, ...stack.map((s) => s.to)], steps: [...stack] });
      return;
    }
    if (++work > WORK_CAP) {
      truncated = true;
      return;
    }
    for (const step of stepsFrom(sub, at)) {
      const d = toTarget.get(step.to);
      if (d === undefined || d > left - 1 || onPath.has(step.to) || onPath.has(step.fact)) continue;
      if (step.to === to && left > 1) continue;
      onPath.add(step.to);
      onPath.add(step.fact);
      stack.push(step);
      walk(step.to, left - 1);
      stack.pop();
      onPath.delete(step.to);
      onPath.delete(step.fact);
      if (truncated) return;
    }
  };
  for (let len = shortest; len <= maxLen; len++) {
    walk(from, len);
    if (truncated) break;
  }
  return { shortest, paths, truncated };
}

/** Every node and edge on a set of paths (events included), for highlighting. */
export function pathElements(paths: Path[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths) {
    for (const id of path.nodes) nodes.add(id);
    for (const step of path.steps) {
      for (const e of step.edges) edges.add(e);
      if (step.edges.length === 2) nodes.add(step.fact);
    }
  }
  return { nodes, edges };
}
