// The visible part of the graph model as adjacency lists, the shape every analysis walks.
// Pure: built from the model and a Visibility (filters and time window already applied).
import type { Visibility } from '../graph/filter';
import type { GraphModel } from '../graph/model';

export interface Link {
  /** The neighbour's node id. */
  to: string;
  /** The edge id joining them. */
  edge: string;
}

export interface Subgraph {
  model: GraphModel;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Node id → its visible links (both directions; the model's edges are drawn undirected here). */
  adj: Map<string, Link[]>;
}

export function buildSubgraph(model: GraphModel, visibility: Visibility): Subgraph {
  const adj = new Map<string, Link[]>();
  for (const id of visibility.nodes) adj.set(id, []);
  for (const edgeId of visibility.edges) {
    const edge = model.edgeById.get(edgeId);
    if (!edge) continue;
    const a = adj.get(edge.source);
    const b = adj.get(edge.target);
    if (!a || !b) continue;
    a.push({ to: edge.target, edge: edgeId });
    b.push({ to: edge.source, edge: edgeId });
  }
  return { model, nodes: visibility.nodes, edges: visibility.edges, adj };
}

export function isEvent(sub: Subgraph, id: string): boolean {
  return sub.model.nodeById.get(id)?.type === 'event';
}

/** The visible edges among a set of nodes: what a neighbourhood or a filter leaves drawn. */
export function inducedEdges(sub: Subgraph, nodes: Set<string>): Set<string> {
  const edges = new Set<string>();
  for (const id of nodes) for (const link of sub.adj.get(id) ?? []) if (nodes.has(link.to)) edges.add(link.edge);
  return edges;
}
