// Topological filters on what is visible: a minimum actor degree and the main component only.
// Both are linear and run on the main thread as part of the visibility the canvas applies.
import type { Visibility } from '../graph/filter';
import { buildProjection, projectionDegree } from './projection';
import { buildSubgraph, inducedEdges, isEvent, type Subgraph } from './subgraph';

/** Keeps actors joined to at least `min` other actors, and the events still touching one of them. */
export function minDegreeFilter(sub: Subgraph, min: number): Set<string> {
  const degree = projectionDegree(buildProjection(sub));
  const keep = new Set<string>();
  for (const [id, d] of degree) if (d >= min) keep.add(id);
  for (const id of sub.nodes) {
    if (!isEvent(sub, id)) continue;
    if ((sub.adj.get(id) ?? []).some((l) => keep.has(l.to))) keep.add(id);
  }
  return keep;
}

/** The nodes of the largest connected component (ties: the one found first). */
export function mainComponent(sub: Subgraph): Set<string> {
  const seen = new Set<string>();
  let best: string[] = [];
  for (const start of sub.nodes) {
    if (seen.has(start)) continue;
    const comp = [start];
    seen.add(start);
    for (let i = 0; i < comp.length; i++)
      for (const link of sub.adj.get(comp[i] as string) ?? [])
        if (!seen.has(link.to)) {
          seen.add(link.to);
          comp.push(link.to);
        }
    if (comp.length > best.length) best = comp;
  }
  return new Set(best);
}

/** Restricts a visibility to a node set, keeping the edges among those nodes. */
export function restrict(sub: Subgraph, nodes: Set<string>): Visibility {
  return { nodes, edges: inducedEdges(sub, nodes) };
}

export interface TopologyOptions {
  minDegree: number;
  mainOnly: boolean;
}

export function applyTopology(sub: Subgraph, opts: TopologyOptions): Subgraph {
  let current = sub;
  if (opts.minDegree > 0) current = buildSubgraph(sub.model, restrict(current, minDegreeFilter(current, opts.minDegree)));
  if (opts.mainOnly) current = buildSubgraph(sub.model, restrict(current, mainComponent(current)));
  return current;
}
