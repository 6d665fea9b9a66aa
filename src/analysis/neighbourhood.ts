// Ego neighbourhoods. With events as connectors (the default), actor → event → actor is one step:
// a participation edge costs half a step and a relation edge a whole one, so depth 1 around an
// actor is its events, their other participants and its direct relations. Raw hops count every
// edge as a step. Pure; O(visible nodes + edges) per call.
import { inducedEdges, isEvent, type Subgraph } from './subgraph';

export type HopMode = 'connectors' | 'raw';

export interface Neighbourhood {
  nodes: Set<string>;
  edges: Set<string>;
  /** Node id → distance from the nearest centre in steps (rounded up in connector mode). */
  distance: Map<string, number>;
}

/**
 * Nodes within `depth` steps of any of `centres`. Distances are counted in half-steps and the
 * search is a bucket queue (costs are 1 or 2 half-steps), so it stays linear.
 */
export function neighbourhood(sub: Subgraph, centres: string[], depth: number, mode: HopMode = 'connectors'): Neighbourhood {
  const limit = mode === 'raw' ? depth : depth * 2;
  const dist = new Map<string, number>();
  const buckets: string[][] = [[]];
  for (const c of centres) {
    if (!sub.nodes.has(c)) continue;
    dist.set(c, 0);
    buckets[0]?.push(c);
  }
  for (let d = 0; d < buckets.length && d <= limit; d++) {
    const bucket = buckets[d] ?? [];
    for (let i = 0; i < bucket.length; i++) {
      const id = bucket[i] as string;
      if (dist.get(id) !== d) continue;
      for (const link of sub.adj.get(id) ?? []) {
        const edge = sub.model.edgeById.get(link.edge);
        const cost = mode === 'raw' ? 1 : edge?.type === 'participation' ? 1 : 2;
        const next = d + cost;
        if (next > limit) continue;
        const known = dist.get(link.to);
        if (known !== undefined && known <= next) continue;
        dist.set(link.to, next);
        (buckets[next] ??= []).push(link.to);
      }
    }
  }
  const nodes = new Set<string>();
  const distance = new Map<string, number>();
  for (const [id, d] of dist) {
    // In connector mode an event reached at the very edge would hang there without its other
    // participants (only when the centre is itself an event): leave it out.
    if (mode === 'connectors' && d === limit && d > 0 && isEvent(sub, id)) continue;
    nodes.add(id);
    distance.set(id, mode === 'raw' ? d : Math.ceil(d / 2));
  }
  return { nodes, edges: inducedEdges(sub, nodes), distance };
}
