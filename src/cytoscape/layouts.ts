// Layout options per name. fcose is loaded lazily (its 35 KB gzip stay off the first screen's
// critical path until the graph needs it) and registered once.
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../store/actions';

let fcoseReady: Promise<void> | null = null;
function ensureFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  });
  return fcoseReady;
}

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

/** Runs a layout over the visible elements; resolves when it has stopped. */
export async function runLayout(cy: Core, name: LayoutName): Promise<void> {
  if (name === 'fcose') await ensureFcose();
  if (cy.destroyed()) return;
  const eles = cy.elements().not('.hidden');
  const layout = eles.layout(layoutOptions(name, eles.length));
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await done;
}
