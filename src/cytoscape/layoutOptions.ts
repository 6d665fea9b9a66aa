// Layout options per name, shared by the page and the layout worker.
import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../store/actions';

export function layoutOptions(name: LayoutName, elementCount: number): LayoutOptions {
  const common = { animate: false, fit: true, padding: 30 } as const;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: elementCount > 3000 ? 'draft' : 'default',
        randomize: true,
        nodeRepulsion: () => 30000,
        idealEdgeLength: () => 110,
        nodeSeparation: 140,
        gravity: 0.15,
        packComponents: true,
      } as LayoutOptions;
    case 'concentric':
      return { name: 'concentric', ...common, minNodeSpacing: 30, concentric: (n) => n.degree(false), levelWidth: () => 2 } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: false, spacingFactor: 1.1, roots: 'node.country' } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, avoidOverlapPadding: 20 } as LayoutOptions;
  }
}

/** What the page sends the layout worker: node ids with classes, edges as [id, source, target]. */
export interface LayoutRequest {
  layout: LayoutName;
  nodes: Array<[string, string]>;
  edges: Array<[string, string, string]>;
}

export interface LayoutResponse {
  /** A Map (structured clone keeps it): ids are data, never object keys. */
  positions: Map<string, [number, number]>;
  ms: number;
}
