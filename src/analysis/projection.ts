// The actor graph the metrics run on: actors joined when a visible fact (a relation, or an event
// both take part in) connects them, weighted by how many facts do. Events are connectors here, as
// in paths, so an actor's degree is how many other actors the facts tie it to. The visible graph is
// first flattened into typed arrays (cheap, on the main thread) so the projection itself can be
// built in a worker. Pure.
import type { Subgraph } from './subgraph';

/** The visible graph as flat arrays: node ids, which are events, and edges as index pairs. */
export interface CompactGraph {
  ids: string[];
  isEvent: Uint8Array;
  /** Pairs of node indices, one per visible edge. */
  edges: Int32Array;
}

export interface Projection {
  /** Actor ids. */
  nodes: string[];
  /** [index a, index b, weight] with a < b, one per connected pair. */
  edges: Array<[number, number, number]>;
}

export function compactSubgraph(sub: Subgraph): CompactGraph {
  const ids = [...sub.nodes];
  const index = new Map(ids.map((id, i) => [id, i]));
  const isEvent = new Uint8Array(ids.length);
  ids.forEach((id, i) => (isEvent[i] = sub.model.nodeById.get(id)?.type === 'event' ? 1 : 0));
  const edges = new Int32Array(sub.edges.size * 2);
  let n = 0;
  for (const edgeId of sub.edges) {
    const edge = sub.model.edgeById.get(edgeId);
    const a = edge ? index.get(edge.source) : undefined;
    const b = edge ? index.get(edge.target) : undefined;
    if (a === undefined || b === undefined) continue;
    edges[n++] = a;
    edges[n++] = b;
  }
  return { ids, isEvent, edges: edges.subarray(0, n) };
}

export function projectCompact(g: CompactGraph): Projection {
  const actorIndex = new Int32Array(g.ids.length).fill(-1);
  const nodes: string[] = [];
  g.ids.forEach((id, i) => {
    if (!g.isEvent[i]) {
      actorIndex[i] = nodes.length;
      nodes.push(id);
    }
  });
  const weights = new Map<number, number>();
  const n = nodes.length;
  const add = (x: number, y: number) => {
    if (x === y) return;
    const key = x < y ? x * n + y : y * n + x;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  };
  // Each event joins every pair of its (distinct) actors once; each relation joins its two ends.
  const eventActors = new Map<number, Set<number>>();
  for (let i = 0; i < g.edges.length; i += 2) {
    const a = g.edges[i] as number;
    const b = g.edges[i + 1] as number;
    if (g.isEvent[a] || g.isEvent[b]) {
      const [ev, actor] = g.isEvent[a] ? [a, b] : [b, a];
      if (g.isEvent[actor]) continue;
      let set = eventActors.get(ev);
      if (!set) eventActors.set(ev, (set = new Set()));
      set.add(actorIndex[actor] as number);
    } else add(actorIndex[a] as number, actorIndex[b] as number);
  }
  for (const set of eventActors.values()) {
    const list = [...set];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) add(list[i] as number, list[j] as number);
  }
  const edges: Array<[number, number, number]> = [];
  for (const [key, w] of weights) edges.push([Math.floor(key / n), key % n, w]);
  return { nodes, edges };
}

export function buildProjection(sub: Subgraph): Projection {
  return projectCompact(compactSubgraph(sub));
}

/** Actor degree in the projection: the number of distinct actors joined by a fact. */
export function projectionDegree(p: Projection): Map<string, number> {
  const deg = new Array<number>(p.nodes.length).fill(0);
  for (const [a, b] of p.edges) {
    deg[a] = (deg[a] ?? 0) + 1;
    deg[b] = (deg[b] ?? 0) + 1;
  }
  return new Map(p.nodes.map((id, i) => [id, deg[i] ?? 0]));
}
