// Off the main thread: runs a layout in headless Cytoscape over the graph's structure and posts
// the positions back, so a large graph without cached positions never freezes the page.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions } from './layoutOptions';
import type { LayoutRequest, LayoutResponse } from './layoutOptions';

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, layout } = event.data;
  const started = performance.now();
  (self as unknown as Worker).postMessage('started');
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 26, height: 26 } },
      { selector: 'node.country', style: { width: 40, height: 40 } },
      { selector: 'node.event', style: { width: 22, height: 16 } },
    ],
    elements: [
      ...nodes.map(([id, cls]) => ({ group: 'nodes' as const, data: { id }, classes: cls })),
      ...edges.map(([id, source, target]) => ({ group: 'edges' as const, data: { id, source, target } })),
    ],
  });
  const run = cy.layout(layoutOptions(layout, nodes.length + edges.length));
  run.one('layoutstop', () => {
    const positions = new Map<string, [number, number]>();
    cy.nodes().forEach((n) => {
      const p = n.position();
      positions.set(n.id(), [Math.round(p.x), Math.round(p.y)]);
    });
    const response: LayoutResponse = { positions, ms: performance.now() - started };
    (self as unknown as Worker).postMessage(response);
    cy.destroy();
  });
  run.run();
};
