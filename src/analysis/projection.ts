// The actor graph the metrics run on: actors joined when a visible fact (a relation, or an event
// both take part in) connects them, weighted by how many facts do. Events are connectors here, as
// in paths, so an actor's degree is how many other actors the facts tie it to. Plain arrays, so it
// crosses to a worker cheaply. Pure.
import { stepsFrom } from './paths';
import type { Subgraph } from './subgraph';

export interface Projection {
  nodes: string[];
  /** [index a, index b, weight] with a < b, one per connected pair. */
  edges: Array<[number, number, number]>;
}

export function buildProjection(sub: Subgraph): Projection {
  const nodes: string[] = [];
  const index = new Map<string, number>();
  for (const id of sub.nodes)
    if (sub.model.nodeById.get(id)?.type === 'entity') {
      index.set(id, nodes.length);
      nodes.push(id);
    }
  const edges: Array<[number, number, number]> = [];
  nodes.forEach((id, a) => {
    // Count each fact once per pair (a relation and an event reach the same neighbour separately).
    const facts = new Map<number, Set<string>>();
    for (const step of stepsFrom(sub, id)) {
      const b = index.get(step.to);
      if (b === undefined || b <= a) continue;
      let set = facts.get(b);
      if (!set) facts.set(b, (set = new Set()));
      set.add(step.fact);
    }
    for (const [b, set] of facts) edges.push([a, b, set.size]);
  });
  return { nodes, edges };
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
