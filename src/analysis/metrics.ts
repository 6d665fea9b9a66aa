// Centrality and communities on the actor projection, with graphology's well-kept implementations
// (degree, Brandes betweenness, PageRank, Louvain). Imported only by the analysis worker and the
// tests, so graphology never lands in the first screen's chunk. Pure.
import { UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import louvain from 'graphology-communities-louvain';
import type { Projection } from './projection';

import { BETWEENNESS_CAP, type SizeBy } from './measures';

export { BETWEENNESS_CAP, SIZE_BY, type SizeBy } from './measures';

export function toGraphology(p: Projection): UndirectedGraph {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const id of p.nodes) graph.addNode(id);
  for (const [a, b, w] of p.edges) graph.addEdge(p.nodes[a] as string, p.nodes[b] as string, { weight: w });
  return graph;
}

export function centrality(graph: UndirectedGraph, by: Exclude<SizeBy, 'none'>): Record<string, number> {
  if (by === 'degree') {
    const out: Record<string, number> = {};
    graph.forEachNode((id) => (out[id] = graph.degree(id)));
    return out;
  }
  if (by === 'betweenness') {
    if (graph.order > BETWEENNESS_CAP) throw new Error(`betweenness is limited to ${BETWEENNESS_CAP} actors`);
    return betweenness(graph, { getEdgeWeight: null, normalized: true });
  }
  return pagerank(graph, { getEdgeWeight: 'weight' });
}

/** Louvain communities (node id → community number), seeded so the same graph gives the same groups. */
export function communities(graph: UndirectedGraph, seed = 1): Record<string, number> {
  let s = seed;
  const rng = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  if (graph.size === 0) {
    const out: Record<string, number> = {};
    let i = 0;
    graph.forEachNode((id) => (out[id] = i++));
    return out;
  }
  return louvain(graph, { getEdgeWeight: 'weight', rng });
}

/** Numbers communities by size, largest first, so colours are stable and the biggest get the first. */
export function rankCommunities(raw: Record<string, number>): Record<string, number> {
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  const out: Record<string, number> = {};
  for (const [id, c] of Object.entries(raw)) out[id] = rank.get(c) ?? 0;
  return out;
}
