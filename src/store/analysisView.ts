// Derived analysis data, each computed once per change of its own inputs (single-entry memos):
// the visible subgraph after the topological filters, the focus neighbourhood, the final
// visibility the canvas applies, and the paths. When no analysis is active the base visibility
// passes through untouched, so filtering a large graph costs nothing extra.
import { neighbourhood, type Neighbourhood } from '../analysis/neighbourhood';
import { findPaths, pathElements, type PathResult } from '../analysis/paths';
import { buildSubgraph, inducedEdges, type Subgraph } from '../analysis/subgraph';
import { applyTopology } from '../analysis/topology';
import type { Visibility } from '../graph/filter';
import type { GraphModel } from '../graph/model';
import type { AnalysisState } from './analysis';

interface Input {
  model: GraphModel | null;
  analysis: AnalysisState;
}

function memo<K extends unknown[], V>(fn: (...args: K) => V): (...args: K) => V {
  let keys: K | null = null;
  let value: V;
  return (...args: K) => {
    if (!keys || keys.length !== args.length || keys.some((k, i) => k !== args[i])) {
      value = fn(...args);
      keys = args;
    }
    return value;
  };
}

const topoSub = memo((model: GraphModel, base: Visibility, minDegree: number, mainOnly: boolean): Subgraph =>
  applyTopology(buildSubgraph(model, base), { minDegree, mainOnly }),
);

const hoodOf = memo(
  (sub: Subgraph, focus: string, depth: number, hops: AnalysisState['hops'], expanded: string[]): Neighbourhood | null => {
    if (!sub.nodes.has(focus)) return null;
    const hood = neighbourhood(sub, [focus], depth, hops);
    if (expanded.length === 0) return hood;
    const extra = neighbourhood(sub, expanded.filter((id) => sub.nodes.has(id)), 1, hops);
    const nodes = new Set([...hood.nodes, ...extra.nodes]);
    const distance = new Map([...extra.distance].map(([id, d]) => [id, d + 1]));
    for (const [id, d] of hood.distance) distance.set(id, d);
    return { nodes, edges: inducedEdges(sub, nodes), distance };
  },
);

const pathsOf = memo((sub: Subgraph, from: string, to: string, k: number): PathResult => findPaths(sub, from, to, k));

const finalVisibility = memo(
  (base: Visibility, sub: Subgraph | null, hood: Neighbourhood | null, hide: boolean): Visibility => {
    if (hood && hide) return { nodes: hood.nodes, edges: hood.edges };
    if (sub) return { nodes: sub.nodes, edges: sub.edges };
    return base;
  },
);

const topologyActive = (a: AnalysisState) => a.minDegree > 0 || a.mainOnly;

/** The visible subgraph the analyses run on (filters, time window and topological filters applied). */
export function selectAnalysisSubgraph(s: Input, base: Visibility): Subgraph | null {
  if (!s.model) return null;
  return topoSub(s.model, base, s.analysis.minDegree, s.analysis.mainOnly);
}

export function selectNeighbourhood(s: Input, base: Visibility): Neighbourhood | null {
  const { focus, depth, hops, expanded } = s.analysis;
  if (!focus) return null;
  const sub = selectAnalysisSubgraph(s, base);
  return sub ? hoodOf(sub, focus, depth, hops, expanded) : null;
}

/** What the canvas shows: the base visibility, narrowed by the topological filters and a hidden-outside focus. */
export function selectAnalysisVisibility(s: Input, base: Visibility): Visibility {
  const a = s.analysis;
  const hideFocus = a.focus !== null && a.outside === 'hide';
  if (!s.model || (!topologyActive(a) && !hideFocus)) return base;
  const sub = topologyActive(a) ? selectAnalysisSubgraph(s, base) : null;
  const hood = hideFocus ? selectNeighbourhood(s, base) : null;
  return finalVisibility(base, sub, hood, hideFocus);
}

export function selectPaths(s: Input, base: Visibility): PathResult | null {
  const { pathFrom, pathTo, k } = s.analysis;
  if (!pathFrom || !pathTo) return null;
  const sub = selectAnalysisSubgraph(s, base);
  return sub ? pathsOf(sub, pathFrom, pathTo, k) : null;
}

export const selectPathElements = memo((result: PathResult | null, index: number) => {
  if (!result || result.paths.length === 0) return null;
  const chosen = result.paths[Math.min(index, result.paths.length - 1)];
  return { all: pathElements(result.paths), chosen: pathElements(chosen ? [chosen] : []) };
});
